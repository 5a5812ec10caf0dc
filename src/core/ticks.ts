/** Axis ticks at every level from millennia (BCE too) to hours, labelled with Intl. */
import { ticks as arrayTicks } from 'd3-array';
import { utcTicks } from 'd3-time';
import { utc, yearOf } from './dates.js';
import { dtf, formatYear, type FormatOptions } from './format.js';
import type { TimeScale } from './scale.js';
import { DAY } from './time.js';

export interface Tick {
  /** Floating milliseconds. */
  value: number;
  /** Pixel position along the time axis. */
  pos: number;
  label: string;
}

const YEAR = 365.25 * DAY;

/** Converts an astronomical year (0 = 1 BCE) to a historical one (no year zero) and back. */
const toHistorical = (y: number) => (y <= 0 ? y - 1 : y);
const toAstronomical = (h: number) => (h < 0 ? h + 1 : h);

/**
 * Ticks for `scale`, about one per `spacing` pixels. Spans of several years get round historical
 * years (so 500 BCE, not 499 BCE); shorter spans get D3's UTC ticks at months, days or hours.
 */
export function computeTicks(scale: TimeScale, options: FormatOptions = {}, spacing = 100): Tick[] {
  const [r0, r1] = scale.range();
  const count = Math.max(2, Math.floor(Math.abs(r1 - r0) / spacing));
  const [d0, d1] = scale.domain().map(Number);
  const year = (y: number) => formatYear(y, options.locale, options.messages);
  if ((d1 - d0) / YEAR > count * 0.9) {
    const h0 = toHistorical(yearOf(d0));
    const h1 = toHistorical(yearOf(d1));
    return arrayTicks(h0, h1, count)
      .filter((h) => Number.isInteger(h) && h !== 0)
      .map((h) => {
        const astronomical = toAstronomical(h);
        const value = utc(astronomical);
        return { value, pos: scale(value), label: year(astronomical) };
      })
      .filter((t) => t.value >= d0 && t.value <= d1);
  }
  const values = utcTicks(new Date(d0), new Date(d1), count).map(Number);
  const step = values.length > 1 ? values[1] - values[0] : d1 - d0;
  const short: Intl.DateTimeFormatOptions =
    step < DAY
      ? { hour: 'numeric', minute: '2-digit' }
      : step < 28 * DAY
        ? { day: 'numeric', month: 'short' }
        : { month: 'short', year: 'numeric' };
  const f = dtf(options.locale, { ...short, timeZone: 'UTC' });
  // The first tick of days or hours also says which year (and day) it is in.
  const first = dtf(options.locale, {
    ...short,
    ...(step < 28 * DAY ? { day: 'numeric', month: 'short', year: 'numeric' } : {}),
    timeZone: 'UTC',
  });
  return values.map((value, i) => {
    const y = yearOf(value);
    return { value, pos: scale(value), label: step >= 365 * DAY || y <= 0 ? year(y) : (i ? f : first).format(value) };
  });
}

/**
 * One label for a stretch too short or too narrow for ticks: its middle, said at a precision that
 * fits its length (a year, a month or a day).
 */
export function labelSpan(start: number, end: number, options: FormatOptions = {}): string {
  const mid = (start + end) / 2;
  const y = yearOf(mid);
  const length = end - start;
  if (length >= 300 * DAY || y <= 0) return formatYear(y, options.locale, options.messages);
  const o: Intl.DateTimeFormatOptions = length >= 20 * DAY ? { month: 'short', year: 'numeric' } : { day: 'numeric', month: 'short', year: 'numeric' };
  return dtf(options.locale, { ...o, timeZone: 'UTC' }).format(mid);
}
