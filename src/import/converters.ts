/**
 * The file converters as the package exports them: pure, for build-time conversion, each giving
 * `{ events, groups, eras, title?, problems }` with problems reported as `validateEvents` reports
 * them (and the events it refuses left out).
 */
import { validateEvents } from '../core/validate.js';
import type { ImportedData } from '../types.js';
import { readCSV } from './csv.js';
import { convertTimelineJS } from './timelinejs.js';

/** TimelineJS3 JSON (an object with `events`, and `title` and `eras` if it has them) as Dateline's data. */
export function fromTimelineJS(json: unknown): ImportedData {
  return convertTimelineJS(json, validateEvents);
}

/** CSV with the TimelineJS3 spreadsheet's columns or Dateline's own, as Dateline's data. */
export function parseCSV(text: string): ImportedData {
  return readCSV(text, validateEvents);
}
