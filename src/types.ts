/** How sure the source is, from firmest to weakest. Reused by stories, tests and the legend. */
export const CERTAINTIES = ['confirmed', 'reported', 'claimed', 'disputed'] as const;

/** How sure an event is: `confirmed` (the default), `reported`, `claimed` or `disputed`. */
export type Certainty = (typeof CERTAINTIES)[number];

/** The layouts `<dateline-timeline>` can draw. */
export const LAYOUTS = ['auto', 'horizontal', 'vertical'] as const;

/** `auto` (the default) is vertical in containers narrower than the breakpoint. */
export type Layout = (typeof LAYOUTS)[number];

/** Who says an event happened. */
export interface TimelineSource {
  /** The name shown in the details panel and spoken with the event, e.g. "Reuters". */
  name: string;
  /** A link to the source; only `http:` and `https:` URLs are ever linked. */
  url?: string;
}

/** One dated event, as the user passes it in the `events` array. */
export interface TimelineEvent<T = unknown> {
  /** Unique within the array. */
  id: string;
  /** An EDTF (ISO 8601-2) string such as `2024-06`, `2024-10~` or `1950/1953`, or a `Date` instant. */
  start: string | Date;
  /** Optional end of a span; `'..'` means open, still going on. */
  end?: string | Date;
  /** Plain text, never interpreted as HTML. */
  title: string;
  /** Plain text shown in the details panel. */
  description?: string;
  /** Lane key, e.g. the actor ("North Korea"). */
  group?: string;
  /** Free-form tags. */
  tags?: string[];
  /** How sure the source is; defaults to `'confirmed'`. */
  certainty?: Certainty;
  /** Who says so. */
  source?: TimelineSource;
  /** The original phrase, e.g. "earlier this month", shown beside the formatted date. */
  displayDate?: string;
  /** A picture or a link shown in the details panel. */
  media?: TimelineMedia;
  /** The user's own payload, passed back in `dateline-select`. */
  data?: T;
}

/**
 * A picture or a link for an event. An image URL (by its extension or a known image host) is shown
 * as an image, any other `http(s)` URL as a link; nothing else is loaded or embedded.
 */
export interface TimelineMedia {
  url: string;
  /** The image's text alternative; the event's title when absent. */
  alt?: string;
  /** Plain text shown under the image. */
  caption?: string;
  /** Plain text: who made it. */
  credit?: string;
  /** A smaller image (kept from imported data; not drawn yet). */
  thumbnail?: string;
}

/** A labelled period drawn as a band behind every lane (a section of the vertical column). */
export interface TimelineEra {
  id?: string;
  /** EDTF string or `Date`, as for events. */
  start: string | Date;
  end: string | Date;
  label: string;
  /** Any CSS colour for the band; values that are not a colour are ignored. */
  color?: string;
}

/** The formats `src` and inline data are read in. */
export type DataFormat = 'dateline' | 'timelinejs' | 'csv';

/** What `fromTimelineJS`, `parseCSV` and a loaded file give: data ready for the element. */
export interface ImportedData {
  /** The events that can be used, in the file's order. */
  events: TimelineEvent[];
  groups: TimelineGroup[];
  eras: TimelineEra[];
  /** The file's title slide or title, as plain text, with its media. */
  title?: { headline: string; text?: string; media?: TimelineMedia };
  /** Entries that were left out or changed: `index` is the entry's position in the file. */
  problems: TimelineProblem[];
}

/** Order, label and colour of one lane. */
export interface TimelineGroup {
  /** Matches `TimelineEvent.group`. */
  id: string;
  /** Shown as the lane label; defaults to `id`. */
  label?: string;
  /** Any CSS colour; values that are not a colour are ignored. */
  color?: string;
}

/** One problem found in the `events` array: which entry, which field, and what is wrong. */
export interface TimelineProblem {
  /** Position of the entry in the array that was assigned. */
  index: number;
  /** The entry's id, where it has a usable one. */
  id?: string;
  /** The field at fault, e.g. `start`, or `(entry)` for the entry as a whole. */
  field: string;
  /** A sentence a person understands. */
  message: string;
}
