/**
 * Eras: the assigned `eras` validated and normalised, in time order. Unusable ones are left out
 * and reported like events, with the field `eras[i]`.
 */
import { describe, normaliseDate, joinDates, type NormalisedDate } from '../core/dates.js';
import type { TimelineEra, TimelineProblem } from '../types.js';

export interface NormalisedEra {
  /** Unique: the era's id, else its position. */
  key: string;
  label: string;
  date: NormalisedDate;
  /** Floating ms of its first and last instant. */
  min: number;
  max: number;
  /** Where its end date starts: eras that meet at a date (600–650, 650–700) touch, not overlap. */
  until: number;
  /** The colour asked for (checked by the element, which can ask the browser). */
  color?: string;
}

/** Validates `eras` (anything the user assigned) and puts the usable ones in time order. */
export function computeEras(eras: unknown, timeZone?: string): { eras: NormalisedEra[]; problems: TimelineProblem[] } {
  const problems: TimelineProblem[] = [];
  const valid: NormalisedEra[] = [];
  if (eras === undefined || eras === null) return { eras: valid, problems };
  if (!Array.isArray(eras)) return { eras: valid, problems: [{ index: -1, field: '(eras)', message: `eras must be an array, not ${describe(eras)}` }] };
  eras.forEach((era: Partial<TimelineEra> | null, index) => {
    const field = `eras[${index}]`;
    const report = (message: string) => problems.push({ index, field, message: `era ${index + 1}${typeof era?.label === 'string' && era.label ? ` ("${era.label}")` : ''}: ${message}` });
    if (typeof era !== 'object' || era === null) return report(`must be an object, not ${describe(era)}`);
    if (typeof era.label !== 'string') return report(`its label must be text, not ${describe(era.label)}`);
    const start = normaliseDate(era.start, timeZone);
    if (!start.ok) return report(`its start ${start.message}`);
    const end = normaliseDate(era.end, timeZone);
    if (!end.ok) return report(`its end ${end.message}`);
    const [from, to] = [start.date.start, end.date.end];
    if (!from || !to) return report('it needs a known start and end');
    if (to.max < from.min) return report(`its end '${end.date.text}' is before its start '${start.date.text}'`);
    const key = typeof era.id === 'string' && era.id ? era.id : `era-${index}`;
    valid.push({ key, label: era.label.trim(), date: joinDates(start.date, end.date, end.date.text), min: from.min, max: to.max, until: to.min, ...(typeof era.color === 'string' && { color: era.color }) });
  });
  return { eras: valid.sort((a, b) => a.min - b.min || b.max - a.max), problems };
}
