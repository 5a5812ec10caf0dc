/**
 * View arithmetic: the visible window of the horizontal layout, as [start, end] in floating ms.
 * Moves are made in pixels of the base scale, so a pan across a compressed gap keeps the zoom.
 */
import { normaliseDate } from '../core/dates.js';
import type { TimeScale } from '../core/scale.js';
import { anchorTime, HOUR } from '../core/time.js';
import type { NormalisedEvent } from '../core/validate.js';

export type View = [number, number];

/** The window that shows all of the base scale. */
export function fullView(base: TimeScale): View {
  const d = base.domain();
  return [+d[0], +d[d.length - 1]];
}

/** The window around base pixel `centre`, `half` base pixels either side (in either direction). */
export function viewAround(base: TimeScale, centre: number, half: number): View {
  const a = +base.invert(centre - half);
  const b = +base.invert(centre + half);
  return a <= b ? [a, b] : [b, a];
}

/** Half the width of `view` in base pixels. */
export function halfWidth(base: TimeScale, view: readonly [number, number]): number {
  return Math.abs(base(view[1]) - base(view[0])) / 2;
}

/** The centre of `view` in base pixels; null without a scale or a view. */
export function viewCentre(base: TimeScale | undefined, view: readonly [number, number] | null): number | null {
  return base && view ? (base(view[0]) + base(view[1])) / 2 : null;
}

/** `view` moved, keeping its width, so that it is centred on base pixel `x`, inside [0, width]. */
export function panTo(base: TimeScale, view: readonly [number, number], x: number, width: number): View {
  const half = halfWidth(base, view);
  return viewAround(base, Math.max(half, Math.min(width - half, x)), half);
}

/** `view` panned so that it holds `item`, at the same zoom; `view` itself when it does already. */
export function viewToShow(base: TimeScale, view: View, item: { min: number; max: number }): View {
  if (item.min <= view[1] && anchorTime(item) >= view[0]) return view;
  return viewAround(base, base(anchorTime(item)), halfWidth(base, view));
}

/** The window that separates a cluster's events: their extent, padded by 15% (at least an hour). */
export function clusterView(members: readonly NormalisedEvent[]): View | null {
  let lo = Infinity;
  let hi = -Infinity;
  for (const it of members) {
    lo = Math.min(lo, anchorTime(it));
    hi = Math.max(hi, Number.isFinite(it.max) ? it.max : (it.date.start?.max ?? it.min));
  }
  if (!(hi >= lo)) return null;
  const pad = Math.max((hi - lo) * 0.15, HOUR);
  return [lo - pad, hi + pad];
}

/** Whether two windows differ by more than a millionth of the first one's length. */
export function moved(a: View | null, b: View): boolean {
  const tolerance = a ? (a[1] - a[0]) * 1e-6 : 0;
  return !a || Math.abs(a[0] - b[0]) > tolerance || Math.abs(a[1] - b[1]) > tolerance;
}

/**
 * The window from `start` to `end` (EDTF strings or Dates): from the earliest moment of the start
 * to the latest of the end. Throws a RangeError naming the bad argument.
 */
export function windowOf(start: unknown, end: unknown, timeZone?: string): View {
  const a = normaliseDate(start, timeZone);
  const b = normaliseDate(end, timeZone);
  if (!a.ok) throw new RangeError(`zoomTo: start ${a.message}`);
  if (!b.ok) throw new RangeError(`zoomTo: end ${b.message}`);
  const lo = a.date.start?.min ?? a.date.end?.min;
  const hi = b.date.end?.max ?? b.date.start?.max;
  if (lo === undefined || hi === undefined || !(hi > lo)) throw new RangeError('zoomTo: end must be after start');
  return [lo, hi];
}

/** Whether `view` still shows some of `extent` (new data keeps a window the reader zoomed to only then). */
export function overlaps(view: View | null, extent: readonly [number, number] | null): view is View {
  return Boolean(view && extent && view[1] >= extent[0] && view[0] <= extent[1]);
}
