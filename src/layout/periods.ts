/**
 * The period index of a long vertical column: decades, years or months (whichever the data's span
 * needs to give at most 16 periods), each with the first entry that starts in it and that
 * entry's place in the column.
 */
import { utc, yearOf } from '../core/dates.js';
import { lowerBound } from '../core/time-index.js';
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

/**
 * The periods of `items` (in time order) placed at `tops`; none for a short column or a single
 * period. `mins` are their earliest times, when read already. Entries are in time order, so each
 * period's first entry is found by a binary search for the period's start, not by a look at every
 * entry.
 */
export function computePeriods(items: readonly NormalisedEvent[], tops: ArrayLike<number>, format: FormatOptions, mins: ArrayLike<number> = items.map((it) => it.min)): Period[] {
  if (items.length < PERIOD_INDEX_MIN) return [];
  const m = format.messages ?? en;
  const year = (t: number) => formatYear(yearOf(t), format.locale, m);
  const decade = (t: number, size: number) => m.decades(formatYear(Math.floor(yearOf(t) / size) * size, format.locale, m));
  // Each unit: the start of the period after the one holding t, and the label of t's period.
  const units: [(t: number) => number, (t: number) => string][] = [
    [(t) => utc(yearOf(t), new Date(t).getUTCMonth() + 1), (t) => dtf(format.locale, { month: 'short', year: 'numeric', timeZone: 'UTC' }).format(t)],
    [(t) => utc(yearOf(t) + 1), year],
    [(t) => utc(Math.floor(yearOf(t) / 10) * 10 + 10), (t) => decade(t, 10)],
    [(t) => utc(Math.floor(yearOf(t) / 100) * 100 + 100), (t) => decade(t, 100)],
  ];
  // Entries with an open start come first and belong to no period.
  const dated = lowerBound(mins, -Number.MAX_VALUE);
  for (const [next, label] of units) {
    const periods: Period[] = [];
    let usable = true;
    for (let i = dated; i < items.length && periods.length <= MOST; ) {
      const t = mins[i];
      const after = next(t);
      // Months have no meaning in deep time, beyond the dates a Date holds.
      if (!(after > t)) {
        usable = false;
        break;
      }
      periods.push({ label: label(t), id: items[i].id, y: tops[i] });
      i = lowerBound(mins, after, i + 1);
    }
    if (usable && periods.length <= MOST) return periods.length > 1 ? periods : [];
  }
  return [];
}
