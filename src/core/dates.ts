/**
 * Dates as people write them: one normalisation step from an EDTF string or a `Date` to a typed
 * record (formatting it is `format.ts`).
 *
 * Positions are "floating" milliseconds: the UTC fields of the number are the wall-clock fields
 * shown to the reader. A calendar date such as `2024-10-03` is therefore the same day for every
 * viewer, and an instant is shifted into the display time zone before it is placed.
 */
import { parse } from 'edtf';

/** A date as edtf's parser gives it (the parts Dateline reads). */
export interface ParsedDate {
  type: 'Date' | 'Year' | 'Season' | 'Decade' | 'Century' | 'Interval' | 'List' | 'Set';
  level: number;
  values: (number | ParsedDate | null)[];
  approximate?: boolean | number;
  uncertain?: boolean | number;
  unspecified?: number;
  offset?: number;
  timeZone?: string;
}

/** How finely a date is known, coarsest first. */
export const PRECISIONS = [
  'millennium',
  'century',
  'decade',
  'year',
  'season',
  'month',
  'day',
  'minute',
] as const;
export type Precision = (typeof PRECISIONS)[number];

/** One end of a date: the extent it covers and how well it is known. */
export interface DatePoint {
  /** Earliest floating millisecond the date covers. */
  min: number;
  /** Latest floating millisecond the date covers (inclusive). */
  max: number;
  precision: Precision;
  /** Astronomical year: 0 is 1 BCE, -490 is 491 BCE. */
  year: number;
  /** EDTF season code 21-41, for season precision. */
  season?: number;
  approximate: boolean;
  uncertain: boolean;
  /** True UTC milliseconds for dates with a time of day and a zone. */
  instant?: number;
}

/** What stands at an end of an interval that has no date. */
export type OpenEnd = 'open' | 'unknown';

/** A normalised date or interval. `start`/`end` are null where the interval is open or unknown. */
export interface NormalisedDate {
  start: DatePoint | null;
  end: DatePoint | null;
  /** Set when the start is `..` (open) or empty (unknown). */
  openStart?: OpenEnd;
  /** Set when the end is `..` (open, ongoing) or empty (unknown). */
  openEnd?: OpenEnd;
  /** The text the user gave, or the ISO string of a Date. */
  text: string;
}

/** The outcome of normalising one value: a date, or a sentence saying what is wrong. */
export type DateResult = { ok: true; date: NormalisedDate } | { ok: false; message: string };

const MAX_INPUT = 200;
const MONTH_DAYS = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** Offset in minutes of `timeZone` (or the browser's zone) at the UTC instant `ms`. */
export function zoneOffset(ms: number, timeZone?: string): number {
  if (!timeZone) return -new Date(ms).getTimezoneOffset();
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone,
    hourCycle: 'h23',
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
    hour: 'numeric',
    minute: 'numeric',
    second: 'numeric',
    era: 'short',
  }).formatToParts(new Date(ms));
  const get = (type: string) => Number(parts.find((p) => p.type === type)?.value ?? 0);
  const era = parts.find((p) => p.type === 'era')?.value;
  const year = era === 'BC' ? 1 - get('year') : get('year');
  const wall = utc(year, get('month') - 1, get('day'), get('hour'), get('minute'), get('second'));
  return Math.round((wall - (ms - (((ms % 1000) + 1000) % 1000))) / 60000);
}

/** Milliseconds in an average Gregorian year. */
const YEAR_MS = 365.2425 * 86_400_000;
/** Years further than this from 1970 are beyond `Date` (±8.64e15 ms): deep time counts average years there. */
const DATE_YEARS = 270_000;

/** The UTC year of floating ms; beyond `Date`'s range, counted in average years from 1970. */
export function yearOf(ms: number): number {
  return Math.abs(ms) < DATE_YEARS * YEAR_MS ? new Date(ms).getUTCFullYear() : Math.floor(ms / YEAR_MS) + 1970;
}

/**
 * `Date.UTC` that also works for years 0-99, below zero, and in deep time (the age of the
 * universe), where years are of average length and the rest of the date counts as in 1970.
 */
export function utc(year: number, month = 0, day = 1, hour = 0, minute = 0, second = 0): number {
  if (Math.abs(year - 1970) > DATE_YEARS) return (year - 1970) * YEAR_MS + utc(1970, month, day, hour, minute, second);
  // Date.UTC reads years 0-99 as 1900-1999; setUTCFullYear takes them as given. Both carry
  // months and days past their end into the next year or month.
  if (year < 0 || year > 99) return Date.UTC(year, month, day, hour, minute, second);
  const d = new Date(Date.UTC(2000, 0, 1, hour, minute, second));
  d.setUTCFullYear(year, month, day);
  return d.getTime();
}

/** The number of days in `month` (1-12) of `year`. */
function daysIn(year: number, month: number): number {
  return new Date(utc(year, month, 0)).getUTCDate();
}

/** Why `text` did not parse, in words, where a common mistake explains it. */
function explain(text: string): string {
  const m = /^(-?\d{4})-(\d{2})(?:-(\d{2}))?/.exec(text);
  if (m) {
    const month = Number(m[2]);
    if (month === 0 || (month > 12 && (month < 21 || month > 41) && !m[3]) || (month > 12 && m[3])) {
      return `month ${month} does not exist`;
    }
    const day = m[3] ? Number(m[3]) : 1;
    if (day === 0 || day > MONTH_DAYS[month - 1]) return `day ${day} does not exist in month ${month}`;
  }
  if (/^\d{1,2}[./]\d{1,2}[./]\d{2,4}$/.test(text)) return 'write dates as YYYY-MM-DD';
  if (/\s/.test(text)) return 'it contains spaces';
  return 'expected a form such as 2024, 2024-06, 2024-10-03, 2024-10~ or 1950/1953';
}

/** First month (0-11) and length in months of EDTF seasons 21-41 (see the README). */
const SEASONS: Record<number, [number, number]> = {
  21: [2, 3], 22: [5, 3], 23: [8, 3], 24: [11, 3], // spring, summer, autumn, winter (northern, meteorological)
  25: [2, 3], 26: [5, 3], 27: [8, 3], 28: [11, 3], // northern hemisphere
  29: [8, 3], 30: [11, 3], 31: [2, 3], 32: [5, 3], // southern hemisphere
  33: [0, 3], 34: [3, 3], 35: [6, 3], 36: [9, 3], // quarters
  37: [0, 4], 38: [4, 4], 39: [8, 4], // quadrimesters
  40: [0, 6], 41: [6, 6], // semesters
};

/**
 * The earliest and latest millisecond a parsed EDTF date covers. Only the parser comes from the
 * `edtf` package (its date classes would more than double its weight in the bundle); extents
 * match edtf's own `min`/`max` for dates, years, decades, centuries and unspecified digits
 * (`test/core/extent.test.ts` compares them), while seasons follow the table above.
 */
export function extentOf(p: ParsedDate): [number, number] {
  const v = p.values as number[];
  const [y] = v;
  if (p.type === 'Decade') return [utc(y * 10), utc(y * 10 + 10) - 1];
  if (p.type === 'Century') return [utc(y * 100), utc(y * 100 + 100) - 1];
  if (p.type === 'Season') {
    const [month, length] = SEASONS[v[1]] ?? [0, 12];
    return [utc(y, month), utc(y, month + length) - 1];
  }
  if (v.length > 3) {
    const ms = utc(y, v[1], v[2], v[3], v[4] ?? 0, v[5] ?? 0) - (p.offset ?? 0) * 60000;
    return [ms, ms];
  }
  // Unspecified digits (X) are 0 in `values`; the bitmask says which: 1, 2, 4, 8 are the year's
  // digits from the thousands, 16 and 32 the month's, 64 and 128 the day's.
  const u = p.unspecified ?? 0;
  const yearX = [8, 4, 2, 1].findIndex((bit) => !(u & bit));
  const yearSpan = 10 ** (yearX < 0 ? 4 : yearX);
  if (v.length === 1) return [utc(y), utc(y + yearSpan) - 1];
  const m = v[1];
  let [m0, m1] = [m, m];
  if (u & 16) [m0, m1] = [0, 11];
  else if (u & 32) [m0, m1] = m < 9 ? [0, 8] : [9, 11];
  if (v.length === 2) return [utc(y, m0), utc(y + yearSpan - 1, m1 + 1) - 1];
  const d = v[2];
  const last = daysIn(y + yearSpan - 1, m1 + 1);
  let [d0, d1] = [d, d];
  if (u & 64) [d0, d1] = [1, last];
  else if (u & 128) [d0, d1] = [Math.max(1, d), Math.min(last, d + 9)];
  return [utc(y, m0, d0), utc(y + yearSpan - 1, m1, d1 + 1) - 1];
}

function pointFromParsed(p: ParsedDate, timeZone: string | undefined): DatePoint {
  const [min, max] = extentOf(p);
  const values = p.values as number[];
  const approximate = Boolean(p.approximate);
  const uncertain = Boolean(p.uncertain);
  const year = values[0];
  if (p.type === 'Date' && values.length > 3) {
    // A time of day. With a zone it is an instant shown in the display zone; without one it is
    // a wall-clock time that floats like a calendar date.
    const hasZone = p.offset !== undefined;
    const shift = hasZone ? zoneOffset(min, timeZone) * 60000 : 0;
    return {
      min: min + shift,
      max: max + shift,
      precision: 'minute',
      year,
      approximate,
      uncertain,
      instant: hasZone ? min : undefined,
    };
  }
  let precision: Precision;
  if (p.type === 'Season') precision = 'season';
  else if (p.type === 'Decade') precision = 'decade';
  else if (p.type === 'Century') precision = 'century';
  else if (p.type === 'Year') precision = 'year';
  else {
    precision = (['year', 'month', 'day'] as const)[values.length - 1];
    const unspecified = p.unspecified ?? 0;
    if (unspecified) {
      const yearDigits = [1, 2, 4, 8].filter((bit) => unspecified & bit).length;
      if (yearDigits) precision = (['year', 'decade', 'century', 'millennium'] as const)[yearDigits];
      else if (unspecified & 48) precision = 'year';
      else if (unspecified & 192) precision = 'month';
    }
  }
  return {
    min,
    max,
    precision,
    year: p.type === 'Century' ? year * 100 : year,
    season: p.type === 'Season' ? values[1] : undefined,
    approximate,
    uncertain,
  };
}

/** The number written in `text` from `from` to `to` (digits only), or -1. */
function digits(text: string, from: number, to: number): number {
  let value = 0;
  for (let i = from; i < to; i++) {
    const digit = text.charCodeAt(i) - 48;
    if (digit < 0 || digit > 9) return -1;
    value = value * 10 + digit;
  }
  return value;
}

/**
 * A calendar day written plainly (`2024-10-03`, years 100 to 9999), the commonest date in large
 * data, read straight into its point; null for anything else (including days that do not exist,
 * which the general path explains). Gives what the general path gives (`test/core/dates.test.ts`).
 */
function plainDay(text: string): DatePoint | null {
  if (text.length !== 10 || text.charCodeAt(4) !== 45 || text.charCodeAt(7) !== 45) return null;
  const year = digits(text, 0, 4);
  const month = digits(text, 5, 7);
  const day = digits(text, 8, 10);
  if (year < 100 || month < 1 || month > 12 || day < 1 || (day > 28 && day > daysIn(year, month))) return null;
  const min = Date.UTC(year, month - 1, day);
  return { min, max: min + 86_399_999, precision: 'day', year, season: undefined, approximate: false, uncertain: false };
}

const SIMPLE = /^(-?)(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/** Reads a plain date (`2024`, `2024-06`, `-0490-08-01`) without the grammar; null if not plain. */
function parseSimple(text: string): ParsedDate | null {
  const m = SIMPLE.exec(text);
  if (!m || (m[1] && m[2] === '0000')) return null;
  const values = [Number(m[1] + m[2])];
  if (m[3]) {
    const month = Number(m[3]);
    if (month < 1 || month > 12) return null;
    values.push(month - 1);
    if (m[4]) {
      const day = Number(m[4]);
      if (day < 1 || (day > 28 && day > daysIn(values[0], month))) return null;
      values.push(day);
    }
  }
  return { type: 'Date', level: 0, values };
}

/**
 * Most data is plain dates and intervals of plain dates. Those are read here, the same way the
 * grammar reads them (`test/core/dates.test.ts` compares), because edtf's parser builds a new
 * parser for every call and costs about 0.2 ms a date; everything else goes to the grammar.
 * Returns null when the text needs the grammar.
 */
export function parseFast(text: string): ParsedDate | null {
  const slash = text.indexOf('/');
  if (slash < 0) return parseSimple(text);
  const left = text.slice(0, slash);
  const right = text.slice(slash + 1);
  // Like the grammar, an open end on either side is Infinity and an unknown one null.
  const a = left === '..' ? Infinity : left === '' ? null : parseSimple(left);
  const b = right === '..' ? Infinity : right === '' ? null : parseSimple(right);
  const date = (v: unknown) => typeof v === 'object' && v !== null;
  if ((left && left !== '..' && !a) || (right && right !== '..' && !b) || !(date(a) || date(b))) return null;
  return { type: 'Interval', level: a && b && typeof a === 'object' && typeof b === 'object' ? 0 : 1, values: [a as ParsedDate, b as ParsedDate] };
}

/**
 * Turns an EDTF string or a `Date` into a {@link NormalisedDate}, or says in a sentence why it
 * cannot. Never throws.
 *
 * @param value the user's value
 * @param timeZone IANA zone instants are shown in; defaults to the browser's
 */
export function normaliseDate(value: unknown, timeZone?: string): DateResult {
  if (value instanceof Date) {
    const ms = value.getTime();
    if (!Number.isFinite(ms)) return { ok: false, message: 'is an invalid Date (its time is NaN)' };
    const floating = ms + zoneOffset(ms, timeZone) * 60000;
    const point: DatePoint = {
      min: floating,
      max: floating,
      precision: 'minute',
      year: new Date(floating).getUTCFullYear(),
      approximate: false,
      uncertain: false,
      instant: ms,
    };
    return { ok: true, date: { start: point, end: point, text: value.toISOString() } };
  }
  if (typeof value !== 'string') {
    return { ok: false, message: `must be an EDTF string or a Date, not ${describe(value)}` };
  }
  const text = value.trim();
  if (!text) return { ok: false, message: 'is empty' };
  if (text.length > MAX_INPUT) return { ok: false, message: `is ${text.length} characters long; no date is that long` };
  const day = plainDay(text);
  if (day) return { ok: true, date: { start: day, end: day, text } };
  let parsed: ParsedDate;
  try {
    parsed = parseFast(text) ?? parse(text);
  } catch {
    return { ok: false, message: `'${text}' is not a valid EDTF date: ${explain(text)}` };
  }
  if (parsed.type === 'List' || parsed.type === 'Set') {
    return { ok: false, message: `'${text}' is a list of dates; give one date or one interval` };
  }
  let date: NormalisedDate;
  if (parsed.type === 'Interval') {
    // edtf gives an open end ('..') as ±Infinity and an unknown (empty) one as null.
    const [a, b] = parsed.values as unknown[];
    const side = (v: unknown): OpenEnd | undefined => (typeof v === 'object' && v ? undefined : v === null ? 'unknown' : 'open');
    date = {
      start: side(a) ? null : pointFromParsed(a as ParsedDate, timeZone),
      end: side(b) ? null : pointFromParsed(b as ParsedDate, timeZone),
      openStart: side(a),
      openEnd: side(b),
      text,
    };
  } else {
    const point = pointFromParsed(parsed, timeZone);
    date = { start: point, end: point, text };
  }
  for (const point of [date.start, date.end]) {
    if (point && !(Number.isFinite(point.min) && Number.isFinite(point.max))) {
      return { ok: false, message: `'${text}' lies too far from today to be drawn` };
    }
  }
  if (date.start && date.end && date.end.max < date.start.min) {
    return { ok: false, message: `'${text}' ends before it starts` };
  }
  return { ok: true, date };
}

/** A short description of a value's type for messages: "a number (42)", "null". */
export function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'number') return `a number (${value})`;
  if (typeof value === 'string') return `the text '${value.length > 40 ? value.slice(0, 40) + '…' : value}'`;
  return `${/^[aeiou]/.test(typeof value) ? 'an' : 'a'} ${typeof value}`;
}

/**
 * Joins an event's `start` and optional `end` into one date. `end: '..'` means still going on.
 */
export function joinDates(start: NormalisedDate, end: NormalisedDate | null, endText: string): NormalisedDate {
  if (!end) return start;
  return {
    start: start.start,
    openStart: start.openStart,
    end: end.end,
    openEnd: end.openEnd,
    text: `${start.text}/${endText}`,
  };
}
