/**
 * The validated events in time order, as columns: what the scales, lanes and overview read on
 * every frame without going back to the event objects.
 */
import type { NormalisedEvent } from './validate.js';
import { timeOrder } from './time-index.js';

export interface Spans {
  /** The events in time order (by start, then end, then input position); each one's `pos` is set. */
  items: NormalisedEvent[];
  /** Each event's finite extent: an open end counts the date it has (for extent and segments). */
  starts: Float64Array;
  ends: Float64Array;
  /** Start and end in ms as pairs, NaN where open; the base scale turns them into pixels. */
  times: Float64Array;
  /** Each event's group, numbered by first appearance in the input (see `groups`). */
  group: Int32Array;
  /** The groups in order of first appearance in the input. */
  groups: string[];
  /** The finest precision in the data (ms); Infinity when no event has a start. */
  finest: number;
  /** The earliest finite start and the latest finite end; null when there is none. */
  extent: [number, number] | null;
}

/**
 * Orders `events` (in input order, as `validateEvents` gives them) and reads them into columns,
 * in one pass after the sort: the first render runs this before the engine has optimised anything,
 * where every pass over many events, destructuring and repeated property lookups cost many times
 * more than they do later.
 */
export function computeSpans(events: NormalisedEvent[], previous?: Spans): Spans {
  const n = events.length;
  const mins = new Float64Array(n);
  const maxes = new Float64Array(n);
  const numbers = new Map<string, number>();
  const groupOf = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    const e = events[i];
    mins[i] = e.min;
    maxes[i] = e.max;
    let g = numbers.get(e.group);
    if (g === undefined) numbers.set(e.group, (g = numbers.size));
    groupOf[i] = g;
  }
  const order = (previous && mergedOrder(events, previous)) || timeOrder(mins, maxes);
  const items = new Array<NormalisedEvent>(n);
  const starts = new Float64Array(n);
  const ends = new Float64Array(n);
  const times = new Float64Array(2 * n);
  const group = new Int32Array(n);
  let finest = Infinity;
  let lo = Infinity;
  let hi = -Infinity;
  for (let i = 0; i < n; i++) {
    const k = order[i];
    const it = (items[i] = events[k]);
    it.pos = i;
    group[i] = groupOf[k];
    const min = mins[k];
    const max = maxes[k];
    const start = it.date.start;
    const a = Number.isFinite(min) ? min : (it.date.end?.min ?? max);
    const b = Number.isFinite(max) ? max : (start?.max ?? min);
    starts[i] = a;
    ends[i] = b;
    if (a < lo && Number.isFinite(a)) lo = a;
    if (b > hi && Number.isFinite(b)) hi = b;
    times[2 * i] = Number.isFinite(min) ? min : NaN;
    times[2 * i + 1] = Number.isFinite(max) ? max : NaN;
    if (start && start.max - start.min + 1 < finest) finest = start.max - start.min + 1;
  }
  return { items, starts, ends, times, group, groups: [...numbers.keys()], finest, extent: lo <= hi ? [lo, hi] : null };
}

/** Time order: by start, then end, then place in the input (NaN, from equal infinities, ties). */
const before = (a: NormalisedEvent, b: NormalisedEvent) => a.min - b.min || a.max - b.max || a.index - b.index;

/**
 * The time order of `events` (as input positions) when most of them were in `previous`, in the same
 * relative order: the ones kept, in their old order, merged with the few new ones, sorted. Undefined
 * when that does not hold (many new events, or kept ones that changed places), for a full sort.
 */
function mergedOrder(events: NormalisedEvent[], previous: Spans): Uint32Array | undefined {
  const old = previous.items;
  // Each kept event's place in `events`, by its old position (-1: gone); the new ones' places.
  const where = new Int32Array(old.length).fill(-1);
  const fresh: number[] = [];
  for (let i = 0; i < events.length; i++) {
    const e = events[i];
    if (old[e.pos] === e) where[e.pos] = i;
    else if (fresh.push(i) > 64 + (events.length >> 4)) return undefined;
  }
  fresh.sort((x, y) => before(events[x], events[y]));
  const order = new Uint32Array(events.length);
  let [k, f] = [0, 0];
  let last: NormalisedEvent | undefined;
  for (let p = 0; p <= old.length; p++) {
    if (p < old.length && where[p] < 0) continue;
    const o = p < old.length ? old[p] : undefined;
    // The new events that come before this kept one (all that are left, at the end).
    while (f < fresh.length && (!o || before(events[fresh[f]], o) < 0)) {
      last = events[fresh[f]];
      order[k++] = fresh[f++];
    }
    if (!o) break;
    // A kept event out of order (its place in the input moved among equal times): sort in full.
    if (last && !(before(last, o) < 0)) return undefined;
    order[k++] = where[p];
    last = o;
  }
  return order;
}
