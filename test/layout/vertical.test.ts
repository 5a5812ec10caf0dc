import { expect } from '@open-wc/testing';
import { computeDataset } from '../../src/data/dataset.js';
import { filterDataset } from '../../src/data/filter.js';
import type { TimelineEvent } from '../../src/types.js';
import { VERTICAL_WINDOW } from '../../src/layout/metrics.js';
import { computeColumn, computeVerticalFrame, type Column } from '../../src/layout/vertical.js';
import { daily, inputFor, measure } from './helpers.js';

describe('computeColumn', () => {
  it('places entries in time order without overlap, and gives long titles more lines', () => {
    const data = computeDataset([
      { id: 'a', start: '2024-10-03T10:00', title: 'Short' },
      { id: 'b', start: '2024-10-03T10:01', title: 'A long title '.repeat(8) },
      { id: 'c', start: '2024-10-03T10:02', title: 'Short' },
    ]);
    const column = computeColumn(data, 360, measure, []);
    const [a, b, c] = column.tops;
    expect(b - a).to.equal(48);
    expect(c - b).to.be.above(48);
    expect(column.height).to.be.at.least(c);
  });

  it('compresses long quiet stretches', () => {
    const data = computeDataset([
      { id: 'a', start: '1900', title: 'A' },
      { id: 'b', start: '2000', title: 'B' },
      { id: 'c', start: '2001', title: 'C' },
    ]);
    const [a, b] = computeColumn(data, 360, measure, []).tops;
    expect(b - a).to.be.at.most(48 + 96);
  });

  it('gives spans a track in the gutter', () => {
    const data = computeDataset([{ id: 's', start: '2024-06', end: '2024-10', title: 'Span' }, { id: 'd', start: '2024-08-01', title: 'Day' }]);
    const column = computeColumn(data, 360, measure, []);
    expect([...column.spans]).to.deep.equal([0]);
    expect(column.trackLength[0]).to.be.above(0);
    const marks = computeVerticalFrame(data, inputFor(data, { vertical: true, width: 360 })).marks;
    expect(marks.find((m) => m.key === 's')!.track).to.deep.equal({ x: column.trackX[0], length: column.trackLength[0] });
    expect(marks.find((m) => m.key === 'd')!.track).to.equal(undefined);
  });

  // Entries a minute apart on one day, so that every entry is pushed down by the one before it:
  // the column then follows from the entries' heights and spans alone, whatever its extent.
  const crowded = (n: number): TimelineEvent[] =>
    Array.from({ length: n }, (_, i) => ({
      id: `e${i}`,
      group: `g${i % 2}`,
      start: `2024-10-03T10:${String(10 + i).padStart(2, '0')}`,
      end: i % 3 === 0 && i < n - 2 ? `2024-10-03T10:${String(11 + i).padStart(2, '0')}` : undefined,
      title: i % 4 === 1 ? 'A long title '.repeat(6) : i % 5 === 2 ? `Event ${i} 🚀` : `Event ${i}`,
      displayDate: i % 4 === 2 ? 'on the morning of the strike, before dawn' : undefined,
    }));
  const sameColumn = (a: Column, b: Column) => {
    for (const key of ['tops', 'spans', 'trackX', 'trackLength'] as const) expect([...a[key]], key).to.deep.equal([...b[key]]);
  };

  it('reads events the same whatever their input order', () => {
    const events = crowded(12);
    const shuffled = [7, 2, 11, 0, 5, 9, 1, 4, 10, 3, 8, 6].map((i) => events[i]);
    const column = computeColumn(computeDataset(events), 360, measure, []);
    expect([...column.spans]).to.deep.equal([0, 3, 6, 9]);
    // Titles of more than a line and original phrases make entries taller.
    const step = (i: number) => column.tops[i + 1] - column.tops[i];
    expect(step(1)).to.be.above(step(0));
    expect(step(2)).to.be.above(step(0));
    sameColumn(computeColumn(computeDataset(shuffled), 360, measure, []), column);
  });

  it("gives a filtered data set the column of its matches alone, on the whole data's time axis", () => {
    const events = crowded(12);
    const shuffled = [7, 2, 11, 0, 5, 9, 1, 4, 10, 3, 8, 6].map((i) => events[i]);
    const matches = events.filter((e) => e.group === 'g0');
    const shown = filterDataset(computeDataset(shuffled), { groups: ['g0'] }, 'en');
    sameColumn(computeColumn(shown, 360, measure, []), computeColumn(computeDataset(matches), 360, measure, []));
  });
});

describe('computeVerticalFrame', () => {
  it('draws every entry, with its ticks, for a short column', () => {
    const data = daily(20, 7);
    const f = computeVerticalFrame(data, inputFor(data, { vertical: true, width: 360 }));
    expect(f.marks).to.have.length(20);
    expect(f.covered).to.equal(null);
    expect(f.keyOf('e3')).to.equal('e3');
    for (let i = 1; i < f.ticks.length; i++) expect(f.ticks[i].pos - f.ticks[i - 1].pos).to.be.above(22);
  });

  it('gives the whole column an axis of round dates, each where its date falls among the entries', () => {
    // Two years, an entry a month.
    const data = daily(24, 30);
    const input = inputFor(data, { vertical: true, width: 360 });
    const f = computeVerticalFrame(data, input);
    const column = computeColumn(data, 360, input.measure, input.lanes);
    expect(f.ticks.length).to.be.above(4);
    for (const t of f.ticks) expect(t.pos).to.be.closeTo(column.scale(t.value), 1e-9);
    // From near the first entry to near the last, in order.
    expect(f.ticks[0].pos).to.be.below(column.tops[1]);
    expect(f.ticks[f.ticks.length - 1].pos).to.be.above(column.tops[20]);
    for (let i = 1; i < f.ticks.length; i++) expect(f.ticks[i].value).to.be.above(f.ticks[i - 1].value);
  });

  it('puts a tick at the time of several entries above the first of them', () => {
    const data = computeDataset([
      ...['a', 'b', 'c', 'd'].map((id) => ({ id, start: '2000-01-01', title: id })),
      { id: 'e', start: '2003-06-01', title: 'e' },
    ]);
    const input = inputFor(data, { vertical: true, width: 360 });
    const f = computeVerticalFrame(data, input);
    const column = computeColumn(data, 360, input.measure, input.lanes);
    const tick = f.ticks.find((t) => t.label === '2000')!;
    expect(tick.pos).to.equal(column.tops[0]);
    expect(column.scale(tick.value)).to.equal(column.tops[3]);
  });

  it(`keeps the ticks of the band it draws, above ${VERTICAL_WINDOW} events`, () => {
    const data = daily(VERTICAL_WINDOW + 400);
    const f = computeVerticalFrame(data, inputFor(data, { vertical: true, width: 360, near: [20000, 24000] }));
    expect(f.ticks.length).to.be.above(0);
    for (const t of f.ticks) expect(t.pos).to.be.within(20000 - 30, 24000);
  });

  it(`draws above ${VERTICAL_WINDOW} events only those near the band, and the focused and selected ones`, () => {
    const data = daily(VERTICAL_WINDOW + 100);
    const f = computeVerticalFrame(data, inputFor(data, { vertical: true, width: 360, near: [0, 2000], focused: 'e550', selected: 'e560' }));
    expect(f.covered).to.deep.equal([0, 2000]);
    expect(f.marks.length).to.be.below(100);
    const keys = f.marks.map((m) => m.key);
    expect(keys).to.include.members(['e0', 'e550', 'e560']);
    expect(keys).not.to.include('e300');
  });
});
