/**
 * Packing events into lanes and rows so that no two labels overlap.
 *
 * A label never crosses its own mark: it stands inside a bar only when the whole text fits there
 * with `insidePad` on either side, and otherwise beside the mark, after it.
 *
 * Algorithm (deterministic, O(n · rows)):
 * 1. Each item's footprint runs from its start to the end of its mark, or of its label when the
 *    label stands after the mark; an item whose label would run past `limit` (the visible edge)
 *    has its label flipped before the mark instead. Items are taken in order of footprint start,
 *    then id.
 * 2. Each item goes into the first row of its lane whose last footprint ends at least `gap`
 *    before its own footprint starts.
 * 3. If no row has room for the label, the item goes into the first row that has room for its
 *    mark alone, with the label hidden; failing that, into the first row whose last label can be
 *    cut short (or hidden) to make room for the mark; failing that, it joins a cluster with the last
 *    item of the row that frees up first (one mark, `members` lists the ids, no label). Every item
 *    is placed or clustered exactly once.
 * 4. A second pass gives each hidden label the room up to the next footprint in its row (or, for a
 *    bar too short for the whole text but wide enough, the bar itself); if that room holds at least
 *    `minLabel` pixels the label is shown there, cut with an ellipsis.
 */

/** One item to place, in pixels along the time axis. */
export interface PackItem {
  id: string;
  /** Lane index. */
  lane: number;
  /** Start of the mark. */
  x0: number;
  /** End of the mark (equal to x0 for a point). */
  x1: number;
  /** Width the full label needs. */
  labelWidth: number;
}

/** Where an item went. */
export interface Placement {
  id: string;
  lane: number;
  row: number;
  x0: number;
  x1: number;
  /** Width the label may use: the full width, less (cut with an ellipsis), or 0 (hidden). */
  labelWidth: number;
  /** The label stands before the mark (it would have run past the visible edge). */
  flipped: boolean;
  /** The label stands inside its bar (the whole text fits, or it is cut to the bar). */
  inside?: boolean;
  /**
   * Set when this placement is a cluster: the ids of the items merged into one mark (in order of
   * placement). Every member's entry in `placements` is this same object.
   */
  members?: string[];
}

export interface PackOptions {
  /** Number of lanes. */
  lanes: number;
  /** Most rows in one lane (defaults to 6). */
  maxRows?: number;
  /** Least space between footprints in a row (defaults to 8). */
  gap?: number;
  /** Width of a point mark, and the least width of any mark (defaults to 14). */
  mark?: number;
  /** Space between a point mark and its label (defaults to 4). */
  pad?: number;
  /** Room kept on either side of a label inside its bar (defaults to 6). */
  insidePad?: number;
  /** Narrowest label worth showing cut (defaults to 40). */
  minLabel?: number;
  /** Where labels must end: the visible edge (defaults to Infinity). */
  limit?: number;
}

export interface Packing {
  placements: Placement[];
  /** Rows used in each lane (at least 1). */
  rows: number[];
}

/** Packs `items` into rows per lane; see the module comment for the algorithm. */
export function computePacking(items: readonly PackItem[], options: PackOptions): Packing {
  const { lanes, maxRows = 6, gap = 8, mark = 14, pad = 4, insidePad = 6, minLabel = 40, limit = Infinity } = options;
  const markEnd = (it: PackItem) => Math.max(it.x1, it.x0 + mark);
  /** Where a label after the mark starts. */
  const after = (it: PackItem) => markEnd(it) + pad;
  const inside = items.map((it) => it.x1 - it.x0 > mark && it.labelWidth > 0 && it.labelWidth + 2 * insidePad <= it.x1 - it.x0);
  const flips = items.map((it, i) => !inside[i] && after(it) + it.labelWidth > limit && it.x0 - pad - it.labelWidth >= 0);
  const left = items.map((it, i) => (flips[i] ? it.x0 - pad - it.labelWidth : it.x0));
  const order = items
    .map((_, i) => i)
    .sort((a, b) => left[a] - left[b] || (items[a].id < items[b].id ? -1 : items[a].id > items[b].id ? 1 : 0));
  // ends[lane][row]: right edge of the last footprint in that row; last[lane][row]: its item.
  const ends: number[][] = Array.from({ length: lanes }, () => []);
  const last: number[][] = Array.from({ length: lanes }, () => []);
  const rowsOf: number[][][] = Array.from({ length: lanes }, () => []);
  const placements: Placement[] = new Array(items.length);
  const clustered = new Set<Placement>();
  for (const i of order) {
    const it = items[i];
    const laneEnds = ends[it.lane];
    const fits = (start: number) => {
      for (let r = 0; r < maxRows; r++) if ((laneEnds[r] ?? -Infinity) + gap <= start) return r;
      return -1;
    };
    const full = flips[i] || inside[i] ? markEnd(it) : after(it) + it.labelWidth;
    let row = it.labelWidth > 0 ? fits(left[i]) : -1;
    let labelWidth = it.labelWidth;
    let flipped = flips[i];
    let right = full;
    if (row < 0) {
      labelWidth = 0;
      flipped = false;
      right = markEnd(it);
      row = fits(it.x0);
    }
    // A label inside its bar needs no room of its own.
    if (row >= 0 && inside[i]) [labelWidth, right] = [it.labelWidth, markEnd(it)];
    if (row < 0) {
      // No row has room for the mark: cut the label of a row's last item if that makes room.
      for (let r = 0; r < maxRows && row < 0; r++) {
        const prev = placements[last[it.lane][r]];
        const prevItem = items[last[it.lane][r]];
        if (prev && !prev.flipped && !prev.inside && markEnd(prevItem) + gap <= it.x0) {
          const room = it.x0 - gap - after(prevItem);
          prev.labelWidth = room >= minLabel ? Math.min(prev.labelWidth, room) : 0;
          row = r;
        }
      }
    }
    if (row < 0) {
      // Nothing frees room: the item joins a cluster with the last item of the row that frees up
      // first. The cluster spans its members' extents, so a month stays a month inside it.
      row = 0;
      for (let r = 1; r < maxRows; r++) if (laneEnds[r] < laneEnds[row]) row = r;
      const host = placements[last[it.lane][row]];
      host.members ??= [host.id];
      host.members.push(it.id);
      host.x1 = Math.max(host.x1, it.x1);
      host.labelWidth = 0;
      host.flipped = false;
      host.inside = false;
      laneEnds[row] = Math.max(laneEnds[row], markEnd(it), host.x0 + 2 * mark);
      placements[i] = host;
      clustered.add(host);
      continue;
    }
    laneEnds[row] = Math.max(laneEnds[row] ?? -Infinity, right);
    last[it.lane][row] = i;
    placements[i] = { id: it.id, lane: it.lane, row, x0: it.x0, x1: it.x1, labelWidth, flipped, inside: inside[i] && labelWidth > 0 };
    (rowsOf[it.lane][row] ??= []).push(i);
  }
  // Second pass: hidden labels take the room before the next footprint in their row.
  for (const lane of rowsOf) {
    for (const row of lane) {
      if (!row) continue;
      row.forEach((i, k) => {
        const p = placements[i];
        if (clustered.has(p) || p.labelWidth > 0 || p.flipped) return;
        const next = placements[row[k + 1]];
        const nextStart = next ? (next.flipped ? next.x0 - pad - next.labelWidth : next.x0) : Infinity;
        const room = Math.min(nextStart - gap, limit) - after(items[i]);
        // In the bar, cut, when that holds more than the room after it.
        const bar = p.x1 - p.x0 - 2 * insidePad;
        if (bar >= minLabel && bar > room) [p.labelWidth, p.inside] = [Math.min(items[i].labelWidth, bar), true];
        else if (room >= minLabel) p.labelWidth = Math.min(items[i].labelWidth, room);
      });
    }
  }
  return { placements, rows: ends.map((e) => Math.max(1, e.length)) };
}


/**
 * Vertical layout: places items (sorted by time) at their time positions, pushed down so that
 * each starts below the one before it (`sizes[i]` is the height item i needs), and pulled up so
 * that no empty stretch between items is longer than `maxGap` (long quiet periods are compressed).
 * Keeps chronological order and stays true to the scale wherever events are neither crowded nor
 * far apart. Writes into `out` when given (as long as `positions`).
 */
export function computeStack(positions: ArrayLike<number>, sizes: ArrayLike<number>, maxGap = Infinity, out = new Float64Array(positions.length)): Float64Array {
  let next = -Infinity;
  let shift = 0;
  for (let i = 0; i < positions.length; i++) {
    let y = Math.max(positions[i] - shift, next);
    if (i > 0 && y - next > maxGap) {
      // Everything later moves up by the part of the gap that is cut out.
      shift += y - next - maxGap;
      y = next + maxGap;
    }
    out[i] = y;
    next = y + sizes[i];
  }
  return out;
}

/** A bin of a lane too dense to pack: the lane's items at positions [from, to), as one mark. */
export interface LaneBin {
  from: number;
  to: number;
  /** The mark's extent in px: from the earliest start to the latest end, cut before the next bin. */
  x0: number;
  x1: number;
  /** The slice of the axis it gathers, counted from `origin` (stable while the grid is, whatever the data). */
  slot: number;
  /** The position of the member that ends last (the first of them). */
  last: number;
}

/**
 * Binning for lanes too dense to pack: the lane's items at positions [from, to) (sorted by start)
 * are grouped by the `binWidth`-wide slice of the axis, counted from `origin`, that their start
 * falls in; one mark per slice, in a single row. `px` maps the stored starts and ends to px (in
 * ascending order).
 * Each bin's members are found by binary search over the starts, and one pass over the ends finds
 * the latest (no call per item: this runs at each zoom step, and at each change of the filter
 * before the engine has optimised it).
 * Every item is in exactly one bin; a bin's extent covers its members' extents (so precision is
 * kept) but ends 2px before the next slice, and a bin that starts too late in its slice for a mark
 * `markWidth` wide starts earlier, so marks never overlap (slices must be wider than that).
 */
export function binLane(
  starts: ArrayLike<number>,
  ends: ArrayLike<number>,
  from: number,
  to: number,
  px: (x: number) => number,
  binWidth: number,
  origin = 0,
  markWidth = 0,
): LaneBin[] {
  const slotOf = (i: number) => Math.floor((px(starts[i]) - origin) / binWidth);
  const bins: LaneBin[] = [];
  for (let i = from; i < to; ) {
    const slot = slotOf(i);
    // Starts ascend, so the slice's members run up to the first start in a later slice.
    let [a, b] = [i + 1, to];
    while (a < b) {
      const mid = (a + b) >> 1;
      if (slotOf(mid) === slot) a = mid + 1;
      else b = mid;
    }
    let last = i;
    for (let j = i + 1; j < a; j++) if (ends[j] > ends[last]) last = j;
    const end = origin + (slot + 1) * binWidth - 2;
    const x0 = Math.min(px(starts[i]), end - markWidth);
    bins.push({ from: i, to: a, x0, x1: Math.max(x0, Math.min(px(ends[last]), end)), slot, last });
    i = a;
  }
  return bins;
}
