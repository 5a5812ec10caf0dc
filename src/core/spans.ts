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
 *
 * With `previous` (the spans of earlier events), when the first `kept` events are exactly
 * `previous`'s, in the same input order (a feed appending to a copy), only the others are read and
 * merged into the columns `previous` has. Otherwise, when most events were in `previous` in the
 * same relative order, the few new ones are merged into its time order rather than all sorted anew.
 */
export function computeSpans(events: NormalisedEvent[], previous?: Spans, kept = 0): Spans {
  // Many new events are sorted with the others.
  if (previous && kept && kept === previous.items.length && events.length - kept <= 64 + (events.length >> 4)) return appendSpans(previous, events, kept);
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
  const spans = emptySpans(n, [...numbers.keys()]);
  for (let i = 0; i < n; i++) {
    const k = order[i];
    place(spans, i, events[k], groupOf[k]);
  }
  spans.extent = widen(null, spans, 0, n);
  return spans;
}

function emptySpans(n: number, groups: string[], items = new Array<NormalisedEvent>(n)): Spans {
  return { items, starts: new Float64Array(n), ends: new Float64Array(n), times: new Float64Array(2 * n), group: new Int32Array(n), groups, finest: Infinity, extent: null };
}

/** `extent` widened to the finite starts and ends of positions `from` to `to` of `s`. */
export function widen(extent: [number, number] | null, s: Pick<Spans, 'starts' | 'ends'>, from: number, to: number): [number, number] | null {
  let [lo, hi] = extent ?? [Infinity, -Infinity];
  const { starts, ends } = s;
  for (let i = from; i < to; i++) {
    const a = starts[i];
    const b = ends[i];
    if (a < lo && Number.isFinite(a)) lo = a;
    if (b > hi && Number.isFinite(b)) hi = b;
  }
  return lo <= hi ? [lo, hi] : null;
}

/**
 * Puts `it` at position `i` of `s`'s columns (its `pos`), and keeps `s`'s finest precision. Plain
 * statements: the first render runs this for every event before the engine optimised it.
 */
function place(s: Spans, i: number, it: NormalisedEvent, group: number): void {
  s.items[i] = it;
  it.pos = i;
  s.group[i] = group;
  const min = it.min;
  const max = it.max;
  const start = it.date.start;
  const a = Number.isFinite(min) ? min : (it.date.end?.min ?? max);
  const b = Number.isFinite(max) ? max : (start?.max ?? min);
  s.starts[i] = a;
  s.ends[i] = b;
  s.times[2 * i] = Number.isFinite(min) ? min : NaN;
  s.times[2 * i + 1] = Number.isFinite(max) ? max : NaN;
  if (start && start.max - start.min + 1 < s.finest) s.finest = start.max - start.min + 1;
}

/**
 * `previous`'s spans with `events` after the first `kept` (which are `previous`'s) merged in: the
 * kept events' columns are copied in runs, and only events after the first new one's place get a
 * new `pos` (none when the new events come last in time, as a feed's do).
 */
function appendSpans(previous: Spans, events: NormalisedEvent[], kept: number): Spans {
  const fresh = events.slice(kept).sort(before);
  const old = previous.items;
  const numbers = new Map(previous.groups.map((g, i) => [g, i]));
  for (const e of fresh) if (!numbers.has(e.group)) numbers.set(e.group, numbers.size);
  // Each new event's place among the kept ones: after those equal to it in time (they came
  // earlier in the input).
  const places: number[] = [];
  let lo = 0;
  for (const e of fresh) {
    let hi = old.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (before(old[mid], e) < 0) lo = mid + 1;
      else hi = mid;
    }
    places.push(lo);
  }
  // The kept events in runs between the new ones, copied rather than read one by one (when the
  // new events all come last, as a feed's do, the kept ones are copied once, whole).
  const pieces = [places[0] < old.length ? old.slice(0, places[0]) : old];
  fresh.forEach((e, f) => pieces.push([e], places[f] < old.length ? old.slice(places[f], places[f + 1] ?? old.length) : []));
  const spans = emptySpans(old.length + fresh.length, [...numbers.keys()], ([] as NormalisedEvent[]).concat(...pieces));
  spans.finest = previous.finest;
  // Where the new events go in the new order; the kept columns are copied around them.
  const at = Int32Array.from(places, (p, f) => p + f);
  spreadInto(previous.starts, spans.starts, at);
  spreadInto(previous.ends, spans.ends, at);
  spreadInto(previous.times, spans.times, at, 2);
  spreadInto(previous.group, spans.group, at);
  // Kept events after a new one move up.
  places.forEach((p, f) => {
    for (let i = p; i < (places[f + 1] ?? old.length); i++) old[i].pos = i + f + 1;
  });
  fresh.forEach((e, f) => place(spans, at[f], e, numbers.get(e.group)!));
  spans.extent = previous.extent;
  for (const e of fresh) spans.extent = widen(spans.extent, spans, e.pos, e.pos + 1);
  return spans;
}

/**
 * Copies the column `from` into the longer `into`, in order, leaving a gap at each of the
 * ascending positions `at` of `into` (for what is inserted there); `stride` values per position.
 */
export function spreadInto<T extends Float64Array | Int32Array | Uint8Array>(from: T, into: T, at: ArrayLike<number>, stride = 1): void {
  let read = 0;
  for (let j = 0; j <= at.length; j++) {
    const end = j < at.length ? at[j] - j : from.length / stride;
    into.set(from.subarray(stride * read, stride * end), stride * (read + j));
    read = end;
  }
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
