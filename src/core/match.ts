/**
 * Which events match a filter: text ignoring case and accents in the timeline's language, and
 * sets of lanes, tags and certainties (any of a set, all sets at once), or a predicate. Each
 * event's text is folded once per data set and language, not once per keystroke.
 */
import { memoByOwner } from './memo.js';
import type { NormalisedEvent } from './validate.js';
import type { Certainty, TimelineEvent } from '../types.js';

/** A filter of the events: each part given must match; within a part, any value may. */
export interface TimelineFilter {
  /** Words to find in the title, description, source name and original date phrase. */
  text?: string;
  /** Lanes (group ids) to show; `''` is the events without a group. */
  groups?: string[];
  tags?: string[];
  certainty?: Certainty[];
}

export type FilterValue = TimelineFilter | ((event: TimelineEvent) => boolean) | null | undefined;

/**
 * `text` folded for matching: lower case in `locale`, without accents and other marks (é → e,
 * й → и, Arabic short vowels), without Arabic tatweel, with runs of white space as one space.
 * Hangul is matched by its letters, so a syllable being typed matches.
 */
export function fold(text: string, locale?: string): string {
  let lower: string;
  try {
    lower = text.toLocaleLowerCase(locale);
  } catch {
    lower = text.toLowerCase();
  }
  return lower.normalize('NFD').replace(/[\p{M}\u0640]/gu, '').replace(/\s+/g, ' ');
}

/** Each event's folded text, per language: a data set that reuses event objects folds only its new ones. */
const folded = new Map<string | undefined, WeakMap<NormalisedEvent, string>>();

/** Every event's searchable text, folded, by position in time order. */
export const foldedTexts = memoByOwner((items: readonly NormalisedEvent[], locale: string | undefined): string[] => {
  let cache = folded.get(locale);
  if (!cache) folded.set(locale, (cache = new WeakMap()));
  return items.map((it) => {
    let text = cache.get(it);
    if (text === undefined) {
      const e = it.event;
      cache.set(it, (text = fold([e.title, e.description, e.source?.name, e.displayDate].filter((t) => typeof t === 'string').join('\n'), locale)));
    }
    return text;
  });
});

/** Whether `filter` leaves any event out: null, undefined and an object with nothing set do not. */
export function isActive(filter: FilterValue): boolean {
  if (typeof filter === 'function') return true;
  if (!filter || typeof filter !== 'object') return false;
  return (typeof filter.text === 'string' && filter.text.trim() !== '') || [filter.groups, filter.tags, filter.certainty].some((set) => Array.isArray(set) && set.length > 0);
}

/** The words of a filter's text, folded. */
const wordsOf = (f: TimelineFilter, locale: string | undefined): string[] => (typeof f.text === 'string' ? fold(f.text, locale).trim().split(' ').filter(Boolean) : []);

/** Whether two of a filter's sets hold the same values (unset and empty are the same). */
function sameSet(a: unknown, b: unknown): boolean {
  const [x, y] = [Array.isArray(a) ? new Set(a) : new Set(), Array.isArray(b) ? new Set(b) : new Set()];
  return x.size === y.size && [...x].every((v) => y.has(v));
}

/**
 * Whether every event `next` matches also matches `previous`: the same sets, and each of
 * `previous`'s words within one of `next`'s (a word typed on, a word added). Then only
 * `previous`'s matches need a test.
 */
export function narrows(next: FilterValue, previous: FilterValue, locale: string | undefined): boolean {
  if (!next || !previous || typeof next !== 'object' || typeof previous !== 'object') return false;
  if (!sameSet(next.groups, previous.groups) || !sameSet(next.tags, previous.tags) || !sameSet(next.certainty, previous.certainty)) return false;
  const words = wordsOf(next, locale);
  return wordsOf(previous, locale).every((w) => words.some((v) => v.includes(w)));
}

/**
 * A copy of a filter's values, safe from later changes to the page's object in place (a predicate
 * as it is), to compare later filters with.
 */
export function snapshot(filter: FilterValue): FilterValue {
  if (!filter || typeof filter !== 'object') return filter;
  const copy = (set: unknown) => (Array.isArray(set) ? [...set] : undefined);
  return { text: filter.text, groups: copy(filter.groups), tags: copy(filter.tags), certainty: copy(filter.certainty) };
}

/**
 * Which of `items` match `filter`: 1 where one does. Null when the filter leaves nothing out. A
 * predicate that throws for an event leaves that event out. With `narrowed` (the matches of a
 * filter this one narrows, see `narrows`), only those are tested, and only for the words they
 * are not already known to hold (a word within one of the earlier words is).
 */
export function matchItems(items: readonly NormalisedEvent[], filter: FilterValue, locale: string | undefined, narrowed?: { keep: Uint8Array; filter: FilterValue } | null): Uint8Array | null {
  if (!isActive(filter)) return null;
  const keep = new Uint8Array(items.length);
  if (typeof filter === 'function') {
    items.forEach((it, i) => {
      try {
        keep[i] = filter(it.event) ? 1 : 0;
      } catch {
        keep[i] = 0;
      }
    });
    return keep;
  }
  const f = filter as TimelineFilter;
  const within = narrowed?.keep;
  const known = narrowed ? wordsOf(narrowed.filter as TimelineFilter, locale) : [];
  const words = wordsOf(f, locale).filter((w) => !known.some((k) => k.includes(w)));
  const texts = words.length ? foldedTexts(items, locale) : [];
  // A narrowed filter has the same sets as the earlier one: its matches are in them already.
  const set = <T>(values: T[] | undefined) => (!narrowed && Array.isArray(values) && values.length ? new Set(values) : null);
  const [groups, tags, certainty] = [set(f.groups), set(f.tags), set(f.certainty)];
  // Plain loops: this runs for every event at every change of the filter.
  outer: for (let i = 0; i < items.length; i++) {
    if (within && !within[i]) continue;
    const it = items[i];
    if (groups && !groups.has(it.group)) continue;
    if (certainty && !certainty.has(it.certainty)) continue;
    if (tags && !(Array.isArray(it.event.tags) && it.event.tags.some((t) => tags.has(t)))) continue;
    const text = texts[i];
    for (let w = 0; w < words.length; w++) if (!text.includes(words[w])) continue outer;
    keep[i] = 1;
  }
  return keep;
}
