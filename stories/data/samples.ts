/** Small data sets for stories and tests. */
import type { TimelineEvent } from '../../src/types.js';

export const singleEvent: TimelineEvent[] = [
  { id: 'treaty', start: '2024-06-19', title: 'Treaty signed in Pyongyang', source: { name: 'Reuters' } },
];

export const spanEvents: TimelineEvent[] = [
  { id: 'war', start: '1950-06-25', end: '1953-07-27', title: 'Korean War', group: 'Wars' },
  { id: 'armistice', start: '1953-07-27', title: 'Armistice signed', group: 'Wars' },
  { id: 'talks', start: '1951-07', end: '1953-07', title: 'Armistice talks', group: 'Diplomacy' },
  { id: 'geneva', start: '1954-04-26/1954-07-20', title: 'Geneva Conference', group: 'Diplomacy' },
  { id: 'occupation', start: '1945-09/1948-08', title: 'Occupation zones', group: 'Politics' },
  { id: 'rok', start: '1948-08-15', title: 'Republic of Korea founded', group: 'Politics' },
  { id: 'dprk', start: '1948-09-09', title: 'DPRK founded', group: 'Politics' },
];

/** Events across `lanes` lanes, one every few weeks of 2024, deterministic. */
export function manyLaneEvents(lanes = 8, perLane = 6): TimelineEvent[] {
  const out: TimelineEvent[] = [];
  for (let l = 0; l < lanes; l++) {
    for (let i = 0; i < perLane; i++) {
      const month = ((i * 2 + l) % 12) + 1;
      const day = ((l * 7 + i * 3) % 27) + 1;
      const date = `2024-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
      out.push({
        id: `l${l}-e${i}`,
        start: date,
        end: i % 3 === 0 ? `2024-${String(Math.min(12, month + 1)).padStart(2, '0')}` : undefined,
        title: `Lane ${l + 1}, event ${i + 1}`,
        group: `Lane ${l + 1}`,
        certainty: (['confirmed', 'reported', 'claimed', 'disputed'] as const)[(l + i) % 4],
      });
    }
  }
  return out;
}
