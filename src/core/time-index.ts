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
  /** Indices (into the array the index was built from) of items overlapping [lo, hi], in `timeOrder`. */
  query(lo: number, hi: number): number[];
}

const BLOCK = 64;

/**
 * The order of items (item i runs from `mins[i]` to `maxes[i]`) by start, then end, then position:
 * the order Dateline lays events out in.
 * Equal starts are common in large data (100,000 events over 25 years share some 9,000 days), so
 * instead of comparing objects it sorts the starts as numbers, places each item at the first
 * position of its start (a counting sort, stable by position) and orders each run of equal starts
 * by end. O(n log n) numeric work with comparisons only inside runs.
 */
export function timeOrder(mins: ArrayLike<number>, maxes: ArrayLike<number>): Uint32Array {
  const n = mins.length;
  const sorted = new Float64Array(mins).sort();
  const order = new Uint32Array(n);
  const filled = new Uint32Array(n);
  for (let i = 0; i < n; i++) {
    const first = lowerBound(sorted, mins[i]);
    order[first + filled[first]++] = i;
  }
  const byEnd = (a: number, b: number) => maxes[a] - maxes[b] || a - b;
  for (let from = 0; from < n; ) {
    const to = from + filled[from];
    if (to - from > 16) order.subarray(from, to).sort(byEnd);
    else {
      // Short runs (the usual case): insertion sort, stable, no call per comparison.
      for (let i = from + 1; i < to; i++) {
        const x = order[i];
        let j = i - 1;
        while (j >= from && maxes[order[j]] > maxes[x]) order[j + 1] = order[j--];
        order[j + 1] = x;
      }
    }
    from = to;
  }
  return order;
}

/** First position in [from, to) of the ascending `values` whose value is at least `x`. */
export function lowerBound(values: ArrayLike<number>, x: number, from = 0, to = values.length): number {
  while (from < to) {
    const mid = (from + to) >> 1;
    if (values[mid] < x) from = mid + 1;
    else to = mid;
  }
  return from;
}

/** Builds the index over `items`; they need not be sorted (sorted input is indexed in O(n)). */
export function createTimeIndex(items: readonly Interval[]): TimeIndex {
  const n = items.length;
  let mins = new Float64Array(n);
  let maxes = new Float64Array(n);
  let ordered = true;
  for (let i = 0; i < n; i++) {
    mins[i] = items[i].min;
    maxes[i] = items[i].max;
    if (i && ordered) ordered = mins[i - 1] < mins[i] || (mins[i - 1] === mins[i] && maxes[i - 1] <= maxes[i]);
  }
  let order: Uint32Array;
  if (ordered) {
    order = new Uint32Array(n);
    for (let k = 0; k < n; k++) order[k] = k;
  } else {
    order = timeOrder(mins, maxes);
    [mins, maxes] = [mins.map((_, k) => mins[order[k]]), maxes.map((_, k) => maxes[order[k]])];
  }
  const runningMax = new Float64Array(n);
  const blockMax = new Float64Array(Math.ceil(n / BLOCK)).fill(-Infinity);
  let m = -Infinity;
  for (let k = 0; k < n; k++) {
    runningMax[k] = m = Math.max(m, maxes[k]);
    blockMax[(k / BLOCK) | 0] = Math.max(blockMax[(k / BLOCK) | 0], maxes[k]);
  }

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
