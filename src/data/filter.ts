/**
 * The data set a filter shows: the matching events, in time order, on the whole data's time axis
 * (its extent and base scale), so that a filter never moves the view. Made once per data set,
 * filter and language.
 */
import { matchItems, narrows, snapshot, type FilterValue } from '../core/match.js';
import { lazy, memoByOwner } from '../core/memo.js';
import { spreadInto, widen, type Spans } from '../core/spans.js';
import type { NormalisedEvent } from '../core/validate.js';
import { readAnew, type Dataset } from './dataset.js';

/**
 * Per data set, the last filter's matches: a filter that narrows it (a word typed on) tests only
 * those, and a data set that grew from it with the same filter tests only its new events.
 */
const last = new WeakMap<Dataset, { filter: FilterValue; locale: string | undefined; keep: Uint8Array }>();

/** Which of `data`'s events `filter` matches (see `matchItems`), from what `last` knows when it can. */
function matches(data: Dataset, filter: FilterValue, locale: string | undefined): Uint8Array | null {
  const earlier = data.grown && last.get(data.grown.from);
  // The same filter: the same predicate, or values that match exactly the same events.
  const same = earlier && earlier.locale === locale && (earlier.filter === filter || (narrows(filter, earlier.filter, locale) && narrows(earlier.filter, filter, locale)));
  if (earlier && same) {
    // The earlier matches, with the new events' own between them (at their places in time).
    const { at } = data.grown!;
    const added = matchItems(readAnew(data), filter, locale)!;
    const keep = new Uint8Array(data.spans.items.length);
    spreadInto(earlier.keep, keep, at);
    at.forEach((p, j) => (keep[p] = added[j]));
    return keep;
  }
  const previous = last.get(data);
  const narrowed = previous && previous.locale === locale && narrows(filter, previous.filter, locale) ? previous : null;
  return matchItems(data.spans.items, filter, locale, narrowed);
}

/**
 * `data` as `filter` shows it: `data` itself when the filter leaves nothing out. The filter's
 * values are copied first, so a page that changes its filter object in place and assigns it
 * again is not answered from the copy cached for the earlier values.
 */
export function filterDataset(data: Dataset, filter: FilterValue, locale: string | undefined): Dataset {
  return filtered(data, snapshot(filter), locale);
}

const filtered = memoByOwner((data: Dataset, filter: FilterValue, locale: string | undefined): Dataset => {
  const keep = matches(data, filter, locale);
  if (!keep) return data;
  last.set(data, { filter, locale, keep });
  const s = data.spans;
  let n = 0;
  for (let i = 0; i < keep.length; i++) n += keep[i];
  // Everything matches: the whole data, as it was (its layout is cached already).
  if (n === keep.length) return data;
  const indices = new Int32Array(n);
  const rank = new Int32Array(keep.length).fill(-1);
  // The event objects are shared with the whole data (no copy per match, at every change of the
  // filter): their `pos` stays the whole data's, and `posIn` reads `rank` instead.
  const items = new Array<NormalisedEvent>(n);
  // Plain statements: this runs at every change of the filter, often before the engine optimised it.
  for (let i = 0, k = 0; i < keep.length; i++) {
    if (!keep[i]) continue;
    indices[k] = i;
    rank[i] = k;
    items[k] = s.items[i];
    k++;
  }
  // The matches' columns, picked from the whole data's when first read: a frame of binned lanes
  // reads none of them (it reads the whole data's lane columns).
  const pick = <T extends Float64Array | Int32Array>(column: T, stride = 1) =>
    lazy(() => {
      const out = new (column.constructor as new (n: number) => T)(stride * n);
      for (let k = 0; k < n; k++) for (let j = 0; j < stride; j++) out[stride * k + j] = column[stride * indices[k] + j];
      return out;
    });
  const [starts, ends, times, group] = [pick(s.starts), pick(s.ends), pick(s.times, 2), pick(s.group)];
  // The matches' own extent (what "show all" fits); the data set's `extent` stays the whole's, the axis.
  const extent = lazy(() => widen(null, { starts: starts(), ends: ends() }, 0, n));
  const spans: Spans = {
    ...s,
    items,
    get starts() {
      return starts();
    },
    get ends() {
      return ends();
    },
    get times() {
      return times();
    },
    get group() {
      return group();
    },
    get extent() {
      return extent();
    },
  };
  const get = (id: string) => {
    const it = data.byId.get(id);
    return it && rank[it.pos] >= 0 ? it : undefined;
  };
  return {
    ...data,
    spans,
    byId: { get, has: (id) => get(id) !== undefined },
    whole: { data, indices, rank },
  };
});
