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
  const part = <T extends Int32Array | Float64Array>(column: T, l: number) => column.subarray(first[l], first[l + 1]) as T;
  return { laneOf, rank, lanes: lanes.map((_, l) => ({ positions: part(positions, l), starts: part(starts, l), ends: part(ends, l) })) };
});
