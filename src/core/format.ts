/**
 * Formatting a normalised date at its own precision with `Intl`: never finer than the data states
 * ("June 2024", not "1 June 2024"), with its qualifiers in words, in one locale and zone.
 */
import { utc, yearOf, type DatePoint, type NormalisedDate, type Precision } from './dates.js';
import { en, type DatelineMessages } from './messages.js';

/** Options for formatting. */
export interface FormatOptions {
  locale?: string;
  /** Zone instants are shown in; defaults to the browser's. */
  timeZone?: string;
  messages?: DatelineMessages;
}

const formatters = new Map<string, Intl.DateTimeFormat>();
/** A cached `Intl.DateTimeFormat`: constructing one costs far more than formatting with it. */
export function dtf(locale: string | undefined, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${locale}|${JSON.stringify(options)}`;
  let f = formatters.get(key);
  if (!f) {
    f = new Intl.DateTimeFormat(locale, options);
    formatters.set(key, f);
  }
  return f;
}

/** Intl options that show a floating date at `precision`, never finer. */
export function intlOptions(precision: Precision): Intl.DateTimeFormatOptions {
  switch (precision) {
    case 'minute':
      return { year: 'numeric', month: 'long', day: 'numeric', hour: 'numeric', minute: '2-digit', timeZone: 'UTC' };
    case 'day':
      return { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' };
    case 'month':
      return { year: 'numeric', month: 'long', timeZone: 'UTC' };
    default:
      return { year: 'numeric', timeZone: 'UTC' };
  }
}

/** A year as the locale writes it ("2024", "2024년"); years up to 0 as BCE ("491 BCE"). */
export function formatYear(year: number, locale: string | undefined, m: DatelineMessages = en): string {
  if (year > 0 && year < 10000) return dtf(locale, { year: 'numeric', timeZone: 'UTC' }).format(utc(year));
  const era = year <= 0 ? 1 - year : year;
  // Four-digit years read as years (2024, not 2,024); longer ones get grouping (12,000 BCE).
  const text = new Intl.NumberFormat(locale, { useGrouping: era >= 10000 }).format(era);
  return year <= 0 ? m.bce(text) : text;
}

/** Formats one end of a date at its own precision, without qualifiers. */
function formatBare(p: DatePoint, o: FormatOptions): string {
  const m = o.messages ?? en;
  switch (p.precision) {
    case 'millennium':
    case 'century':
    case 'decade':
      return m.decades(formatYear(p.year, o.locale, m));
    case 'season':
      return m.season(m.seasons[(p.season ?? 21) - 21], formatYear(p.year, o.locale, m));
    case 'year':
      return formatYear(p.year, o.locale, m);
    default: {
      if (p.year <= 0) {
        // Intl's own eras vary by locale ("BC", "v. Chr."); say BCE the one way the messages do.
        const rest = dtf(o.locale, { ...intlOptions(p.precision), year: undefined });
        return `${rest.format(p.min)} ${formatYear(p.year, o.locale, m)}`;
      }
      if (p.instant !== undefined) {
        return dtf(o.locale, { dateStyle: 'long', timeStyle: 'short', timeZone: o.timeZone }).format(p.instant);
      }
      return dtf(o.locale, intlOptions(p.precision)).format(p.min);
    }
  }
}

/** Formats one end with its qualifiers: "about October 2024", "June 2024 (uncertain)". */
export function formatPoint(p: DatePoint, o: FormatOptions = {}): string {
  const m = o.messages ?? en;
  let s = formatBare(p, o);
  if (p.uncertain) s = m.uncertain(s);
  if (p.approximate) s = m.approximate(s);
  return s;
}

function samePoint(a: DatePoint, b: DatePoint): boolean {
  return a.min === b.min && a.max === b.max && a.precision === b.precision;
}

/**
 * Formats a normalised date or interval at its own precision: "June 2024", "1950–1953",
 * "1–17 October 2024", "August 2023 – ongoing".
 */
export function formatDate(d: NormalisedDate, o: FormatOptions = {}): string {
  const m = o.messages ?? en;
  const { start, end } = d;
  if (start && end && samePoint(start, end)) return formatPoint(start, o);
  if (!start && end) return d.openStart === 'open' ? m.openStart(formatPoint(end, o)) : m.unknownStart(formatPoint(end, o));
  if (start && !end) return d.openEnd === 'open' ? m.ongoing(formatPoint(start, o)) : m.unknownEnd(formatPoint(start, o));
  if (!start || !end) return d.text;
  const plain = (p: DatePoint) => !p.approximate && !p.uncertain && p.year > 0 && p.instant === undefined;
  if (
    start.precision === end.precision &&
    ['year', 'month', 'day', 'minute'].includes(start.precision) &&
    plain(start) &&
    plain(end)
  ) {
    return dtf(o.locale, intlOptions(start.precision)).formatRange(start.min, end.min);
  }
  return `${formatPoint(start, o)} – ${formatPoint(end, o)}`;
}

/**
 * Says a window of time at a precision that fits its length: years for spans of several years,
 * months for several months, days otherwise ("1 – 31 October 2024").
 */
export function formatWindow(start: number, end: number, o: FormatOptions = {}): string {
  const length = end - start;
  const precision: Precision = length > 3 * 365 * 86_400_000 ? 'year' : length > 90 * 86_400_000 ? 'month' : 'day';
  const point = (ms: number): DatePoint => ({ min: ms, max: ms, precision, year: yearOf(ms), approximate: false, uncertain: false });
  return formatDate({ start: point(start), end: point(end), text: '' }, o);
}
