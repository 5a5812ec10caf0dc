/**
 * The boundary: whatever the user assigns to `events` becomes valid, normalised items plus a list
 * of problems. Nothing here throws unless `strict` asks it to.
 */
import { CERTAINTIES, type Certainty, type TimelineEvent, type TimelineProblem } from '../types.js';
import { describe, joinDates, normaliseDate, type DateResult, type NormalisedDate } from './dates.js';

/** An event that passed validation, with its date normalised. */
export interface NormalisedEvent {
  /** Position in the array the user assigned. */
  index: number;
  id: string;
  /** The user's own object, passed back untouched in events. */
  event: TimelineEvent;
  date: NormalisedDate;
  /** Earliest floating ms covered; -Infinity for an open start. */
  min: number;
  /** Latest floating ms covered; Infinity while ongoing (open end); the start's end for an unknown end. */
  max: number;
  certainty: Certainty;
  /** The lane key; '' for events without a group. */
  group: string;
  /** Position in time order, for whoever sorts the events (the element sets it); -1 until then. */
  pos: number;
}

export interface ValidationResult {
  events: NormalisedEvent[];
  problems: TimelineProblem[];
  /** The valid events by id. */
  byId: Map<string, NormalisedEvent>;
  /** How many of `events`, from the first, are `ValidateOptions.previous`'s, taken as they were. */
  kept?: number;
}

export interface ValidateOptions {
  /** IANA zone instants are shown in; defaults to the browser's. */
  timeZone?: string;
  /** Throw a `TypeError` listing every problem instead of returning them (for build-time checks). */
  strict?: boolean;
  /**
   * Valid events of earlier calls (in the same zone), by their objects: an object found here is
   * taken as it was read then (only its place and the uniqueness of its id are checked). An object
   * changed in place is therefore not seen; whoever changes one in place reads with a new map.
   */
  seen?: WeakMap<object, NormalisedEvent>;
  /**
   * The last call's input and result, when `input` may begin with that input's very entries (a
   * feed appending to a copy): those are taken as they were, result and problems, without a look
   * at each one, and only the entries after them are read. The previous result's `byId` is
   * extended in place and handed on (that result is superseded).
   */
  previous?: { input: readonly unknown[]; result: ValidationResult };
}

/** How many first entries of `input` are `before`'s very entries, when all of them are; else 0. */
function keptPrefix(input: readonly unknown[], before: readonly unknown[]): number {
  if (before.length > input.length) return 0;
  for (let i = 0; i < before.length; i++) if (input[i] !== before[i]) return 0;
  return before.length;
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Returns a message if `value` is not a string of text, else null. */
function textProblem(value: unknown, required: boolean): string | null {
  if (value === undefined && !required) return null;
  if (typeof value !== 'string') return `must be text, not ${describe(value)}`;
  if (required && !value.trim()) return 'must not be empty';
  return null;
}

/**
 * Validates and normalises an events array. Invalid entries are left out and reported with their
 * index, id, field and a sentence; everything valid is returned in input order.
 */
export function validateEvents(input: unknown, options: ValidateOptions = {}): ValidationResult {
  const previous = options.previous;
  const kept = previous && Array.isArray(input) && !options.strict ? keptPrefix(input, previous.input) : 0;
  const events: NormalisedEvent[] = kept ? previous!.result.events.slice() : [];
  const problems: TimelineProblem[] = kept ? previous!.result.problems.slice() : [];
  const seen = kept ? previous!.result.byId : new Map<string, NormalisedEvent>();
  if (input === undefined || input === null) return { events, problems, byId: seen };
  if (!Array.isArray(input)) {
    problems.push({ index: -1, field: '(events)', message: `events must be an array, not ${describe(input)}` });
  } else {
    // Large data repeats its dates (100,000 events over 25 years use some 9,000 days): each text is
    // read once. Normalised dates are never changed afterwards, so events can share them.
    const dates = new Map<string, DateResult>();
    const read = (value: unknown) => {
      if (typeof value !== 'string') return normaliseDate(value, options.timeZone);
      let result = dates.get(value);
      if (!result) dates.set(value, (result = normaliseDate(value, options.timeZone)));
      return result;
    };
    let index = kept;
    const report = (field: string, message: string, id?: string) => problems.push({ index, id, field, message });
    for (; index < input.length; index++) {
      const entry: unknown = input[index];
      if (!isObject(entry)) {
        report('(entry)', `entry ${index} must be an object, not ${describe(entry)}`);
        continue;
      }
      const known = options.seen?.get(entry);
      if (known) {
        if (seen.has(known.id)) {
          report('id', `id '${known.id}' is used by an earlier event; ids must be unique`, known.id);
          continue;
        }
        known.index = index;
        events.push(known);
        seen.set(known.id, known);
        continue;
      }
      const rawId = entry.id;
      const id = typeof rawId === 'string' && rawId ? rawId : typeof rawId === 'number' && Number.isFinite(rawId) ? String(rawId) : undefined;
      const before = problems.length;
      if (id === undefined) report('id', `id must be non-empty text, not ${describe(rawId)}`);
      else if (seen.has(id)) report('id', `id '${id}' is used by an earlier event; ids must be unique`, id);
      const titleProblem = textProblem(entry.title, true);
      if (titleProblem) report('title', `title ${titleProblem}`, id);
      // Named reads, not a loop over field names: this runs for every event.
      const { description, group, displayDate } = entry;
      if (description !== undefined && typeof description !== 'string') report('description', `description ${textProblem(description, false)}`, id);
      if (group !== undefined && typeof group !== 'string') report('group', `group ${textProblem(group, false)}`, id);
      if (displayDate !== undefined && typeof displayDate !== 'string') report('displayDate', `displayDate ${textProblem(displayDate, false)}`, id);
      const certainty = entry.certainty ?? 'confirmed';
      if (certainty !== 'confirmed' && !CERTAINTIES.includes(certainty as Certainty)) {
        report('certainty', `certainty must be one of ${CERTAINTIES.join(', ')}, not ${describe(certainty)}`, id);
      }
      const source = entry.source;
      if (source !== undefined && !(isObject(source) && typeof source.name === 'string' && (source.url === undefined || typeof source.url === 'string'))) {
        report('source', 'source must be an object with a text name and an optional text url', id);
      }
      const media = entry.media;
      if (media !== undefined && !(isObject(media) && typeof media.url === 'string' && ['alt', 'caption', 'credit', 'thumbnail'].every((k) => media[k] === undefined || typeof media[k] === 'string'))) {
        report('media', 'media must be an object with a text url and optional text alt, caption, credit and thumbnail', id);
      }
      if (entry.tags !== undefined && !(Array.isArray(entry.tags) && entry.tags.every((t) => typeof t === 'string'))) {
        report('tags', 'tags must be an array of text', id);
      }
      const start = read(entry.start);
      if (!start.ok) report('start', `start ${start.message}`, id);
      let end: NormalisedDate | null = null;
      if (entry.end !== undefined && entry.end !== null) {
        if (entry.end === '..') {
          end = { start: null, end: null, openEnd: 'open', text: '..' };
        } else {
          const r = read(entry.end);
          if (!r.ok) report('end', `end ${r.message}`, id);
          else end = r.date;
        }
        if (end && start.ok && start.date.end !== start.date.start) {
          report('end', `end is given but start '${start.date.text}' is already an interval; leave one out`, id);
        }
      }
      if (start.ok && end?.end && start.date.start && end.end.max < start.date.start.min) {
        report('end', `end '${end.text}' is before start '${start.date.text}'`, id);
      }
      if (problems.length > before || !start.ok || id === undefined) continue;
      const date = joinDates(start.date, end, end?.text ?? '');
      const valid: NormalisedEvent = {
        index,
        id,
        event: entry as unknown as TimelineEvent,
        date,
        min: date.start?.min ?? -Infinity,
        // An open end ('..') runs on to now and beyond; an unknown end is drawn from the start alone.
        max: date.end?.max ?? (date.openEnd === 'unknown' ? (date.start?.max ?? Infinity) : Infinity),
        certainty: certainty as Certainty,
        group: typeof group === 'string' ? group : '',
        pos: -1,
      };
      events.push(valid);
      seen.set(id, valid);
      options.seen?.set(entry, valid);
    }
  }
  if (options.strict && problems.length) {
    throw new TypeError(`Dateline: ${problems.length} invalid event(s):\n` + problems.map((p) => `- [${p.index}] ${p.message}`).join('\n'));
  }
  return { events, problems, byId: seen, kept: kept && previous!.result.events.length };
}

/** True for `http:` and `https:` URLs, the only ones Dateline links. */
export function isSafeUrl(url: unknown): url is string {
  if (typeof url !== 'string') return false;
  try {
    const u = new URL(url);
    return u.protocol === 'http:' || u.protocol === 'https:';
  } catch {
    return false;
  }
}
