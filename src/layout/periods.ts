/**
 * The period index of a long vertical column: decades, years or months (whichever the data's span
 * needs to give at most 16 periods), each with the first entry that starts in it and that
 * entry's place in the column.
 */
import { yearOf } from '../core/dates.js';
import { dtf, formatYear, type FormatOptions } from '../core/format.js';
import { en } from '../core/messages.js';
import type { NormalisedEvent } from '../core/validate.js';

/** A column shorter than this many entries needs no index. */
export const PERIOD_INDEX_MIN = 20;
/** At most this many periods (a row a thumb can cross): a finer unit that would give more is not used. */
const MOST = 16;

export interface Period {
  label: string;
  /** The first entry that starts in it. */
  id: string;
  /** That entry's top, px from the column's top. */
  y: number;
}

/** The periods of `items` (in time order) placed at `tops`; none for a short column or a single period. */
export function computePeriods(items: readonly NormalisedEvent[], tops: readonly number[], format: FormatOptions): Period[] {
  if (items.length < PERIOD_INDEX_MIN) return [];
  const m = format.messages ?? en;
  const starts = items.map((it) => (Number.isFinite(it.min) ? it.min : NaN));
  const years = starts.map((t) => (Number.isNaN(t) ? NaN : yearOf(t)));
  const month = (t: number) => new Date(t).getUTCMonth();
  const units: [(i: number) => number, (i: number) => string][] = [
    [(i) => years[i] * 12 + month(starts[i]), (i) => dtf(format.locale, { month: 'short', year: 'numeric', timeZone: 'UTC' }).format(starts[i])],
    [(i) => years[i], (i) => formatYear(years[i], format.locale, m)],
    [(i) => Math.floor(years[i] / 10), (i) => m.decades(formatYear(Math.floor(years[i] / 10) * 10, format.locale, m))],
    [(i) => Math.floor(years[i] / 100), (i) => m.decades(formatYear(Math.floor(years[i] / 100) * 100, format.locale, m))],
  ];
  for (const [keyOf, label] of units) {
    const periods: Period[] = [];
    let last = NaN;
    for (let i = 0; i < items.length && periods.length <= MOST; i++) {
      if (Number.isNaN(starts[i])) continue;
      const key = keyOf(i);
      if (key !== last) periods.push({ label: label(i), id: items[i].id, y: tops[i] });
      last = key;
    }
    if (periods.length <= MOST) return periods.length > 1 ? periods : [];
  }
  return [];
}
