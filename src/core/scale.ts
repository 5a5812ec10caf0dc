/** Time scales: the data's extent and the D3 scale that maps floating milliseconds to pixels. */
import { scaleLinear, type ScaleLinear } from 'd3-scale';

/** A linear (or polylinear) scale from floating milliseconds to pixels. */
export type TimeScale = ScaleLinear<number, number>;

const DAY = 86_400_000;

/** The finite extent [earliest, latest] covered by items, or null when there is none. */
export function computeExtent(items: readonly { min: number; max: number; date: { start: { max: number } | null } }[]): [number, number] | null {
  let lo = Infinity;
  let hi = -Infinity;
  for (const it of items) {
    // Open ends contribute the dates they do have: an ongoing span counts up to its start's end.
    const a = Number.isFinite(it.min) ? it.min : it.max;
    const b = Number.isFinite(it.max) ? it.max : (it.date.start?.max ?? it.min);
    if (Number.isFinite(a)) lo = Math.min(lo, a);
    if (Number.isFinite(b)) hi = Math.max(hi, b);
  }
  return lo <= hi ? [lo, hi] : null;
}

/**
 * Pads an extent by `share` of its length on each side, and widens a single instant to two days,
 * so that marks at the ends are not cut by the edge.
 */
export function padExtent([lo, hi]: [number, number], share = 0.04): [number, number] {
  const span = Math.max(hi - lo, DAY);
  const pad = span * share;
  const mid = (lo + hi) / 2;
  return hi - lo < DAY ? [mid - DAY, mid + DAY] : [lo - pad, hi + pad];
}

/** A UTC time scale (floating milliseconds are UTC fields) from `domain` onto [0, length]. */
export function createTimeScale(domain: [number, number], length: number): TimeScale {
  return scaleLinear().domain(domain).range([0, length]);
}

/**
 * The visible scale: `base` (all data over [0, width]) zoomed so that `view` fills the width.
 * Works for linear and segmented (polylinear) bases alike, and for decreasing (right-to-left) ranges.
 */
export function createViewScale(base: TimeScale, view: readonly [number, number]): TimeScale {
  const range = base.range();
  const first = range[0];
  const last = range[range.length - 1];
  const width = Math.abs(last - first);
  const x0 = base(view[0]);
  const x1 = base(view[1]);
  const k = width / Math.max(1e-9, Math.abs(x1 - x0));
  // A decreasing range (right to left) keeps running from `width` down to 0.
  return base.copy().range(range.map((x) => (last >= first ? (x - x0) * k : width + (x - x0) * k)));
}
