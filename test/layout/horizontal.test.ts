import { expect } from '@open-wc/testing';
import { computeDataset } from '../../src/data/dataset.js';
import { computeLanes } from '../../src/data/lanes.js';
import { computeHorizontalFrame } from '../../src/layout/horizontal.js';
import { LANE_HEADER, MARK, ROW } from '../../src/layout/metrics.js';
import { daily, inputFor } from './helpers.js';

describe('computeHorizontalFrame', () => {
  it('draws each event of a sparse lane as its own labelled mark, in time order along the axis', () => {
    const data = daily(5, 60);
    const f = computeHorizontalFrame(data, inputFor(data));
    expect(f.marks.map((m) => m.key)).to.deep.equal(['e0', 'e1', 'e2', 'e3', 'e4']);
    const xs = f.marks.map((m) => m.x);
    expect([...xs].sort((a, b) => a - b)).to.deep.equal(xs);
    for (const m of f.marks) expect(m.labelWidth).to.be.above(0);
    expect(f.marks[0].when).to.equal('1 January 2000');
    expect(f.ticks.length).to.be.above(2);
  });

  it('stacks lanes, each with room for its label and rows', () => {
    const data = daily(6, 60, 3);
    const f = computeHorizontalFrame(data, inputFor(data, { lanes: computeLanes(data.spans, [], { dark: false, ungrouped: 'Other' }) }));
    expect(f.lanes.map((l) => l.key)).to.deep.equal(['L0', 'L1', 'L2']);
    expect(f.lanes[0].top).to.equal(0);
    expect(f.lanes[1].top).to.equal(f.lanes[0].height);
    expect(f.lanes[0].height).to.equal(LANE_HEADER + ROW + 4);
    expect(f.height).to.equal(f.lanes[2].top + f.lanes[2].height);
  });

  it('bins a dense lane into clusters whose keys every member’s keyOf finds', () => {
    const data = daily(2000);
    const f = computeHorizontalFrame(data, inputFor(data));
    const clusters = f.marks.filter((m) => m.members);
    expect(clusters.length).to.be.above(5);
    expect(clusters.every((m) => m.members!.bin)).to.equal(true);
    for (const m of clusters.slice(0, 3)) {
      for (const pos of m.members!.positions()) expect(f.keyOf(data.spans.items[pos].id)).to.equal(m.key);
      expect(m.when).to.contain('–');
    }
  });

  it('shows only the view, zoomed: marks outside it get no nodes', () => {
    const data = daily(24, 30);
    const f = computeHorizontalFrame(data, inputFor(data, { view: [Date.UTC(2000, 5, 1), Date.UTC(2000, 11, 1)] }));
    for (const m of f.marks) {
      expect(m.x + m.width).to.be.above(0);
      expect(m.x).to.be.below(1000);
    }
    expect(f.marks.length).to.be.within(5, 8);
  });

  it('draws a month as a bar across its extent, and a day as a dot', () => {
    const data = computeDataset([
      { id: 'm', start: '2024-06', title: 'June' },
      { id: 'd', start: '2024-10-03', title: 'Day' },
    ]);
    const [month, day] = computeHorizontalFrame(data, inputFor(data, { gaps: 'off' })).marks;
    expect(month.extent).to.equal(true);
    expect(month.markWidth).to.be.above(100);
    expect(day.markWidth).to.equal(MARK);
  });

  it('places the reference marker and the marks from the inline start in both directions (the browser mirrors them)', () => {
    const data = daily(3, 100);
    const reference = { value: Date.UTC(2000, 0, 1), label: 'Published' };
    const ltr = computeHorizontalFrame(data, inputFor(data, { reference }));
    const rtl = computeHorizontalFrame(data, inputFor(data, { reference, rtl: true }));
    expect(rtl.reference!.pos).to.be.closeTo(ltr.reference!.pos, 1e-6);
    rtl.marks.forEach((m, i) => expect(m.x).to.be.closeTo(ltr.marks[i].x, 1e-6));
    expect(rtl.ticks.map((t) => t.label)).to.deep.equal(ltr.ticks.map((t) => t.label));
  });
});
