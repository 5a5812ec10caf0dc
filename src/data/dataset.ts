/**
 * Data in: the assigned `events` validated, put in time order and measured, once per assignment.
 * Everything later in the pipeline (layout, keys, the list view) reads this value.
 */
import { padExtent } from '../core/scale.js';
import { computeSpans, type Spans } from '../core/spans.js';
import { validateEvents, type NormalisedEvent } from '../core/validate.js';
import type { TimelineProblem } from '../types.js';

export interface Dataset {
  /** The valid events in time order, as columns (see `computeSpans`). */
  spans: Spans;
  /** The valid events by id; each knows its position in time order (`pos`). */
  byId: Map<string, NormalisedEvent>;
  /** What was wrong with the entries that were left out. */
  problems: TimelineProblem[];
  /** The padded extent of all data (floating ms); null when no event has a date. */
  extent: [number, number] | null;
}

/** Validates `events` and orders the valid ones in time. */
export function computeDataset(events: unknown, timeZone?: string): Dataset {
  const { events: valid, problems, byId } = validateEvents(events, { timeZone });
  const spans = computeSpans(valid);
  return { spans, byId, problems, extent: spans.extent ? padExtent(spans.extent) : null };
}

/** The console's account of left-out entries: how many, then one line per problem. */
export function describeProblems(problems: readonly TimelineProblem[]): string {
  const entries = new Set(problems.map((p) => p.index)).size;
  return `dateline-timeline: ${entries} event(s) left out:\n` + problems.map((p) => `- [${p.index}] ${p.message}`).join('\n');
}
