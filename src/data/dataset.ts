/**
 * Data in: the assigned `events` validated, put in time order and measured, once per assignment.
 * Everything later in the pipeline (layout, keys, the list view) reads this value.
 */
import { padExtent } from '../core/scale.js';
import { computeSpans, type Spans } from '../core/spans.js';
import { validateEvents, type NormalisedEvent, type ValidationResult } from '../core/validate.js';
import type { TimelineProblem } from '../types.js';
import { computeEras, type NormalisedEra } from './eras.js';

/** The events of a data set by id. */
export interface EventsById {
  get(id: string): NormalisedEvent | undefined;
  has(id: string): boolean;
}

export interface Dataset {
  /** The valid events in time order, as columns (see `computeSpans`). */
  spans: Spans;
  /** The valid events by id; `posIn` gives each one's position in time order. */
  byId: EventsById;
  /**
   * The valid events in input order, which is the order their objects were made in: a pass over
   * every event's fields is several times faster in this order than in time order (at 100,000
   * events in random order, most reads in time order miss the processor's caches). A filtered data
   * set has the whole data's.
   */
  inputOrder: readonly NormalisedEvent[];
  /** The usable eras, in time order. */
  eras: NormalisedEra[];
  /** What was wrong with the entries (and eras, field `eras[i]`) that were left out. */
  problems: TimelineProblem[];
  /** The padded extent of all events and eras (floating ms); null when no event has a date. */
  extent: [number, number] | null;
  /**
   * Set on a filtered data set (`filterDataset`): the whole data, whose time axis it keeps, each
   * of its events' position in it, and each whole position's place among its events (-1: hidden).
   */
  whole?: { data: Dataset; indices: Int32Array; rank: Int32Array };
  /**
   * Set when this data set is the previous one's events with new ones after them in the input (a
   * feed appending to a copy): that data set, and the new events' positions in time order,
   * ascending. What is derived from all events can be derived from the earlier value and the new
   * events. Cleared when a newer data set grows from this one (only the last step is kept).
   */
  grown?: { from: Dataset; at: Int32Array };
}

/**
 * `item`'s position in `data`'s time order. An event's `pos` is its position in the whole data; a
 * filtered data set shares the event objects and ranks them among its own.
 */
export function posIn(data: Dataset, item: NormalisedEvent): number {
  return data.whole ? data.whole.rank[item.pos] : item.pos;
}

/**
 * The events to read for a value derived from all of `data`'s: its new ones, in time order, when
 * it grew from another data set (whose value is then the rest); else all of them, in input order
 * when it is not filtered (see `inputOrder`).
 */
export function readAnew(data: Dataset): readonly NormalisedEvent[] {
  const { grown, spans } = data;
  return grown ? Array.from(grown.at, (p) => spans.items[p]) : data.whole ? spans.items : data.inputOrder;
}

/**
 * Earlier data that new data may build on: its events by their objects, and the last input, its
 * validation and its data set. `computeDataset` records here what it read.
 */
export interface Previous {
  seen: WeakMap<object, NormalisedEvent>;
  /** The last input and its validation (an input that begins with the same entries reads only the rest). */
  read?: { input: readonly unknown[]; result: ValidationResult };
  /** The last data set read with `seen` (its events, kept in the new data, keep their order). */
  data?: Dataset;
}

/**
 * Validates `events` and `eras` and orders the valid ones in time. `checked` is a validation of
 * `events` (in `timeZone`) made already, when there is one. With `previous`, objects assigned
 * again are not read again, and when most events were in the previous data the few new ones are
 * merged into its time order rather than all sorted anew.
 */
export function computeDataset(events: unknown, timeZone?: string, eras?: unknown, checked?: ValidationResult, previous?: Previous): Dataset {
  const result = checked ?? validateEvents(events, { timeZone, seen: previous?.seen, previous: previous?.data && previous.read });
  const spans = computeSpans(result.events, checked ? undefined : previous?.data?.spans, result.kept);
  const e = computeEras(eras, timeZone);
  let extent = spans.extent;
  // Eras widen the extent, so each is seen whole; without events there is nothing to frame.
  for (const era of extent ? e.eras : []) extent = [Math.min(extent![0], era.min), Math.max(extent![1], era.max)];
  const data: Dataset = { spans, byId: result.byId, inputOrder: result.events, eras: e.eras, problems: [...result.problems, ...e.problems], extent: extent ? padExtent(extent) : null };
  if (result.kept && previous?.data) {
    data.grown = { from: previous.data, at: Int32Array.from(result.events.slice(result.kept), (e) => e.pos).sort() };
    previous.data.grown = undefined;
  }
  // A copy of the input: the page may change its own array in place and assign a copy of it.
  if (previous) Object.assign(previous, { data, read: Array.isArray(events) ? { input: events.slice(), result } : undefined });
  return data;
}

/** The console's account of left-out entries: how many, then one line per problem. */
export function describeProblems(problems: readonly TimelineProblem[]): string {
  const entries = new Set(problems.map((p) => p.index)).size;
  return `dateline-timeline: ${entries} event(s) left out:\n` + problems.map((p) => `- [${p.index}] ${p.message}`).join('\n');
}
