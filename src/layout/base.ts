/**
 * The horizontal base scale: all data over [0, width], with long empty stretches cut out when
 * `gaps` is `auto`, mirrored right to left. Zooming is a transform of it. Rebuilt only when the
 * data, the width, `gaps` or the direction change.
 */
import { createTimeScale, type TimeScale } from '../core/scale.js';
import { computeSegments, createSegmentedScale } from '../core/segments.js';
import { memo, memoByOwner } from '../core/memo.js';
import { HOUR } from '../core/time.js';
import type { Dataset } from '../data/dataset.js';

export interface BaseScale {
  scale: TimeScale;
  /** The deepest zoom factor. */
  maxK: number;
  width: number;
  /** Compressed gaps, as [from, to] in floating ms. */
  breaks: [number, number][];
  /** A time's base position in reading order (from the inline start). */
  reading: (t: number) => number;
}

export interface BaseOptions {
  width: number;
  gaps: 'auto' | 'off';
  rtl: boolean;
}

/** Each data set's segments: they do not depend on the width, which a resize changes. */
const segmentsOf = new WeakMap<Dataset, ReturnType<typeof computeSegments>>();

/** The base scale of `data` (which must have an extent), cached per data set for the last options. */
export const computeBase = memoByOwner((data: Dataset, { width, gaps, rtl }: BaseOptions): BaseScale => {
  // A filtered data set keeps the whole data's axis.
  if (data.whole) return computeBase(data.whole.data, { width, gaps, rtl });
  const { starts, ends, finest } = data.spans;
  const segments = gaps === 'off' ? [] : memo(segmentsOf, data, () => computeSegments(starts, ends));
  const scale = segments.length > 1 ? createSegmentedScale(segments, width).scale : createTimeScale(data.extent!, width);
  // Right to left, time runs from the right edge: the zoom works in these display pixels.
  if (rtl) scale.range(scale.range().map((x) => width - x));
  const domain = scale.domain().map(Number);
  const range = scale.range();
  const breaks: [number, number][] = [];
  let slowest = Infinity;
  for (let i = 0; i + 1 < domain.length; i += 2) {
    slowest = Math.min(slowest, Math.abs(range[i + 1] - range[i]) / Math.max(1, domain[i + 1] - domain[i]));
    if (i + 2 < domain.length) breaks.push([domain[i + 1], domain[i + 2]]);
  }
  // Zoom in until twice the finest precision in the data (at least an hour) fills the width in
  // the most compressed segment; segments drawn larger reach finer windows at the same zoom.
  const minSpan = Math.max(HOUR, 2 * (Number.isFinite(finest) ? finest : HOUR));
  const reading = (t: number) => (rtl ? width - scale(t) : scale(t));
  return { scale, maxK: width / (minSpan * slowest), width, breaks, reading };
});
