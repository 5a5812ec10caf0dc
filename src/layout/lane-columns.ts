/**
 * Each lane's events in time order, with their base positions, for binning a lane by binary search
 * and one pass over typed arrays. Rebuilt when the base scale or the lanes change.
 */
import { memoByOwner } from '../core/memo.js';
import type { Dataset } from '../data/dataset.js';
import type { Lane } from '../data/lanes.js';
import type { BaseScale } from './base.js';

export interface LaneColumns {
  /** Each event's lane number (by its position in time order). */
  laneOf: Int32Array;
  /** Each event's place within its lane (by its position in time order). */
  rank: Int32Array;
  /** Per lane: its events' positions in time order, and their base starts and ends. */
  lanes: { positions: Int32Array; starts: Float64Array; ends: Float64Array }[];
}

/** The lane number of every group of `data`, by the group's number in `spans.groups`. */
export function laneNumbers(data: Dataset, lanes: readonly Lane[]): number[] {
  const number = new Map(lanes.map((l, i) => [l.key, i]));
  return data.spans.groups.map((g) => number.get(g) ?? 0);
}

export const computeLaneColumns = memoByOwner((data: Dataset, lanes: readonly Lane[], base: BaseScale): LaneColumns => {
  if (data.whole && base.whole) return pickColumns(computeLaneColumns(data.whole.data, lanes, base.whole), data.whole.rank, data.spans.items.length);
  const ofGroup = Int32Array.from(laneNumbers(data, lanes));
  const group = data.spans.group;
  const n = group.length;
  const laneOf = new Int32Array(n);
  // Each lane's part of three flat columns: where it begins, and where its next event goes.
  const first = new Int32Array(lanes.length + 1);
  for (let i = 0; i < n; i++) first[(laneOf[i] = ofGroup[group[i]]) + 1]++;
  for (let l = 0; l < lanes.length; l++) first[l + 1] += first[l];
  const next = first.slice();
  const [positions, starts, ends, rank] = [new Int32Array(n), new Float64Array(n), new Float64Array(n), new Int32Array(n)];
  const at = base.positions;
  for (let i = 0; i < n; i++) {
    const l = laneOf[i];
    const k = next[l]++;
    rank[i] = k - first[l];
    positions[k] = i;
    // Open starts sort first and count from the start of the data; open ends run past the end.
    const [a, b] = [at[2 * i], at[2 * i + 1]];
    starts[k] = a === a ? a : 0;
    ends[k] = b === b ? b : Infinity;
  }
  return split(laneOf, rank, first, positions, starts, ends);
});

/** Columns of `laneOf`, `rank`, and flat columns in which lane `l` holds [first[l], first[l + 1]). */
function split(laneOf: Int32Array, rank: Int32Array, first: Int32Array, positions: Int32Array, starts: Float64Array, ends: Float64Array): LaneColumns {
  const part = <T extends Int32Array | Float64Array>(column: T, l: number) => column.subarray(first[l], first[l + 1]) as T;
  return { laneOf, rank, lanes: Array.from({ length: first.length - 1 }, (_, l) => ({ positions: part(positions, l), starts: part(starts, l), ends: part(ends, l) })) };
}

/**
 * A filtered data set's columns, from the whole data's: each lane's matches in order (`shown` maps
 * a whole position to its place among the `n` matches, -1 for none). One pass with no look-up of
 * lanes or base positions: this runs at each change of the filter, often before the engine has
 * optimised it.
 */
function pickColumns(all: LaneColumns, shown: Int32Array, n: number): LaneColumns {
  const [laneOf, rank, positions, starts, ends] = [new Int32Array(n), new Int32Array(n), new Int32Array(n), new Float64Array(n), new Float64Array(n)];
  const first = new Int32Array(all.lanes.length + 1);
  let o = 0;
  for (let l = 0; l < all.lanes.length; l++) {
    const { positions: at, starts: a, ends: b } = all.lanes[l];
    const begin = o;
    for (let j = 0; j < at.length; j++) {
      const k = shown[at[j]];
      if (k < 0) continue;
      positions[o] = k;
      starts[o] = a[j];
      ends[o] = b[j];
      laneOf[k] = l;
      rank[k] = o - begin;
      o++;
    }
    first[l + 1] = o;
  }
  return split(laneOf, rank, first, positions, starts, ends);
}
