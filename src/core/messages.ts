/** Every user-visible string Dateline writes itself, so that each can be translated. */
export interface DatelineMessages {
  /** "about October 2024" */
  approximate: (date: string) => string;
  /** "June 2024 (uncertain)" */
  uncertain: (date: string) => string;
  /** "August 2023 – ongoing" */
  ongoing: (start: string) => string;
  /** "2024 – unknown end" */
  unknownEnd: (start: string) => string;
  /** "unknown start – 2024" */
  unknownStart: (end: string) => string;
  /** "until 2024" (open start) */
  openStart: (end: string) => string;
  /** "491 BCE"; receives the era year (1 - astronomical year), already formatted. */
  bce: (year: string) => string;
  /** "2010s", "1900s" */
  decades: (year: string) => string;
  /** Names of EDTF seasons 21-41: spring...winter, then hemispheres, quarters, quadrimesters, semesters. */
  seasons: readonly string[];
  /** "Spring 2024": a season's name and its year. */
  season: (name: string, year: string) => string;
  /** Words for certainty levels, spoken with each event. */
  certainty: Record<'confirmed' | 'reported' | 'claimed' | 'disputed', string>;
  /** "according to Reuters" */
  source: (name: string) => string;
  /**
   * Certainty and source as spoken with an event: "reported by Reuters", "claimed by Zelensky",
   * "according to NIS" (confirmed); the certainty word alone when there is no source, and nothing
   * for a confirmed event without one.
   */
  claim: (certainty: 'confirmed' | 'reported' | 'claimed' | 'disputed', source?: string) => string;
  /** "Published 18 October 2024" */
  reference: (date: string) => string;
  /** A cluster's name: "12 events, 1 – 18 October 2024". */
  cluster: (count: number, range: string) => string;
  /** Shown when there are no events. */
  empty: string;
  /** Accessible name of the timeline when `label` is not set. */
  timeline: string;
  /** Label of the lane holding events without a group. */
  ungrouped: string;
  zoomIn: string;
  zoomOut: string;
  fit: string;
  close: string;
  /** The help button and panel title. */
  help: string;
  /** The keys listed in the help panel: [keys, what they do]. */
  keys: readonly (readonly [string, string])[];
  /** The list view toggle and the table's caption. */
  list: string;
  /** Column headers of the list view. */
  columns: { date: string; title: string; lane: string; certainty: string; source: string };
  /** The list view's page buttons. */
  previous: string;
  next: string;
  /** The rows a page of the list view shows, as formatted numbers: "Events 101–200 of 10,000". */
  listPage: (from: string, to: string, total: string) => string;
  /** Announced politely when the visible range changes: "Showing 1 – 31 October 2024". */
  showing: (range: string) => string;
  /** Said of timelines with many events: "1,200 events. The list view reads them all." */
  summary: (count: string) => string;
  /** The legend's name. */
  legend: string;
  /** The legend's entries: what each way of drawing a mark means. */
  encodings: Record<'confirmed' | 'reported' | 'claimed' | 'disputed' | 'extent' | 'approximate' | 'uncertain' | 'ongoing', string>;
  /** An era's accessible name: "Era: Cold War, 1947 – 1991". */
  era: (label: string, dates: string) => string;
  /** The heading of the eras in the list view. */
  eras: string;
  /** The loading state, with the share received when the server says the size: "Loading… 45%". */
  loading: (percent?: string) => string;
  /** Shown when loading `src` failed (the data shown before stays); `status` is the HTTP status. */
  loadFailed: (reason: LoadFailure, status?: number) => string;
  /** The link to media that is not an image, or whose image did not load. */
  openMedia: string;
  /** The filter bar: its name, the search box, the names of its groups of toggles, the overflow of tags and the button that clears it. */
  filter: { label: string; search: string; lanes: string; tags: string; certainty: string; more: (count: string) => string; clear: string };
  /** The name of the vertical column's period index. */
  periods: string;
  /** How many events a filter shows, said after it changes and in the bar: "12 of 300 events". */
  matches: (shown: string, total: string) => string;
  /** The toolbar's Download button (with `exportable`) and the two formats its menu offers. */
  download: { label: string; svg: string; png: string };
  /** The details panel's button that copies the event's link (with `hash-links`), what is said once it did, and the label of the link shown to copy by hand when the clipboard cannot be used. */
  link: { copy: string; copied: string; manual: string };
}

/** Why a load failed: no answer, no answer in time, an HTTP error status, or a body in no known format. */
export type LoadFailure = 'network' | 'timeout' | 'status' | 'format';

/** English, the default. Other locales arrive through the same shape. */
export const en: DatelineMessages = {
  approximate: (d) => `about ${d}`,
  uncertain: (d) => `${d} (uncertain)`,
  ongoing: (d) => `${d} – ongoing`,
  unknownEnd: (d) => `${d} – unknown end`,
  unknownStart: (d) => `unknown start – ${d}`,
  openStart: (d) => `until ${d}`,
  bce: (y) => `${y} BCE`,
  decades: (y) => `${y}s`,
  seasons: [
    'Spring', 'Summer', 'Autumn', 'Winter',
    'Northern spring', 'Northern summer', 'Northern autumn', 'Northern winter',
    'Southern spring', 'Southern summer', 'Southern autumn', 'Southern winter',
    'Q1', 'Q2', 'Q3', 'Q4',
    'First four months of', 'Second four months of', 'Third four months of',
    'First half of', 'Second half of',
  ],
  season: (name, year) => `${name} ${year}`,
  certainty: { confirmed: 'confirmed', reported: 'reported', claimed: 'claimed', disputed: 'disputed' },
  source: (name) => `according to ${name}`,
  claim: (certainty, source) => {
    if (!source) return certainty === 'confirmed' ? '' : certainty;
    return { confirmed: `according to ${source}`, reported: `reported by ${source}`, claimed: `claimed by ${source}`, disputed: `disputed, according to ${source}` }[certainty];
  },
  reference: (d) => `Published ${d}`,
  cluster: (count, range) => `${count} events, ${range}`,
  empty: 'No events to show',
  timeline: 'Timeline',
  ungrouped: 'Other',
  zoomIn: 'Zoom in',
  zoomOut: 'Zoom out',
  fit: 'Show all',
  close: 'Close',
  help: 'Keyboard shortcuts',
  keys: [
    ['Tab', 'enter or leave the timeline'],
    ['← →', 'previous or next event (↑ ↓ in the vertical layout)'],
    ['↑ ↓', 'the lane above or below'],
    ['Home End', 'first or last event'],
    ['Page Up, Page Down', 'a screenful back or forward'],
    ['Enter, Space', 'select the event and show its details'],
    ['Escape', 'close the details'],
    ['+ −', 'zoom in or out around the event'],
    ['0', 'show all events'],
    ['?', 'show or hide this help'],
  ],
  list: 'List view',
  columns: { date: 'Date', title: 'Event', lane: 'Lane', certainty: 'Certainty', source: 'Source' },
  previous: 'Previous',
  next: 'Next',
  listPage: (from, to, total) => `Events ${from}–${to} of ${total}`,
  showing: (range) => `Showing ${range}`,
  summary: (count) => `${count} events. The list view reads them all.`,
  legend: 'Key',
  encodings: {
    confirmed: 'Confirmed',
    reported: 'Reported by a source',
    claimed: 'Claimed',
    disputed: 'Disputed',
    extent: 'Known only to the month or year',
    approximate: 'Approximate date',
    uncertain: 'Uncertain date',
    ongoing: 'Still going on',
  },
  era: (label, dates) => `Era: ${label}, ${dates}`,
  eras: 'Eras',
  loading: (percent) => `Loading…${percent ? ` ${percent}` : ''}`,
  loadFailed: (reason, status) =>
    `The timeline could not be loaded: ${{ network: 'the server did not answer', timeout: 'the server took too long', status: `the server answered ${status}`, format: 'the file is not in a format Dateline reads' }[reason]}. What was shown before stays.`,
  openMedia: 'Open media',
  filter: { label: 'Filter', search: 'Search events', lanes: 'Lanes', tags: 'Tags', certainty: 'Certainty', more: (n) => `${n} more`, clear: 'Clear' },
  matches: (shown, total) => `${shown} of ${total} events`,
  periods: 'Periods',
  download: { label: 'Download', svg: 'Image (SVG)', png: 'Image (PNG)' },
  link: { copy: 'Copy link', copied: 'Link copied', manual: 'Copy this link:' },
};
