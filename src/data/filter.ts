/**
 * The data set a filter shows: the matching events, in time order, on the whole data's time axis
 * (its extent and base scale), so that a filter never moves the view. Made once per data set,
 * filter and language.
 */
import { matchItems, type FilterValue } from '../core/match.js';
import { memoByOwner } from '../core/memo.js';
import type { NormalisedEvent } from '../core/validate.js';
import type { Dataset } from './dataset.js';

/** `data` as `filter` shows it: `data` itself when the filter leaves nothing out. */
export const filterDataset = memoByOwner((data: Dataset, filter: FilterValue, locale: string | undefined): Dataset => {
  const keep = matchItems(data.spans.items, filter, locale);
  if (!keep) return data;
  const s = data.spans;
  let n = 0;
  for (let i = 0; i < keep.length; i++) n += keep[i];
  const indices = new Int32Array(n);
  const items = new Array<NormalisedEvent>(n);
  const [starts, ends, times, group] = [new Float64Array(n), new Float64Array(n), new Float64Array(2 * n), new Int32Array(n)];
  const byId = new Map<string, NormalisedEvent>();
  for (let i = 0, k = 0; i < keep.length; i++) {
    if (!keep[i]) continue;
    indices[k] = i;
    // Copies: an event's place in time order (`pos`) differs between the two data sets.
    const it = (items[k] = { ...s.items[i], pos: k });
    byId.set(it.id, it);
    starts[k] = s.starts[i];
    ends[k] = s.ends[i];
    times[2 * k] = s.times[2 * i];
    times[2 * k + 1] = s.times[2 * i + 1];
    group[k] = s.group[i];
    k++;
  }
  return {
    ...data,
    spans: { ...s, items, starts, ends, times, group },
    byId,
    whole: { data, indices },
  };
});
