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
  /** "Events 3 of 14" style counts are not used; this names the list of events. */
  events: string;
}

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
  events: 'Events',
};
