/**
 * The element's properties as the pipeline may use them. Every value a page can set (a CMS that
 * writes `lang="auto"`, a framework passing `null` while data loads, an attribute from a URL)
 * either passes, or falls back to the default with a problem that names the property, the value
 * and the fallback. Nothing here throws.
 */
import { normaliseDate } from '../core/dates.js';
import { memoByOwner } from '../core/memo.js';
import type { FilterValue } from '../core/match.js';
import { en, type DatelineMessages } from '../core/messages.js';
import { LAYOUTS, type Layout, type TimelineGroup } from '../types.js';

/** A value that cannot be used, and what is used instead. */
export interface OptionProblem {
  property: string;
  value: unknown;
  /** What is used instead, in words: "auto", "the page's language". */
  fallback: string;
}

/** The properties as set on the element. */
export interface RawOptions {
  layout?: unknown;
  breakpoint?: unknown;
  gaps?: unknown;
  locale?: unknown;
  timeZone?: unknown;
  referenceDate?: unknown;
  selected?: unknown;
  label?: unknown;
  messages?: unknown;
  groups?: unknown;
  legend?: unknown;
  src?: unknown;
  filter?: unknown;
}

/** The properties as the pipeline uses them. */
export interface Options {
  layout: Layout;
  breakpoint: number;
  gaps: 'auto' | 'off';
  locale?: string;
  timeZone?: string;
  referenceDate?: string | Date;
  selected: string | null;
  label?: string;
  messages?: Partial<DatelineMessages>;
  groups: readonly TimelineGroup[];
  legend: 'auto' | 'off';
  src?: string;
  filter: FilterValue;
}

/** The default width (px) below which `layout="auto"` draws the vertical column. */
export const VERTICAL_BREAKPOINT = 640;

const empty = (v: unknown) => v === undefined || v === null || v === '';

/** Intl's answers so far, by question and text: the checks run on every update, zoom frames included. */
const answers = new Map<string, unknown>();

/** `ask(text)`, or false where it throws; remembered per `kind` and text. */
function remembered<T>(kind: string, text: string, ask: (text: string) => T): T | false {
  const key = `${kind}\u0000${text}`;
  let answer = answers.get(key) as T | false | undefined;
  if (answer === undefined) {
    try {
      answer = ask(text);
    } catch {
      answer = false;
    }
    // Bounded: a page that keeps setting new junk must not grow this without end.
    if (answers.size < 1000) answers.set(key, answer);
  }
  return answer;
}

/** Whether Intl formats dates in the language `tag` (else Intl falls back to another). */
export function isSupportedLocale(tag: string): boolean {
  return remembered('supported', tag, (t) => Intl.DateTimeFormat.supportedLocalesOf(t).length > 0) === true;
}

/** A BCP 47 tag in its canonical form, or undefined when `tag` is none. */
export function canonicalLocale(tag: unknown): string | undefined {
  if (typeof tag !== 'string' || !tag.trim()) return undefined;
  return remembered('locale', tag.trim(), (t) => Intl.getCanonicalLocales(t)[0]) || undefined;
}

/** Whether Intl knows the IANA time zone `zone`. */
export function isTimeZone(zone: unknown): zone is string {
  return typeof zone === 'string' && zone !== '' && remembered('zone', zone, (z) => new Intl.DateTimeFormat('en', { timeZone: z }).resolvedOptions().timeZone) !== false;
}

/** Whether `value` has the kind of `model`: text, function, or a list or table of such. */
function sameKind(model: unknown, value: unknown): boolean {
  if (Array.isArray(model)) return Array.isArray(value) && value.length > 0 && value.every((v) => sameKind(model[0], v));
  if (typeof model === 'object' && model !== null) {
    return typeof value === 'object' && value !== null && Object.keys(model).every((k) => sameKind((model as Record<string, unknown>)[k], (value as Record<string, unknown>)[k]));
  }
  return typeof value === typeof model;
}

/** Entries of `messages` of the kind English has for them; the others are problems. */
function checkMessages(value: object, problems: OptionProblem[]): Partial<DatelineMessages> {
  const out: Record<string, unknown> = {};
  for (const [key, entry] of Object.entries(value)) {
    const model = (en as unknown as Record<string, unknown>)[key];
    if (model !== undefined && sameKind(model, entry)) out[key] = entry;
    else problems.push({ property: `messages.${key}`, value: entry, fallback: model === undefined ? 'nothing (there is no such message)' : 'the shipped message' });
  }
  return out as Partial<DatelineMessages>;
}

/**
 * Checks every property. Absent values (undefined, null, empty text) are the defaults; unusable ones
 * fall back to the defaults too, and are listed as problems.
 */
export function checkOptions(raw: RawOptions): { options: Options; problems: OptionProblem[] } {
  const problems: OptionProblem[] = [];
  const fail = <T>(property: string, value: unknown, fallback: string, use: T): T => (problems.push({ property, value, fallback }), use);
  const { layout, breakpoint, gaps, locale, timeZone, referenceDate, selected, label, messages, groups, legend, src, filter } = raw;
  const options: Options = {
    layout: empty(layout) ? 'auto' : (LAYOUTS as readonly unknown[]).includes(layout) ? (layout as Layout) : fail('layout', layout, '"auto"', 'auto'),
    breakpoint: empty(breakpoint)
      ? VERTICAL_BREAKPOINT
      : typeof breakpoint === 'number' && breakpoint >= 0 && breakpoint < Infinity
        ? breakpoint
        : fail('breakpoint', breakpoint, String(VERTICAL_BREAKPOINT), VERTICAL_BREAKPOINT),
    gaps: empty(gaps) ? 'auto' : gaps === 'auto' || gaps === 'off' ? gaps : fail('gaps', gaps, '"auto"', 'auto'),
    locale: empty(locale) ? undefined : (canonicalLocale(locale) ?? fail('locale', locale, "the page's language", undefined)),
    timeZone: empty(timeZone) ? undefined : isTimeZone(timeZone) ? timeZone : fail('timeZone', timeZone, "the reader's time zone", undefined),
    referenceDate: empty(referenceDate)
      ? undefined
      : (typeof referenceDate === 'string' || referenceDate instanceof Date) && normaliseDate(referenceDate).ok
        ? referenceDate
        : fail('referenceDate', referenceDate, 'no reference marker', undefined),
    selected: empty(selected) ? null : typeof selected === 'string' ? selected : fail('selected', selected, 'no selection', null),
    label: empty(label) ? undefined : typeof label === 'string' ? label : fail('label', label, 'the default name', undefined),
    messages: empty(messages)
      ? undefined
      : typeof messages === 'object' && !Array.isArray(messages)
        ? checkMessages(messages as object, problems)
        : fail('messages', messages, 'the shipped messages', undefined),
    groups: empty(groups) ? [] : Array.isArray(groups) ? groups : fail('groups', groups, 'no groups', []),
    legend: empty(legend) ? 'auto' : legend === 'auto' || legend === 'off' ? legend : fail('legend', legend, '"auto"', 'auto'),
    src: empty(src) ? undefined : typeof src === 'string' ? src.trim() || undefined : fail('src', src, 'no src', undefined),
    filter: empty(filter) ? null : typeof filter === 'function' || (typeof filter === 'object' && !Array.isArray(filter)) ? (filter as FilterValue) : fail('filter', filter, 'no filter', null),
  };
  return { options, problems };
}

/** The properties `checkOptions` reads. */
const NAMES = ['layout', 'breakpoint', 'gaps', 'locale', 'timeZone', 'referenceDate', 'selected', 'label', 'messages', 'groups', 'legend', 'src', 'filter'] as const;

const checkedFor = memoByOwner((_owner: object, raw: RawOptions) => checkOptions(raw));

/**
 * `checkOptions` of the properties of `owner` (an element), the same result while they keep their
 * values: the element asks on every update, zoom frames included.
 */
export function checkOwnOptions(owner: RawOptions & object): { options: Options; problems: OptionProblem[] } {
  return checkedFor(owner, Object.fromEntries(NAMES.map((name) => [name, owner[name]])));
}

/** The console's sentence for a problem: the property, the value and the fallback. */
export function describeOption({ property, value, fallback }: OptionProblem): string {
  let shown: string;
  try {
    shown = typeof value === 'string' ? JSON.stringify(value.length > 60 ? `${value.slice(0, 60)}…` : value) : typeof value === 'function' ? 'a function' : String(value);
  } catch {
    shown = `a value of type ${typeof value}`;
  }
  return `dateline-timeline: ${property} ${shown} cannot be used; using ${fallback} instead.`;
}

/** A function that says each distinct warning once on the console (one per element). */
export function createWarner(): (message: string) => void {
  const said = new Set<string>();
  return (message) => {
    if (said.has(message)) return;
    said.add(message);
    console.warn(message);
  };
}
