/**
 * The time index: which events overlap a window of time, without looking at all of them.
 *
 * Items are kept sorted by start. A binary search finds the last item that starts before the
 * window ends; a second one, over the running maximum of ends, finds the first item that could
 * still be going on when the window starts (every item before it has ended). Between the two,
 * blocks of 64 items whose latest end falls before the window are skipped whole. A query costs
 * O(log n + n/64 + k) for k results; in practice (few long spans) it reads little more than the
 * items in view.
 */

export interface Interval {
  /** Earliest ms (may be -Infinity). */
  min: number;
  /** Latest ms (may be Infinity). */
  max: number;
}

export interface TimeIndex {
  /** Indices (into the array the index was built from) of items overlapping [lo, hi], in start order. */
  query(lo: number, hi: number): number[];
}

const BLOCK = 64;

/** Builds the index over `items`; they need not be sorted. */
export function createTimeIndex(items: readonly Interval[]): TimeIndex {
  const order = items.map((_, i) => i).sort((a, b) => items[a].min - items[b].min || a - b);
  const mins = order.map((i) => items[i].min);
  const maxes = order.map((i) => items[i].max);
  const runningMax: number[] = [];
  let m = -Infinity;
  for (const x of maxes) runningMax.push((m = Math.max(m, x)));
  const blockMax: number[] = [];
  for (let b = 0; b < maxes.length; b += BLOCK) blockMax.push(Math.max(...maxes.slice(b, b + BLOCK)));

  /** First index in the sorted `values` for which `pass` holds (values.length if none). */
  const search = (pass: (k: number) => boolean) => {
    let lo = 0;
    let hi = order.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (pass(mid)) hi = mid;
      else lo = mid + 1;
    }
    return lo;
  };

  return {
    query(lo, hi) {
      const end = search((k) => mins[k] > hi); // items at [0, end) start no later than hi
      const start = search((k) => runningMax[k] >= lo); // items before start all end before lo
      const out: number[] = [];
      for (let k = start; k < end; k++) {
        if (k % BLOCK === 0 && blockMax[k / BLOCK] < lo) {
          k += BLOCK - 1;
          continue;
        }
        if (maxes[k] >= lo) out.push(order[k]);
      }
      return out;
    },
  };
}
