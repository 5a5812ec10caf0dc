import { expect } from '@open-wc/testing';
import { computeDataset } from '../../src/data/dataset.js';
import { computeBase } from '../../src/layout/base.js';

// A war in the 1950s and a few days in 2024: a scale of two segments with a break.
const data = computeDataset([
  { id: 'w', start: '1950/1953', title: 'War' },
  { id: 'a', start: '2024-06', title: 'Treaty' },
  { id: 'b', start: '2024-10-03', title: 'Strike' },
  { id: 'o', start: '2024-10-20/..', title: 'Ongoing' },
]);

describe('computeBase', () => {
  it('places times in reading order, in both directions', () => {
    for (const rtl of [false, true]) {
      const base = computeBase(data, { width: 900, gaps: 'auto', rtl });
      const war = data.spans.items[0];
      // The war starts near the inline start, and the break leaves it less than half the width.
      expect(base.reading(war.min)).to.be.below(100);
      expect(base.reading(war.max)).to.be.below(450);
      expect(base.reading(war.max)).to.be.closeTo(rtl ? 900 - base.scale(war.max) : base.scale(war.max), 1e-6);
      // Right to left, time runs from the right edge.
      expect(base.scale(data.spans.items[0].min) < 450).to.equal(!rtl);
    }
  });

  it('cuts the long gap out with gaps="auto", and keeps one linear scale with gaps="off"', () => {
    const [war, rest] = computeBase(data, { width: 900, gaps: 'auto', rtl: false }).breaks[0];
    expect(war).to.be.below(Date.UTC(1956, 0, 1));
    expect(rest).to.be.above(Date.UTC(2023, 0, 1));
    expect(computeBase(data, { width: 900, gaps: 'off', rtl: false }).breaks).to.deep.equal([]);
  });

  it('zooms in at most until twice the finest precision fills the width', () => {
    const base = computeBase(data, { width: 900, gaps: 'off', rtl: false });
    const range = base.scale.range();
    const domain = base.scale.domain();
    const pxPerMs = (range[1] - range[0]) / (+domain[1] - +domain[0]);
    expect(900 / (base.maxK * pxPerMs)).to.be.closeTo(2 * 86_400_000, 1000);
  });

  it('is kept while data, width, gaps and direction stay, and rebuilt when one changes', () => {
    const first = computeBase(data, { width: 1000, gaps: 'auto', rtl: false });
    expect(computeBase(data, { width: 1000, gaps: 'auto', rtl: false })).to.equal(first);
    expect(computeBase(data, { width: 1000, gaps: 'off', rtl: false })).not.to.equal(first);
    expect(computeBase(data, { width: 800, gaps: 'off', rtl: false }).width).to.equal(800);
    const copy = computeDataset([{ id: 'w', start: '1950/1953', title: 'War' }]);
    expect(computeBase(copy, { width: 800, gaps: 'off', rtl: false })).not.to.equal(computeBase(data, { width: 800, gaps: 'off', rtl: false }));
  });
});
