/**
 * Eras in the frame: bands across every lane (horizontal), with their labels in a strip above
 * the lanes, kept inside the visible part of their band so they stay readable while panning; or
 * section headings before their first entry (vertical).
 */
import { memoByOwner } from '../core/memo.js';
import type { Texts } from '../core/texts.js';
import type { Dataset } from '../data/dataset.js';
import { ERA_ROW } from './metrics.js';
import type { PlacedEra, TextMeasure } from './types.js';

/** Rows of the label strip: an era goes in the first row where it overlaps no earlier era (meeting one is fine). */
export const eraRows = memoByOwner((data: Dataset): { rows: number[]; count: number } => {
  const ends: number[] = [];
  const rows = data.eras.map((era) => {
    let row = ends.findIndex((end) => end <= era.min);
    if (row < 0) row = ends.length;
    ends[row] = era.until;
    return row;
  });
  return { rows, count: ends.length };
});

/**
 * The eras that reach into a view of `width` px, where `scale` gives a time's offset from the
 * inline start. A label starts at the visible start of its band and is cut (by the style) where
 * the band ends.
 */
export function placeEras(data: Dataset, scale: (t: number) => number, width: number, texts: Texts, measure: TextMeasure): PlacedEra[] {
  const { rows } = eraRows(data);
  const placed: PlacedEra[] = [];
  data.eras.forEach((era, i) => {
    const [a, b] = [scale(era.min), scale(era.max)];
    const [x0, x1] = [Math.max(0, Math.min(a, b)), Math.min(width, Math.max(a, b))];
    if (x1 <= x0) return;
    const labelWidth = Math.min(measure.width(era.label) + 12, x1 - x0);
    placed.push({ era, when: texts.period(era.date), x: x0, width: x1 - x0, labelX: x0, labelWidth, y: rows[i] * ERA_ROW });
  });
  return placed;
}
