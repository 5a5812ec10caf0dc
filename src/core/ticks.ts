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

/** A month, a day or an hour, as a tick says it (in UTC: times are floating). */
const UNITS: [key: 'month' | 'day' | 'hour', options: Intl.DateTimeFormatOptions][] = [
  ['month', { month: 'short', year: 'numeric' }],
  ['day', { day: 'numeric', month: 'short' }],
  ['hour', { hour: 'numeric', minute: '2-digit' }],
];

/** A column's tick before it is placed, with its rank: 3 for a year, then 2 for a month, 1 for a day, 0 for an hour. */
type Candidate = Omit<Tick, 'pos'> & { rank: number };

/** The roundest date in (t0, t1]: a year (a millennium before a century, a decade, a year), else a month's first day, a midnight or a full hour; null for none. */
function roundest(t0: number, t1: number, options: FormatOptions): Candidate | null {
  const [y0, y1] = [yearOf(t0), yearOf(t1)];
  if (y1 > y0) {
    // Years y0 + 1 to y1 begin in the stretch (a year begins on its 1 January), counted as people
    // do (no year 0), so that 11,000 BCE is as round as 2000.
    const [h0, h1] = [toHistorical(y0), toHistorical(y1)];
    for (let p = 10 ** Math.ceil(Math.log10(h1 - h0 + 1)); p >= 1; p /= 10) {
      const h = Math.ceil((h0 + 1) / p) * p || p;
      if (h <= h1) return { value: utc(toAstronomical(h)), label: formatYear(toAstronomical(h), options.locale, options.messages), rank: 3 };
    }
  }
  if (!Number.isFinite(new Date(t1).getTime())) return null;
  const [a, b] = [new Date(t0), new Date(t1)];
  const parts = (d: Date) => ({ month: d.getUTCMonth(), day: d.getUTCDate(), hour: d.getUTCHours() });
  const [p0, p1] = [parts(a), parts(b)];
  for (const [i, [unit, format]] of UNITS.entries()) {
    if (p1[unit] === p0[unit]) continue;
    const start = new Date(b);
    if (unit === 'month') start.setUTCDate(1);
    if (unit !== 'hour') start.setUTCHours(0);
    start.setUTCMinutes(0, 0, 0);
    return { value: start.getTime(), label: dtf(options.locale, { ...format, timeZone: 'UTC' }).format(start), rank: 2 - i };
  }
  return null;
}

/**
 * Ticks for a column whose scale stretches busy times and shrinks quiet ones (the vertical
 * layout), over its pixels [from, to): each stretch of `spacing` px (counted from 0, so the ticks
 * of a part of the column are those of the whole) gets its roundest date; of two ticks within
 * `gap` px, the rounder stays (the earlier if they are as round). So a busy day gets its hours
 * and a quiet decade its year. `place` puts a tick on the column (by default, the scale).
 */
export function columnTicks(scale: TimeScale, from: number, to: number, options: FormatOptions = {}, place: (t: number) => number = scale, spacing = 80, gap = 22): Tick[] {
  const out: (Tick & { rank: number })[] = [];
  let y = Math.floor(Math.max(0, from) / spacing) * spacing;
  // The column's first stretch includes its first instant.
  let t0 = scale.invert(y) - (y ? 0 : 1);
  for (; y < to; y += spacing) {
    const t1 = scale.invert(y + spacing);
    const tick = t1 > t0 ? roundest(t0, t1, options) : null;
    t0 = t1;
    if (!tick) continue;
    const pos = place(tick.value);
    const last = out[out.length - 1];
    if (!last || pos - last.pos > gap) out.push({ ...tick, pos });
    else if (tick.rank > last.rank) out[out.length - 1] = { ...tick, pos };
  }
  return out.filter((t) => t.pos >= from).map(({ value, pos, label }) => ({ value, pos, label }));
}
