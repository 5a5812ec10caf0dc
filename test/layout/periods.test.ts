import { expect } from '@open-wc/testing';
import { validateEvents } from '../../src/core/validate.js';
import { computeSpans } from '../../src/core/spans.js';
import { computePeriods, PERIOD_INDEX_MIN } from '../../src/layout/periods.js';
import { format } from './helpers.js';

function periods(starts: string[]) {
  const { items } = computeSpans(validateEvents(starts.map((start, i) => ({ id: `e${i}`, start, title: `E${i}` }))).events);
  return computePeriods(items, items.map((_, i) => i * 10), format);
}
const days = (n: number, from: number, step: number) => Array.from({ length: n }, (_, i) => new Date(Date.UTC(from, 0, 1) + i * step * 86_400_000).toISOString().slice(0, 10));

describe('computePeriods', () => {
  it('gives decades for a span of decades, each with its first entry and that entry’s place', () => {
    const p = periods(days(40, 1950, 600));
    expect(p.map((x) => x.label)).to.deep.equal(['1950s', '1960s', '1970s', '1980s', '1990s', '2000s', '2010s']);
    expect(p[0]).to.deep.equal({ label: '1950s', id: 'e0', y: 0 });
    // 600 days apart: the seventh entry is the first of the 1960s.
    expect(p[1]).to.deep.include({ id: 'e7', y: 70 });
  });

  it('gives years, or months, for shorter spans', () => {
    expect(periods(days(30, 2020, 60)).map((x) => x.label)).to.deep.equal(['2020', '2021', '2022', '2023', '2024']);
    expect(periods(days(30, 2024, 8)).map((x) => x.label)).to.deep.equal(['Jan 2024', 'Feb 2024', 'Mar 2024', 'Apr 2024', 'May 2024', 'Jun 2024', 'Jul 2024', 'Aug 2024']);
  });

  it('gives centuries in deep time, where months and years of a calendar do not hold', () => {
    const p = periods(Array.from({ length: 30 }, (_, i) => `Y-${250000 - i * 40}`));
    expect(p.length).to.be.within(2, 16);
    expect(new Set(p.map((x) => x.label)).size).to.equal(p.length);
    expect(p[0]).to.deep.include({ id: 'e0', y: 0 });
  });

  it('gives none for a short column, or a single period', () => {
    expect(periods(days(PERIOD_INDEX_MIN - 1, 1950, 600))).to.deep.equal([]);
    expect(periods(days(30, 2024, 0))).to.deep.equal([]);
  });
});
