/**
 * TimelineJS3 JSON to Dateline's data, read the way TimelineJS reads it: dates at the precision
 * given (numbers may be strings), year -500 as 500 BCE, headlines and texts as HTML made plain
 * text, `unique_id` or else a slug of the headline as the id, `group` as the lane, the title slide
 * and the eras. Pure: no DOM.
 *
 * The converters take the validation of events as a parameter (`Check`), so that the bundle can load
 * them on first use without a second copy of the validation; `converters.ts` gives them
 * `validateEvents`.
 */
import type { ValidationResult } from '../core/validate.js';
import type { ImportedData, TimelineEra, TimelineEvent, TimelineMedia, TimelineProblem } from '../types.js';
import { htmlToLine, htmlToText } from './html-text.js';

type Json = Record<string, unknown>;
export const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);
const text = (v: unknown): string | undefined => (typeof v === 'string' ? v : typeof v === 'number' && Number.isFinite(v) ? String(v) : undefined);

/** The parts of a TimelineJS date, in order, with their EDTF separators, ranges and widths. */
const PARTS = [
  ['month', '-', 1, 12, 2],
  ['day', '-', 1, 31, 2],
  ['hour', 'T', 0, 23, 2],
  ['minute', ':', 0, 59, 2],
  ['second', ':', 0, 59, 2],
  ['millisecond', '.', 0, 999, 3],
] as const;

/**
 * A TimelineJS date object as EDTF at the precision it gives, or a sentence saying what is wrong.
 * TimelineJS counts years as people do (-500 is 500 BCE); EDTF counts a year 0, so BCE years move
 * by one. Years beyond four digits take EDTF's `Y` form.
 */
export function timelineDate(value: unknown): string | { problem: string } {
  if (!isObject(value)) return { problem: 'is missing' };
  const yearText = text(value.year)?.trim();
  if (!yearText) return { problem: 'has no year' };
  if (!/^[-+]?\d+$/.test(yearText)) return { problem: `has the year ${JSON.stringify(yearText)}, which is not a whole number` };
  const given = Number(yearText);
  const year = given < 0 ? given + 1 : given;
  const digits = String(Math.abs(year));
  let edtf = digits.length > 4 ? `Y${year}` : `${year < 0 ? '-' : ''}${digits.padStart(4, '0')}`;
  if (digits.length > 4) return edtf;
  for (const [name, sep, min, max, width] of PARTS) {
    const raw = text(value[name])?.trim();
    if (!raw) break;
    const n = Number(raw);
    if (!Number.isInteger(n) || n < min || n > max) return { problem: `has the ${name} ${JSON.stringify(raw)}, which is not between ${min} and ${max}` };
    // A time needs a day; minutes go with an hour.
    edtf += `${sep}${String(n).padStart(width, '0')}`;
    if (name === 'hour' && !text(value.minute)?.trim()) edtf += ':00';
  }
  return edtf;
}

/** A TimelineJS media object as Dateline's, with its caption and credit made plain text. */
export function timelineMedia(value: unknown): TimelineMedia | undefined {
  if (!isObject(value)) return undefined;
  const url = text(value.url)?.trim();
  // TimelineJS also takes markup as media (a blockquote, an iframe): that is not a link.
  if (!url || url.startsWith('<')) return undefined;
  const plain = (v: unknown) => {
    const t = text(v);
    return t ? htmlToText(t) || undefined : undefined;
  };
  const media: TimelineMedia = { url };
  const fields = { alt: plain(value.alt), caption: plain(value.caption), credit: plain(value.credit), thumbnail: text(value.thumbnail)?.trim() || undefined };
  for (const [k, v] of Object.entries(fields)) if (v) (media as unknown as Json)[k] = v;
  return media;
}

/** The lanes `events` name, in order of first appearance (a file gives no other order). */
export function groupsOf(events: readonly TimelineEvent[]): { id: string }[] {
  return [...new Set(events.map((e) => e.group).filter((g): g is string => !!g))].map((id) => ({ id }));
}

/** A slug of `title` for ids: lower case, letters and digits of any script joined by hyphens. */
export function slugOf(title: string): string {
  const slug = title
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '');
  return slug || 'event';
}

/** Gives each id once: a taken one gets `-2`, `-3`… */
export function uniqueIds(): (id: string) => string {
  const taken = new Set<string>();
  return (id) => {
    let unique = id;
    for (let n = 2; taken.has(unique); n++) unique = `${id}-${n}`;
    taken.add(unique);
    return unique;
  };
}

/** Validation of events, as `validateEvents` does it. */
export type Check = (events: TimelineEvent[]) => Pick<ValidationResult, 'events' | 'problems'>;

/**
 * Slides as events, eras as eras: each unusable slide or era is a problem with its index (eras are
 * reported under `eras[i]`), and the events that `check` then refuses are reported with their
 * slide's index. Entries are named in messages as the source calls them: slides, or a sheet's rows.
 */
export function convertTimelineJS(
  json: unknown,
  check: Check,
  slideName = (i: number) => `slide ${i + 1}`,
  eraName = (i: number) => `era ${i + 1}`,
): ImportedData {
  const problems: TimelineProblem[] = [];
  if (!isObject(json) || !Array.isArray(json.events)) {
    problems.push({ index: -1, field: '(file)', message: 'a TimelineJS file is an object with an "events" array' });
    return { events: [], groups: [], eras: [], problems };
  }
  const slides = json.events as unknown[];
  const candidates: TimelineEvent[] = [];
  const origin: number[] = [];
  const ids = uniqueIds();
  // Ids the file gives are kept as they are; slugs of headlines yield to them.
  for (const s of slides) if (isObject(s) && text(s.unique_id)) ids(text(s.unique_id)!);
  slides.forEach((slide, index) => {
    const report = (field: string, message: string) => problems.push({ index, field, message });
    if (!isObject(slide)) return report('(slide)', `${slideName(index)} is not an object`);
    const content = isObject(slide.text) ? slide.text : {};
    const headline = htmlToLine(text(content.headline) ?? '');
    // A quotation given as media (TimelineJS's blockquote type) is text, and kept as text.
    const quote = isObject(slide.media) && text(slide.media.url)?.trim().startsWith('<') ? htmlToText(text(slide.media.url)!) : '';
    const description = [htmlToText(text(content.text) ?? ''), quote].filter(Boolean).join('\n\n');
    // A slide without a headline is named by the first line of its text, as a reader would.
    const title = headline || description.split('\n')[0].slice(0, 120);
    const given = text(slide.unique_id);
    const id = given ?? ids(slugOf(title));
    const start = timelineDate(slide.start_date);
    if (typeof start !== 'string') return report('start_date', `${slideName(index)} ("${title || id}"): its start_date ${start.problem}`);
    const event: TimelineEvent = { id, start, title };
    if (slide.end_date !== undefined) {
      const end = timelineDate(slide.end_date);
      if (typeof end !== 'string') return report('end_date', `${slideName(index)} ("${title || id}"): its end_date ${end.problem}`);
      event.end = end;
    }
    if (description && description !== title) event.description = description;
    const group = text(slide.group)?.trim();
    if (group) event.group = group;
    const display = text(slide.display_date) ?? text(isObject(slide.start_date) ? slide.start_date.display_date : undefined);
    if (display?.trim()) event.displayDate = htmlToLine(display);
    const media = timelineMedia(slide.media);
    if (media) event.media = media;
    candidates.push(event);
    origin.push(index);
  });
  const checked = check(candidates);
  for (const p of checked.problems) problems.push({ ...p, index: origin[p.index], message: `${slideName(origin[p.index])}: ${p.message}` });
  const events = checked.events.map((e) => e.event);
  const eras = timelineEras(json.eras, problems, eraName);
  const result: ImportedData = { events, groups: groupsOf(events), eras, problems };
  const cover = isObject(json.title) ? json.title : undefined;
  if (cover) {
    const content = isObject(cover.text) ? cover.text : {};
    const headline = htmlToLine(text(content.headline) ?? '');
    const body = htmlToText(text(content.text) ?? '');
    const media = timelineMedia(cover.media);
    if (headline || body || media) result.title = { headline, ...(body && { text: body }), ...(media && { media }) };
  }
  return result;
}

/** TimelineJS eras (start, end and a headline) as Dateline's; unusable ones are reported. */
function timelineEras(value: unknown, problems: TimelineProblem[], eraName: (index: number) => string): TimelineEra[] {
  if (!Array.isArray(value)) return [];
  const eras: TimelineEra[] = [];
  value.forEach((era, index) => {
    const report = (message: string) => problems.push({ index, field: `eras[${index}]`, message: `${eraName(index)}${message}` });
    if (!isObject(era)) return report(' is not an object');
    const start = timelineDate(era.start_date);
    const end = timelineDate(era.end_date);
    if (typeof start !== 'string') return report(`: its start_date ${start.problem}`);
    if (typeof end !== 'string') return report(`: its end_date ${end.problem}`);
    const label = htmlToLine(text(isObject(era.text) ? era.text.headline : undefined) ?? '');
    eras.push({ start, end, label });
  });
  return eras;
}
