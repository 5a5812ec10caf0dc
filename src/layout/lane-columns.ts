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
  const ofGroup = laneNumbers(data, lanes);
  const group = data.spans.group;
  const n = group.length;
  const laneOf = new Int32Array(n);
  const sizes = new Array<number>(lanes.length).fill(0);
  for (let i = 0; i < n; i++) sizes[(laneOf[i] = ofGroup[group[i]])]++;
  const columns = sizes.map((size) => ({ positions: new Int32Array(size), starts: new Float64Array(size), ends: new Float64Array(size), filled: 0 }));
  const rank = new Int32Array(n);
  const at = base.positions;
  for (let i = 0; i < n; i++) {
    const lane = columns[laneOf[i]];
    const k = (rank[i] = lane.filled++);
    lane.positions[k] = i;
    // Open starts sort first and count from the start of the data; open ends run past the end.
    lane.starts[k] = Number.isNaN(at[2 * i]) ? 0 : at[2 * i];
    lane.ends[k] = Number.isNaN(at[2 * i + 1]) ? Infinity : at[2 * i + 1];
  }
  return { laneOf, rank, lanes: columns };
});
