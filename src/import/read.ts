/**
 * A loaded body to Dateline's data, whatever its form: Dateline JSON (an array of events, or
 * `{ events, groups?, eras?, title? }`), TimelineJS3 JSON or CSV. The format is recognised from the
 * content, never from a file name or a content type, which servers often get wrong.
 */
import type { DataFormat, ImportedData, TimelineEra, TimelineEvent, TimelineGroup } from '../types.js';
import { readCSV } from './csv.js';
import { convertTimelineJS, isObject, type Check } from './timelinejs.js';

export type ReadResult = { ok: true; format: DataFormat; data: ImportedData } | { ok: false; message: string };

/** TimelineJS slides carry dates as objects (`start_date`) and their words in `text`. */
const isSlide = (v: unknown) => isObject(v) && (isObject(v.start_date) || isObject(v.text));

/** Reads JSON already parsed (inline data, or a loaded body). */
export function readJSON(json: unknown, check: Check): ReadResult {
  if (Array.isArray(json)) return { ok: true, format: 'dateline', data: { events: json as TimelineEvent[], groups: [], eras: [], problems: [] } };
  if (!isObject(json) || !Array.isArray(json.events)) {
    return { ok: false, message: 'the JSON is neither an array of events nor an object with an "events" array' };
  }
  if (json.events.some(isSlide) || isSlide(json.title)) return { ok: true, format: 'timelinejs', data: convertTimelineJS(json, check) };
  const list = <T>(v: unknown) => (Array.isArray(v) ? (v as T[]) : []);
  const title = typeof json.title === 'string' && json.title.trim() ? { headline: json.title.trim() } : undefined;
  const data: ImportedData = { events: json.events as TimelineEvent[], groups: list<TimelineGroup>(json.groups), eras: list<TimelineEra>(json.eras), problems: [] };
  return { ok: true, format: 'dateline', data: title ? { ...data, title } : data };
}

/** Reads a body of text: JSON when it looks like JSON, else CSV with one of the known headers. */
export function readBody(body: string, check: Check): ReadResult {
  const text = body.replace(/^\uFEFF/, '');
  const first = text.trimStart()[0];
  if (first === '{' || first === '[') {
    try {
      return readJSON(JSON.parse(text), check);
    } catch (e) {
      return { ok: false, message: `the JSON cannot be read (${(e as Error).message})` };
    }
  }
  if (first === '<') return { ok: false, message: 'the response is a web page (HTML), not JSON or CSV' };
  if (!text.trim()) return { ok: false, message: 'the response is empty' };
  const data = readCSV(text, check);
  const columns = data.problems.find((p) => p.field === '(columns)');
  return columns ? { ok: false, message: columns.message } : { ok: true, format: 'csv', data };
}
