/**
 * The legend: which ways of drawing a mark the data uses, so that the page explains exactly those.
 * Certainty by line and fill, precision by extent, qualifiers by edges and a badge, an open end by
 * a fade. A timeline of plain confirmed days uses none of them and has no legend.
 */
import { memoByOwner } from '../core/memo.js';
import type { DatelineMessages } from '../core/messages.js';
import { readAnew, type Dataset } from '../data/dataset.js';

/** One entry of the legend. */
export type Encoding = keyof DatelineMessages['encodings'];

/** Every encoding, in the legend's order. */
export const ENCODINGS: readonly Encoding[] = ['confirmed', 'reported', 'claimed', 'disputed', 'extent', 'approximate', 'uncertain', 'ongoing'];

/** Coarser than a day: drawn as a bar across the month, season, year or more it covers. */
const COARSE = new Set(['millennium', 'century', 'decade', 'year', 'season', 'month']);

/** The encodings `data` uses, in the legend's order; none when every event is a plain confirmed date. */
export function computeLegend(data: Dataset): Encoding[] {
  const used = usedBy(data);
  // Confirmed is worth saying only beside another certainty.
  return ENCODINGS.filter((e) => used.has(e) && (e !== 'confirmed' || used.has('reported') || used.has('claimed') || used.has('disputed')));
}

/** The encodings `data`'s events use (from those of the data set it grew from and its new events, when it did). */
const usedBy = memoByOwner((data: Dataset): Set<Encoding> => {
  const used = new Set(data.grown ? usedBy(data.grown.from) : []);
  const read = readAnew(data);
  // Indexed, not `for…of`: before the engine optimises it, each step of an iterator allocates.
  for (let i = 0; i < read.length; i++) {
    const it = read[i];
    const { start, end, openEnd } = it.date;
    used.add(it.certainty);
    if (start && start === end && COARSE.has(start.precision)) used.add('extent');
    if (start?.approximate || end?.approximate) used.add('approximate');
    if (start?.uncertain || end?.uncertain) used.add('uncertain');
    if (openEnd === 'open') used.add('ongoing');
  }
  return used;
});
