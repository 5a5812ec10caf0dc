// What the export tests share: the showcase's kinds of events, mounting, and reading an SVG.
import { fixture, html } from '@open-wc/testing';
import '../../src/index.js';
import type { DatelineTimeline, TimelineEvent } from '../../src/index.js';

const DAY = 86_400_000;
export const showcase: TimelineEvent[] = [
  { id: 'korean-war', start: '1950/1953', title: 'Korean War', group: 'north-korea' },
  { id: 'munitions', start: '2023-08/..', title: 'Munitions shipped to Russia', group: 'north-korea', certainty: 'reported' },
  { id: 'treaty', start: '2024-06', title: 'Strategic partnership treaty signed', group: 'russia' },
  { id: 'strike', start: '2024-10-03', title: 'Missile strike', group: 'ukraine', certainty: 'reported' },
  { id: 'ships', start: '2024-10-01/2024-10-17', title: 'Navy ships carry special forces', group: 'north-korea', displayDate: 'earlier this month' },
  { id: 'zelensky', start: '2024-10-17', title: 'Zelensky: 10,000 troops', group: 'ukraine', certainty: 'claimed' },
  { id: 'talks', start: '2024-10~', title: 'Talks, approximately', group: 'russia', certainty: 'disputed' },
  { id: 'doubt', start: '2024-09?', title: 'A month in doubt', group: 'ukraine' },
];

export async function mount(events: TimelineEvent[], attrs: { locale?: string; width?: number } = {}): Promise<DatelineTimeline> {
  const el = await fixture<DatelineTimeline>(
    html`<dateline-timeline style="width: ${attrs.width ?? 1000}px" locale=${attrs.locale ?? 'en-GB'} label="Troops" reference-date="2024-10-18" .events=${events}></dateline-timeline>`,
  );
  await el.updateComplete;
  return el;
}

export const parse = (svg: string) => new DOMParser().parseFromString(svg, 'image/svg+xml');
export const drawnIds = (doc: Document) => [...doc.querySelectorAll('g[data-id]')].map((g) => g.getAttribute('data-id'));
/** Events an SVG holds: its own marks, and the counts of its clusters. */
export const held = (doc: Document) => drawnIds(doc).length + [...doc.querySelectorAll('g.cluster text')].reduce((n, t) => n + Number(t.textContent), 0);

/** Many events over a few years in three lanes, so that some are clustered. */
export const many = (n: number): TimelineEvent[] =>
  Array.from({ length: n }, (_, i) => ({ id: `e${i}`, start: new Date(Date.UTC(2020, 0, 1) + Math.floor((i * 3 * 365 * DAY) / n)), title: `Event ${i}`, group: `g${i % 3}` }));

