/** Time scales: the data's extent and the scale that maps floating milliseconds to pixels. */
import { DAY } from './time.js';

/**
 * A linear or polylinear scale from floating milliseconds to pixels, with the part of D3's
 * continuous-scale interface that Dateline's layout and zoom use: call, `invert`,
 * `domain`, `range`, `clamp` and `copy`. (d3-scale's `scaleLinear` also brings colour
 * interpolation and number formatting for ticks, some 8 KiB gzipped that Dateline never uses.)
 */
export interface TimeScale {
  (t: number): number;
  invert(x: number): number;
  domain(): number[];
  domain(domain: readonly (number | Date)[]): TimeScale;
  range(): number[];
  range(range: readonly number[]): TimeScale;
  /** With `true`, times outside the domain map to its ends (and pixels invert into it). */
  clamp(clamp: boolean): TimeScale;
  copy(): TimeScale;
}

/**
 * Piecewise-linear interpolation through the knots (xs[i], ys[i]); xs ascending or descending.
 * At a repeated knot it takes the last one, and beyond the ends it extends the end pieces, as
 * D3's polylinear scales do.
 */
export function interpolate(xs: ArrayLike<number>, ys: ArrayLike<number>, v: number): number {
  const n = Math.min(xs.length, ys.length) - 1;
  if (n < 1) return ys[0] ?? NaN;
  const ascending = xs[n] >= xs[0];
  let lo = 1;
  let hi = n;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (ascending ? xs[mid] > v : xs[mid] < v) hi = mid;
    else lo = mid + 1;
  }
  const x0 = xs[lo - 1];
  const x1 = xs[lo];
  return x1 === x0 ? ys[lo - 1] : ys[lo - 1] + ((v - x0) / (x1 - x0)) * (ys[lo] - ys[lo - 1]);
}

/**
 * A linear scale from `domain` onto `range`; give several knots for a polylinear one. Typed arrays
 * are kept, not copied: the scale never changes them, and the caller must not.
 */
export function scaleLinear(domain: readonly number[] | Float64Array = [0, 1], range: readonly number[] | Float64Array = [0, 1]): TimeScale {
  const own = (a: readonly number[] | Float64Array) => (a instanceof Float64Array ? a : [...a]);
  let d = own(domain);
  let r = own(range);
  let clamped = false;
  const limit = (t: number) => (clamped ? Math.max(Math.min(d[0], d[d.length - 1]), Math.min(Math.max(d[0], d[d.length - 1]), t)) : t);
  const scale = ((t: number) => interpolate(d, r, limit(t))) as TimeScale;
  scale.invert = (x) => limit(interpolate(r, d, x));
  scale.domain = ((next?: readonly (number | Date)[]) => (next ? ((d = next.map(Number)), scale) : [...d])) as TimeScale['domain'];
  scale.range = ((next?: readonly number[]) => (next ? ((r = [...next]), scale) : [...r])) as TimeScale['range'];
  scale.clamp = (c) => ((clamped = c), scale);
  scale.copy = () => scaleLinear(d, r).clamp(clamped);
  return scale;
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
  return scaleLinear(domain, [0, length]);
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
