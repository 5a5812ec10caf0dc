/** The horizontal axis: ticks for each segment of the visible scale, each at its own interval. */
import type { FormatOptions } from '../core/format.js';
import { createTimeScale, type TimeScale } from '../core/scale.js';
import { computeTicks, labelSpan, type Tick } from '../core/ticks.js';
import { DAY } from '../core/time.js';

/** Ticks for each segment of `scale` within [0, width]; none inside breaks. */
export function computeSegmentTicks(scale: TimeScale, width: number, format: FormatOptions): Tick[] {
  const domain = scale.domain().map(Number);
  const ticks: Tick[] = [];
  for (let i = 0; i + 1 < domain.length; i += 2) {
    const x0 = Math.max(0, scale(domain[i]));
    const x1 = Math.min(width, scale(domain[i + 1]));
    if (x1 - x0 < 30) continue;
    const t0 = +scale.invert(x0);
    const t1 = +scale.invert(x1);
    const before = ticks.length;
    if (t1 - t0 >= 3 * DAY) {
      for (const t of computeTicks(createTimeScale([t0, t1], x1 - x0), format, 110)) {
        const pos = x0 + t.pos;
        if (pos > x0 + 12 && pos < x1 - 12) ticks.push({ ...t, pos });
      }
    }
    // A segment too short or narrow for ticks still says when it is.
    if (ticks.length === before) ticks.push({ value: (t0 + t1) / 2, pos: (x0 + x1) / 2, label: labelSpan(t0, t1, format) });
  }
  return ticks;
}
