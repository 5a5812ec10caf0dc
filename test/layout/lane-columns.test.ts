import { expect } from '@open-wc/testing';
import { filterDataset } from '../../src/data/filter.js';
import { computeLanes } from '../../src/data/lanes.js';
import { computeBase } from '../../src/layout/base.js';
import { computeLaneColumns, laneNumbers } from '../../src/layout/lane-columns.js';
import { daily } from './helpers.js';

const data = daily(9, 3, 3);
const lanes = computeLanes(data.spans, [{ id: 'L2' }], { dark: false, ungrouped: 'Other' });
const base = computeBase(data, { width: 900, gaps: 'off', rtl: false });

describe('laneNumbers', () => {
  it('gives each group of the data its lane number', () => {
    expect(data.spans.groups).to.deep.equal(['L0', 'L1', 'L2']);
    expect(laneNumbers(data, lanes)).to.deep.equal([1, 2, 0]);
  });
});

describe('computeLaneColumns', () => {
  it('lists each lane’s events in time order with their base positions and ranks', () => {
    const columns = computeLaneColumns(data, lanes, base);
    expect([...columns.lanes[0].positions]).to.deep.equal([2, 5, 8]);
    expect([...columns.lanes[1].positions]).to.deep.equal([0, 3, 6]);
    expect(columns.laneOf[5]).to.equal(0);
    expect(columns.rank[5]).to.equal(1);
    expect(columns.lanes[0].starts[1]).to.equal(base.positions[10]);
  });

  it('is kept for the same base and lanes, and rebuilt when either changes', () => {
    const first = computeLaneColumns(data, lanes, base);
    expect(computeLaneColumns(data, [...lanes], base)).to.equal(first);
    expect(computeLaneColumns(data, lanes.slice().reverse(), base)).not.to.equal(first);
    expect(computeLaneColumns(data, lanes, computeBase(data, { width: 800, gaps: 'off', rtl: false }))).not.to.equal(first);
  });

  it('gives a filtered data set its matches’ columns: positions among the matches, the whole data’s base positions', () => {
    // Events 1, 2, 4, 5, 7 and 8 (lanes L1 and L2), in time order.
    const shown = filterDataset(data, { groups: ['L1', 'L2'] }, 'en');
    const columns = computeLaneColumns(shown, lanes, computeBase(shown, { width: 900, gaps: 'off', rtl: false }));
    expect(columns.laneOf.length).to.equal(6);
    expect([...columns.lanes[0].positions]).to.deep.equal([1, 3, 5]);
    expect([...columns.lanes[2].positions]).to.deep.equal([0, 2, 4]);
    expect(columns.lanes[1].positions.length).to.equal(0);
    expect([...columns.laneOf]).to.deep.equal([2, 0, 2, 0, 2, 0]);
    expect([...columns.rank]).to.deep.equal([0, 0, 1, 1, 2, 2]);
    // Event 5 (L2's second) is where it is in the whole data.
    expect(columns.lanes[0].starts[1]).to.equal(base.positions[10]);
    expect(columns.lanes[0].ends[1]).to.equal(base.positions[11]);
  });
});
