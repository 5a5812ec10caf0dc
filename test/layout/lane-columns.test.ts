import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { computeDataset, type Previous } from '../../src/data/dataset.js';
import { filterDataset } from '../../src/data/filter.js';
import { computeLanes } from '../../src/data/lanes.js';
import { computeLaneColumns, laneNumbers, type LaneColumns } from '../../src/layout/lane-columns.js';
import { daily } from './helpers.js';

const data = daily(9, 3, 3);
const lanes = computeLanes(data.spans, [{ id: 'L2' }], { dark: false, ungrouped: 'Other' });

/** The columns as plain arrays, to compare. */
const plain = (c: LaneColumns) => ({ laneOf: [...c.laneOf], rank: [...c.rank], lanes: c.lanes.map((l) => ({ positions: [...l.positions], starts: [...l.starts], ends: [...l.ends] })) });

describe('laneNumbers', () => {
  it('gives each group of the data its lane number', () => {
    expect(data.spans.groups).to.deep.equal(['L0', 'L1', 'L2']);
    expect(laneNumbers(data, lanes)).to.deep.equal([1, 2, 0]);
  });
});

describe('computeLaneColumns', () => {
  it('lists each lane’s events in time order with their starts and ends in time, and their ranks', () => {
    const columns = computeLaneColumns(data, lanes);
    expect([...columns.lanes[0].positions]).to.deep.equal([2, 5, 8]);
    expect([...columns.lanes[1].positions]).to.deep.equal([0, 3, 6]);
    expect(columns.laneOf[5]).to.equal(0);
    expect(columns.rank[5]).to.equal(1);
    expect(columns.lanes[0].starts[1]).to.equal(data.spans.items[5].min);
  });

  it('counts an open start from the earliest start, and an open end as Infinity', () => {
    const open = computeDataset([
      { id: 'a', title: 'A', start: '2001-05-01' },
      { id: 'b', title: 'B', start: '../2003' },
      { id: 'c', title: 'C', start: '2002/..' },
    ]);
    const l = computeLaneColumns(open, computeLanes(open.spans, [], { dark: false, ungrouped: 'Other' })).lanes[0];
    expect(l.starts[0]).to.equal(Date.UTC(2001, 4, 1));
    expect(l.ends[open.spans.items.findIndex((it) => it.id === 'c')]).to.equal(Infinity);
  });

  it('is kept for the same lanes, and rebuilt when they change', () => {
    const first = computeLaneColumns(data, lanes);
    expect(computeLaneColumns(data, [...lanes])).to.equal(first);
    expect(computeLaneColumns(data, lanes.slice().reverse())).not.to.equal(first);
  });

  it('gives a filtered data set its matches’ columns: positions among the matches, the whole data’s times', () => {
    // Events 1, 2, 4, 5, 7 and 8 (lanes L1 and L2), in time order.
    const shown = filterDataset(data, { groups: ['L1', 'L2'] }, 'en');
    const columns = computeLaneColumns(shown, lanes);
    expect(columns.laneOf.length).to.equal(6);
    expect([...columns.lanes[0].positions]).to.deep.equal([1, 3, 5]);
    expect([...columns.lanes[2].positions]).to.deep.equal([0, 2, 4]);
    expect(columns.lanes[1].positions.length).to.equal(0);
    expect([...columns.laneOf]).to.deep.equal([2, 0, 2, 0, 2, 0]);
    expect([...columns.rank]).to.deep.equal([0, 0, 1, 1, 2, 2]);
    const whole = computeLaneColumns(data, lanes);
    expect(columns.lanes[0].starts[1]).to.equal(whole.lanes[0].starts[1]);
    expect(columns.lanes[0].ends[1]).to.equal(whole.lanes[0].ends[1]);
  });

  it('of data that grew from earlier data, equal those read from all the events, wherever the new ones fall', () => {
    const day = (d: number) => new Date(Date.UTC(2020, 0, 1) + d * 86_400_000).toISOString().slice(0, 10);
    fc.assert(
      fc.property(fc.array(fc.array(fc.record({ day: fc.integer({ min: 0, max: 400 }), lane: fc.integer({ min: 0, max: 3 }), open: fc.boolean() }), { minLength: 1, maxLength: 6 }), { minLength: 1, maxLength: 5 }), (steps) => {
        const previous: Previous = { seen: new WeakMap() };
        let events = Array.from({ length: 20 }, (_, i) => ({ id: `e${i}`, title: `E${i}`, group: `g${i % 4}`, start: day(10 * i) }));
        let grown = computeDataset(events, 'UTC', undefined, undefined, previous);
        const lanesOf = () => computeLanes(grown.spans, [], { dark: false, ungrouped: 'Other' });
        computeLaneColumns(grown, lanesOf());
        for (const added of steps) {
          events = [...events, ...added.map((a, k) => ({ id: `n${events.length + k}`, title: 'N', group: `g${a.lane}`, start: a.open ? `${day(a.day)}/..` : day(a.day) }))];
          grown = computeDataset(events, 'UTC', undefined, undefined, previous);
          const read = computeDataset(events.map((e) => ({ ...e })), 'UTC');
          expect(plain(computeLaneColumns(grown, lanesOf()))).to.deep.equal(plain(computeLaneColumns(read, computeLanes(read.spans, [], { dark: false, ungrouped: 'Other' }))));
        }
      }),
      { numRuns: 60 },
    );
  });
});
