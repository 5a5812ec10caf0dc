/**
 * The legend: which ways of drawing a mark the data uses, so that the page explains exactly those.
 * Certainty by line and fill, precision by extent, qualifiers by edges and a badge, an open end by
 * a fade. A timeline of plain confirmed days uses none of them and has no legend.
 */
import { memoByOwner } from '../core/memo.js';
import type { DatelineMessages } from '../core/messages.js';
import type { Dataset } from '../data/dataset.js';

/** One entry of the legend. */
export type Encoding = keyof DatelineMessages['encodings'];

/** Every encoding, in the legend's order. */
export const ENCODINGS: readonly Encoding[] = ['confirmed', 'reported', 'claimed', 'disputed', 'extent', 'approximate', 'uncertain', 'ongoing'];

/** Coarser than a day: drawn as a bar across the month, season, year or more it covers. */
const COARSE = new Set(['millennium', 'century', 'decade', 'year', 'season', 'month']);

/** The encodings `data` uses, in the legend's order; none when every event is a plain confirmed date. */
export const computeLegend = memoByOwner((data: Dataset): Encoding[] => {
  const used = new Set<Encoding>();
  for (const it of data.spans.items) {
    const { start, end, openEnd } = it.date;
    used.add(it.certainty);
    if (start && start === end && COARSE.has(start.precision)) used.add('extent');
    if (start?.approximate || end?.approximate) used.add('approximate');
    if (start?.uncertain || end?.uncertain) used.add('uncertain');
    if (openEnd === 'open') used.add('ongoing');
  }
  // Confirmed is worth saying only beside another certainty.
  if (!['reported', 'claimed', 'disputed'].some((c) => used.has(c as Encoding))) used.delete('confirmed');
  return ENCODINGS.filter((e) => used.has(e));
});
