/**
 * CSV to Dateline's data. Two sets of columns are read, matched by header name in any order and
 * any case: the TimelineJS3 spreadsheet's (each row becomes a TimelineJS slide, read by the same
 * code as TimelineJS JSON) and Dateline's own. Parsing is d3-dsv's (quoted fields, embedded
 * commas and newlines, CRLF); a byte order mark is dropped. Pure: no DOM.
 */
import { csvParseRows } from 'd3-dsv';
import type { ImportedData, TimelineEvent, TimelineProblem } from '../types.js';
import { convertTimelineJS, groupsOf, slugOf, uniqueIds, type Check } from './timelinejs.js';

/** The TimelineJS3 template's columns (`Tag` is another name for `Group`). */
export const TIMELINEJS_COLUMNS = [
  'Year', 'Month', 'Day', 'Time', 'End Year', 'End Month', 'End Day', 'End Time', 'Display Date', 'Headline', 'Text',
  'Media', 'Media Credit', 'Media Caption', 'Media Thumbnail', 'Alt Text', 'Type', 'Group', 'Background',
] as const;
/** Dateline's own columns; `tags` are separated by `;`. */
export const DATELINE_COLUMNS = [
  'id', 'start', 'end', 'title', 'description', 'group', 'tags', 'certainty', 'source', 'source_url', 'display_date',
  'media', 'media_alt', 'media_caption', 'media_credit',
] as const;

const key = (header: string) => header.trim().toLowerCase().replace(/[\s_]+/g, ' ');

/**
 * The sheet's rows, each reading its cells by column name (in any case), with the rows that are all
 * empty left out. A column's place is looked up once per name, not per cell: 100,000 rows of 15
 * columns are 1.5 million reads.
 */
function readRows(text: string): { header: string[]; names: string[]; rows: { index: number; get: (column: string) => string }[] } {
  const [head = [], ...body] = csvParseRows(text.replace(/^\uFEFF/, ''));
  const header = head.map(key);
  const at = new Map(header.map((h, i) => [h, i]));
  if (!at.has('group') && at.has('tag')) at.set('group', at.get('tag')!);
  const places = new Map<string, number>();
  const place = (column: string) => {
    let i = places.get(column);
    if (i === undefined) places.set(column, (i = at.get(key(column)) ?? -1));
    return i;
  };
  const rows = [];
  for (let index = 0; index < body.length; index++) {
    const cells = body[index];
    if (cells.some((c) => c.trim())) rows.push({ index, get: (column: string) => (cells[place(column)] ?? '').trim() });
  }
  return { header, names: head, rows };
}

/**
 * A TimelineJS `Time` cell as hour, minute and second: `h:mm[:ss]` with an optional am/pm, or
 * `hhmm`. Null when it is neither.
 */
export function parseTime(cell: string): { hour: number; minute: number; second?: number } | null {
  const m = /^(\d{1,2})(?::?(\d{2}))(?::(\d{2}))?\s*([ap])?\.?\s*m?\.?$/i.exec(cell.trim());
  if (!m) return null;
  let hour = Number(m[1]);
  const [minute, second] = [Number(m[2]), m[3] === undefined ? undefined : Number(m[3])];
  const half = m[4]?.toLowerCase();
  if (half && (hour < 1 || hour > 12)) return null;
  if (half) hour = (hour % 12) + (half === 'p' ? 12 : 0);
  if (hour > 23 || minute > 59 || (second ?? 0) > 59) return null;
  return second === undefined ? { hour, minute } : { hour, minute, second };
}

/**
 * Reads a CSV of either set of columns. A sheet with neither gets one problem (field `(columns)`)
 * that names the columns expected.
 */
export function readCSV(text: string, check: Check): ImportedData {
  const { header, names, rows } = readRows(String(text ?? ''));
  const has = (...columns: string[]) => columns.every((c) => header.includes(key(c)));
  if (has('Year', 'Headline')) return timelineSheet(rows, check);
  if (has('start', 'title')) return datelineSheet(rows, check);
  // The first row as written, without control characters (a binary file has plenty).
  const first = names.map((n) => n.replace(/[\p{Cc}\p{Cf}]/gu, '').trim()).filter(Boolean);
  const found = first.length ? `its first row is: ${first.join(', ').slice(0, 200)}` : 'it has no header row';
  const message = `this CSV has neither TimelineJS's columns (at least Year and Headline; also ${TIMELINEJS_COLUMNS.filter((c) => c !== 'Year' && c !== 'Headline').join(', ')}) nor Dateline's (at least start and title; also ${DATELINE_COLUMNS.filter((c) => c !== 'start' && c !== 'title').join(', ')}); ${found}`;
  return { events: [], groups: [], eras: [], problems: [{ index: -1, field: '(columns)', message }] };
}

type Row = ReturnType<typeof readRows>['rows'][number];
/** A spreadsheet's name for a data row: the header is row 1. */
const rowName = (row: Row) => `row ${row.index + 2}`;

function timelineSheet(rows: Row[], check: Check): ImportedData {
  const problems: TimelineProblem[] = [];
  const slides: unknown[] = [];
  const eras: unknown[] = [];
  const slideRows: Row[] = [];
  const eraRows: Row[] = [];
  let title: unknown;
  for (const row of rows) {
    const date = (prefix: string) => {
      const parts: Record<string, unknown> = { year: row.get(`${prefix}Year`), month: row.get(`${prefix}Month`), day: row.get(`${prefix}Day`) };
      const time = row.get(`${prefix}Time`);
      if (time) {
        const t = parseTime(time);
        if (!t) return `${rowName(row)}: "${time}" in ${prefix}Time is not a time (write h:mm, h:mm:ss, with am or pm if you like, or hhmm)`;
        Object.assign(parts, t);
      }
      return parts;
    };
    const [start, end] = [date(''), row.get('End Year') ? date('End ') : undefined];
    const bad = [start, end].find((d) => typeof d === 'string');
    if (bad) {
      problems.push({ index: row.index, field: 'Time', message: bad as string });
      continue;
    }
    const media = row.get('Media') && {
      url: row.get('Media'), credit: row.get('Media Credit'), caption: row.get('Media Caption'), thumbnail: row.get('Media Thumbnail'), alt: row.get('Alt Text'),
    };
    const slide = {
      start_date: start, ...(end && { end_date: end }), display_date: row.get('Display Date') || undefined,
      text: { headline: row.get('Headline'), text: row.get('Text') }, media, group: row.get('Group') || undefined,
    };
    const type = row.get('Type').toLowerCase();
    if (type === 'title') title = slide;
    else {
      const [list, origin] = type === 'era' ? [eras, eraRows] : [slides, slideRows];
      list.push(slide);
      origin.push(row);
    }
  }
  const converted = convertTimelineJS({ title, events: slides, eras }, check, (i) => rowName(slideRows[i]), (i) => rowName(eraRows[i]));
  for (const p of converted.problems) {
    const era = p.field.startsWith('eras[');
    problems.push({ ...p, index: (era ? eraRows : slideRows)[p.index]?.index ?? p.index });
  }
  return { ...converted, problems: problems.sort((a, b) => a.index - b.index) };
}

function datelineSheet(rows: Row[], check: Check): ImportedData {
  const ids = uniqueIds();
  for (const row of rows) if (row.get('id')) ids(row.get('id'));
  const events = rows.map((row): TimelineEvent => {
    const cell = (column: string) => row.get(column) || undefined;
    const title = row.get('title');
    const event: TimelineEvent = { id: cell('id') ?? ids(slugOf(title)), start: row.get('start'), title };
    // Only the fields the row has, assigned one by one: this runs for every row.
    const [end, description, group, tags, certainty, source, url, display, media] = ['end', 'description', 'group', 'tags', 'certainty', 'source', 'source_url', 'display_date', 'media'].map(cell);
    if (end) event.end = end;
    if (description) event.description = description.replace(/\r\n?/g, '\n');
    if (group) event.group = group;
    if (tags) event.tags = tags.split(';').map((t) => t.trim()).filter(Boolean);
    if (certainty) event.certainty = certainty as TimelineEvent['certainty'];
    if (source || url) event.source = url ? { name: source ?? url, url } : { name: source! };
    if (display) event.displayDate = display;
    if (media) event.media = { url: media, ...strip({ alt: cell('media_alt'), caption: cell('media_caption'), credit: cell('media_credit') }) };
    return event;
  });
  const checked = check(events);
  const problems = checked.problems.map((p) => ({ ...p, index: rows[p.index].index, message: `${rowName(rows[p.index])}: ${p.message}` }));
  const valid = checked.events.map((e) => e.event);
  return { events: valid, groups: groupsOf(valid), eras: [], problems };
}

/** `object` without its undefined fields. */
function strip<T extends object>(object: T): Partial<T> {
  return Object.fromEntries(Object.entries(object).filter(([, v]) => v !== undefined)) as Partial<T>;
}
