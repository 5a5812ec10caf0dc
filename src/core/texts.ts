/**
 * The words said about events: dates as the data states them, a cluster's date range and each
 * event's accessible name, in one language. One `Texts` per format (locale, zone and messages):
 * when any of them changes the element gets a new format and so new texts, and nothing said in the
 * old language is reused.
 */
import { normaliseDate, type DatePoint, type NormalisedDate } from './dates.js';
import { formatDate, formatPoint, formatWindow, type FormatOptions } from './format.js';
import { messagesFor } from './locales.js';
import { en, type DatelineMessages } from './messages.js';
import { memo, memoByOwner } from './memo.js';
import type { NormalisedEvent } from './validate.js';

/** Cuts very long text for names and tooltips; the details panel shows it whole. */
export const clip = (text: string, max = 500) => (text.length > max ? `${text.slice(0, max)}…` : text);

/**
 * The format of one language, zone and set of message overrides (`shipped`, the messages of the
 * locale's language as loaded so far, with `overrides` on top); the same object for the same
 * inputs, per owner.
 */
export const formatOf = memoByOwner(
  (
    _owner: object,
    locale: string | undefined,
    timeZone: string | undefined,
    overrides: Partial<DatelineMessages> | undefined,
    shipped: DatelineMessages = messagesFor(locale),
  ): FormatOptions => ({
    locale,
    timeZone,
    messages: { ...shipped, ...(overrides ?? {}) },
  }),
);

export interface Texts {
  readonly format: FormatOptions;
  readonly messages: DatelineMessages;
  /** A count in the format's locale: "10,000". */
  count(n: number): string;
  /** An event's date as the data states it. */
  when(item: NormalisedEvent): string;
  /** The date followed by the original phrase: `3 October 2024 (“on Thursday”)`. */
  whenSaid(item: NormalisedEvent): string;
  /** A date or period not of an event (an era's). */
  period(date: NormalisedDate): string;
  /** A cluster's date range, from its earliest member's start to its latest member's end. */
  range(earliest: NormalisedEvent, latest: NormalisedEvent): string;
  /** An event's accessible name: title, date, lane (when it has one) and who claims it. */
  name(item: NormalisedEvent, lane?: { key: string; label: string }): string;
  /** The announcement of a visible window: "Showing 1 – 31 October 2024". */
  showing(view: readonly [number, number]): string;
  /** The reference marker of an EDTF date: its time and its label ("Published 18 October 2024"); undefined for a bad date. */
  reference(date: string | Date | undefined): { value: number; label: string } | undefined;
}

const made = new WeakMap<FormatOptions, Texts>();

/** The texts of one format, made once per format object and cached per event. */
export function textsFor(format: FormatOptions): Texts {
  return memo(made, format, () => createTexts(format));
}

function createTexts(format: FormatOptions): Texts {
  const m = format.messages ?? en;
  const numbers = new Intl.NumberFormat(format.locale);
  const whens = new WeakMap<NormalisedEvent, string>();
  const periods = new WeakMap<NormalisedDate, string>();
  const points = new WeakMap<DatePoint, string>();
  // Per lane name said (frames make new lane objects; the name is what the text depends on).
  const names = new Map<string, WeakMap<NormalisedEvent, string>>();
  let reference: [unknown, ReturnType<Texts['reference']>] | undefined;
  const when = (item: NormalisedEvent) => memo(whens, item, () => formatDate(item.date, format));
  const whenSaid = (item: NormalisedEvent) => `${when(item)}${item.event.displayDate ? ` (“${item.event.displayDate}”)` : ''}`;
  // Membership changes with every zoom step, so the two ends are formatted (and cached) on their
  // own rather than as one Intl range, which costs far more.
  const say = (p: DatePoint) => memo(points, p, () => formatPoint(p, format));
  return {
    format,
    messages: m,
    count: (n) => numbers.format(n),
    when,
    whenSaid,
    period: (date) => memo(periods, date, () => formatDate(date, format)),
    range(earliest, latest) {
      const first = earliest.date.start ? say(earliest.date.start) : '…';
      const last = latest.date.end;
      if (!last) return latest.date.openEnd === 'open' ? m.ongoing(first) : m.unknownEnd(first);
      const b = say(last);
      return first === b ? first : `${first} – ${b}`;
    },
    name(item, lane) {
      const said = lane?.key ? lane.label : '';
      let cache = names.get(said);
      if (!cache) names.set(said, (cache = new WeakMap()));
      return memo(cache, item, () => {
        const e = item.event;
        // The visible text (title, then date) leads the name, so speech matches what is seen.
        const parts = [clip(e.title), whenSaid(item)];
        if (said) parts.push(said);
        parts.push(m.claim(item.certainty, e.source?.name || undefined));
        return parts.filter(Boolean).join(', ');
      });
    },
    showing: ([start, end]) => m.showing(formatWindow(start, end, format)),
    reference(date) {
      // Asked on every update, zoom frames included: the last answer is kept.
      if (!reference || reference[0] !== date) {
        const parsed = date ? normaliseDate(date, format.timeZone) : null;
        const point = parsed?.ok ? parsed.date.start : null;
        reference = [date, point ? { value: point.min, label: m.reference(formatPoint(point, format)) } : undefined];
      }
      return reference[1];
    },
  };
}
