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

/** Every precision and qualifier side by side, one lane each, around 2023-2024. */
export const precisionEvents: TimelineEvent[] = [
  { id: 'year', start: '2023', title: 'A year: 2023', group: 'Precision' },
  { id: 'season', start: '2024-21', title: 'A season: spring 2024', group: 'Precision' },
  { id: 'month', start: '2024-06', title: 'A month: June 2024', group: 'Precision' },
  { id: 'day', start: '2024-10-03', title: 'A day: 3 October', group: 'Precision' },
  { id: 'instant', start: '2024-10-18T09:30+09:00', title: 'An instant in Seoul', group: 'Precision' },
  { id: 'approximate', start: '2024-03~', title: 'About March (~)', group: 'Qualifiers' },
  { id: 'uncertain', start: '2024-06?', title: 'June, uncertain (?)', group: 'Qualifiers' },
  { id: 'both', start: '2024-09%', title: 'About September, uncertain (%)', group: 'Qualifiers' },
  { id: 'unspecified', start: '2024-XX', title: 'Some month of 2024 (XX)', group: 'Qualifiers' },
  { id: 'interval', start: '2023-08/2023-11', title: 'An interval of months', group: 'Spans' },
  { id: 'open', start: '2024-02/..', title: 'Open end: still going on', group: 'Spans' },
  { id: 'unknown', start: '2023-05/', title: 'Unknown end', group: 'Spans' },
  { id: 'confirmed', start: '2023-03-01', title: 'Confirmed', group: 'Certainty', certainty: 'confirmed', source: { name: 'Official record' } },
  { id: 'reported', start: '2023-07-01', title: 'Reported', group: 'Certainty', certainty: 'reported', source: { name: 'Reuters' } },
  { id: 'claimed', start: '2023-11-01', title: 'Claimed', group: 'Certainty', certainty: 'claimed', source: { name: 'A spokesperson' } },
  { id: 'disputed', start: '2024-04-01', title: 'Disputed', group: 'Certainty', certainty: 'disputed', source: { name: 'Both sides' } },
];

/** Deep time: from the end of the last ice age to today, BCE without a year zero. */
export const deepTimeEvents: TimelineEvent[] = [
  { id: 'ice-age', start: 'Y-12000', title: 'End of the last glacial period (about)', certainty: 'reported' },
  { id: 'writing', start: '-3199~', title: 'Writing in Mesopotamia, about 3200 BCE' },
  { id: 'marathon', start: '-0489', title: 'Battle of Marathon, 490 BCE' },
  { id: 'ce', start: '0001', title: 'First year of the Common Era' },
  { id: 'korea', start: '1950/1953', title: 'Korean War' },
  { id: 'today', start: '2024-10-18', title: 'The article' },
];

/** `count` events within October 2024 in three lanes, spread deterministically (a dense month). */
export function denseEvents(count = 300): TimelineEvent[] {
  const lanes = ['Wire', 'Social media', 'Officials'];
  const random = seeded(7);
  return Array.from({ length: count }, (_, i) => {
    const day = 1 + Math.floor(random() * 31);
    const hour = Math.floor(random() * 24);
    const minute = Math.floor(random() * 60);
    return {
      id: `d${i}`,
      start: `2024-10-${String(day).padStart(2, '0')}T${String(hour).padStart(2, '0')}:${String(minute).padStart(2, '0')}Z`,
      title: `Update ${i + 1}`,
      group: lanes[i % lanes.length],
      certainty: (['confirmed', 'reported', 'claimed'] as const)[i % 3],
    };
  });
}

/**
 * `count` events over 25 years in 8 lanes (80% single days, 20% spans of up to 60 days), the same
 * shape as the benchmark's data; deterministic.
 */
export function largeEvents(count = 100_000): TimelineEvent[] {
  const random = seeded(42);
  const start = Date.UTC(2000, 0, 1);
  const days = (Date.UTC(2025, 0, 1) - start) / 86_400_000;
  const iso = (day: number) => new Date(start + day * 86_400_000).toISOString().slice(0, 10);
  return Array.from({ length: count }, (_, i) => {
    const day = Math.floor(random() * days);
    const long = random() < 0.2;
    return {
      id: `e${i}`,
      group: `Lane ${(i % 8) + 1}`,
      title: `Event ${i}`,
      start: iso(day),
      end: long ? iso(day + Math.ceil(random() * 60)) : undefined,
    };
  });
}

/**
 * A long column for phones: 120 generated events (titles say what kind, not what happened) over
 * 1950–2024 in four lanes, for the period index and the details sheet.
 */
export function longColumnEvents(count = 120): TimelineEvent[] {
  const random = seeded(7);
  const kinds = ['Talks', 'Summit', 'Exercise', 'Launch', 'Statement', 'Report', 'Sanctions', 'Visit'];
  const start = Date.UTC(1950, 0, 1);
  const days = (Date.UTC(2024, 11, 31) - start) / 86_400_000;
  const picked = Array.from({ length: count }, () => Math.floor(random() * days)).sort((a, b) => a - b);
  return picked.map((day, i) => {
    const date = new Date(start + day * 86_400_000).toISOString().slice(0, 10);
    return {
      id: `long-${i}`,
      start: date,
      title: `${kinds[i % kinds.length]}, sample ${i + 1}`,
      description: `Generated sample event ${i + 1} of ${count}, dated ${date}.`,
      group: ['North', 'South', 'Allies', 'Others'][i % 4],
    };
  });
}

/** A deterministic random number generator in [0, 1) (Park–Miller), so samples are the same every run. */
function seeded(seed: number): () => number {
  return () => ((seed = (seed * 16807) % 2147483647) - 1) / 2147483646;
}
