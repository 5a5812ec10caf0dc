/**
 * Each lane's events in time order, with their starts and ends in time, for binning a lane by
 * binary search and one pass over typed arrays. They do not depend on the scale: a new width or
 * a longer extent keeps them, and data that grew by later events adds to them.
 */
import { memoByOwner } from '../core/memo.js';
import { lowerBound } from '../core/time-index.js';
import type { Dataset } from '../data/dataset.js';
import type { Lane } from '../data/lanes.js';

export interface LaneColumns {
  /** Each event's lane number (by its position in time order). */
  laneOf: Int32Array;
  /** Each event's place within its lane (by its position in time order). */
  rank: Int32Array;
  /**
   * Per lane: its events' positions in time order, and their starts and ends in ms. An open start
   * counts from the earliest start in the data; an open end is Infinity.
   */
  lanes: { positions: Int32Array; starts: Float64Array; ends: Float64Array }[];
}

/** The lane number of every group of `data`, by the group's number in `spans.groups`. */
export function laneNumbers(data: Dataset, lanes: readonly Lane[]): number[] {
  const number = new Map(lanes.map((l, i) => [l.key, i]));
  return data.spans.groups.map((g) => number.get(g) ?? 0);
}

/** Each data set's columns and the lanes they were made for, for the data that grows from it. */
const made = new WeakMap<Dataset, { lanes: readonly Lane[]; columns: LaneColumns }>();

export const computeLaneColumns = memoByOwner((data: Dataset, lanes: readonly Lane[]): LaneColumns => {
  if (data.whole) return pickColumns(computeLaneColumns(data.whole.data, lanes), data.whole.indices);
  const earlier = data.grown && made.get(data.grown.from);
  const sameLanes = earlier && earlier.lanes.length === lanes.length && earlier.lanes.every((l, i) => l.key === lanes[i].key);
  const columns = sameLanes ? appendColumns(earlier.columns, data, lanes) : readColumns(data, lanes);
  made.set(data, { lanes, columns });
  return columns;
});

/**
 * The columns of `data`'s events from position `from` in time order on, after those of the events
 * before it, which `earlier` columns hold (`count`: how many each of its lanes has there).
 */
function readColumns(data: Dataset, lanes: readonly Lane[], from = 0, count = new Int32Array(lanes.length), earlier?: LaneColumns): LaneColumns {
  const ofGroup = Int32Array.from(laneNumbers(data, lanes));
  const { group, times, extent } = data.spans;
  const n = group.length;
  const open = extent ? extent[0] : 0;
  const [laneOf, rank, positions, starts, ends] = [new Int32Array(n), new Int32Array(n), new Int32Array(n), new Float64Array(n), new Float64Array(n)];
  // Each lane's part of the flat columns: where it begins, and where its next event goes.
  const first = new Int32Array(lanes.length + 1);
  for (let i = from; i < n; i++) first[(laneOf[i] = ofGroup[group[i]]) + 1]++;
  for (let l = 0; l < lanes.length; l++) first[l + 1] += first[l] + count[l];
  const next = first.slice();
  if (earlier) {
    laneOf.set(earlier.laneOf.subarray(0, from));
    rank.set(earlier.rank.subarray(0, from));
    earlier.lanes.forEach((l, i) => {
      positions.set(l.positions.subarray(0, count[i]), first[i]);
      starts.set(l.starts.subarray(0, count[i]), first[i]);
      ends.set(l.ends.subarray(0, count[i]), first[i]);
      next[i] += count[i];
    });
  }
  for (let i = from; i < n; i++) {
    const l = laneOf[i];
    const k = next[l]++;
    rank[i] = k - first[l];
    positions[k] = i;
    // Open starts sort first and count from the start of the data; open ends run past the end.
    const a = times[2 * i];
    const b = times[2 * i + 1];
    starts[k] = a === a ? a : open;
    ends[k] = b === b ? b : Infinity;
  }
  return split(laneOf, rank, first, positions, starts, ends);
}

/**
 * The columns of data that grew from `earlier`'s: the events before the first new one in time
 * order keep their place, lane and rank, and are copied; only the others are read (for a feed's
 * latest events, a few). An event before all others reads all of them.
 */
function appendColumns(earlier: LaneColumns, data: Dataset, lanes: readonly Lane[]): LaneColumns {
  const { at, from } = data.grown!;
  // An open start counts from the earliest start, which an event before the others moves.
  if (data.spans.extent?.[0] !== from.spans.extent?.[0]) return readColumns(data, lanes);
  const kept = at[0];
  return readColumns(data, lanes, kept, Int32Array.from(earlier.lanes, (l) => lowerBound(l.positions, kept)), earlier);
}

/** Columns of `laneOf`, `rank`, and flat columns in which lane `l` holds [first[l], first[l + 1]). */
function split(laneOf: Int32Array, rank: Int32Array, first: Int32Array, positions: Int32Array, starts: Float64Array, ends: Float64Array): LaneColumns {
  const part = <T extends Int32Array | Float64Array>(column: T, l: number) => column.subarray(first[l], first[l + 1]) as T;
  return { laneOf, rank, lanes: Array.from({ length: first.length - 1 }, (_, l) => ({ positions: part(positions, l), starts: part(starts, l), ends: part(ends, l) })) };
}

/**
 * A filtered data set's columns, from the whole data's: each lane's matches in order (`indices`:
 * the matches' whole positions, in time order). Two passes over the matches alone, not over the
 * whole data: this runs at each change of the filter, often before the engine has optimised it.
 */
function pickColumns(all: LaneColumns, indices: Int32Array): LaneColumns {
  const n = indices.length;
  const [laneOf, rank, positions, starts, ends] = [new Int32Array(n), new Int32Array(n), new Int32Array(n), new Float64Array(n), new Float64Array(n)];
  const [allStarts, allEnds] = [all.lanes.map((l) => l.starts), all.lanes.map((l) => l.ends)];
  const first = new Int32Array(all.lanes.length + 1);
  for (let k = 0; k < n; k++) first[all.laneOf[indices[k]] + 1]++;
  for (let l = 0; l < all.lanes.length; l++) first[l + 1] += first[l];
  const next = first.slice();
  for (let k = 0; k < n; k++) {
    const i = indices[k];
    const l = all.laneOf[i];
    const j = all.rank[i];
    const o = next[l]++;
    positions[o] = k;
    starts[o] = allStarts[l][j];
    ends[o] = allEnds[l][j];
    laneOf[k] = l;
    rank[k] = o - first[l];
  }
  return split(laneOf, rank, first, positions, starts, ends);
}
