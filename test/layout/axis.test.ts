import { expect } from '@open-wc/testing';
import { en } from '../../src/core/messages.js';
import { createSegmentedScale } from '../../src/core/segments.js';
import { createTimeScale } from '../../src/core/scale.js';
import { computeSegmentTicks } from '../../src/layout/axis.js';

const format = { locale: 'en-GB', messages: en };

describe('computeSegmentTicks', () => {
  it('puts ticks about 110px apart across a linear scale, inside the width', () => {
    const ticks = computeSegmentTicks(createTimeScale([Date.UTC(2024, 0, 1), Date.UTC(2025, 0, 1)], 1100), 1100, format);
    expect(ticks.length).to.be.within(6, 12);
    for (const t of ticks) expect(t.pos).to.be.within(12, 1088);
    expect(ticks.map((t) => t.label)).to.include('Jul 2024');
  });

  it('ticks each segment of a scale with a break at its own interval, none inside the break', () => {
    const segments = [
      { start: Date.UTC(1950, 0, 1), end: Date.UTC(1954, 0, 1), count: 2 },
      { start: Date.UTC(2024, 0, 1), end: Date.UTC(2024, 11, 31), count: 5 },
    ];
    const { scale } = createSegmentedScale(segments, 1000);
    const ticks = computeSegmentTicks(scale, 1000, format);
    const [, gapStart, gapEnd] = scale.domain().map(Number);
    for (const t of ticks) expect(t.value <= gapStart || t.value >= gapEnd).to.equal(true);
    expect(ticks.some((t) => t.value < gapStart)).to.equal(true);
    expect(ticks.some((t) => t.value > gapEnd)).to.equal(true);
  });

  it('labels a segment too narrow for ticks with its span', () => {
    const ticks = computeSegmentTicks(createTimeScale([Date.UTC(2024, 9, 3), Date.UTC(2024, 9, 4)], 100), 100, format);
    expect(ticks).to.have.length(1);
    expect(ticks[0].pos).to.equal(50);
    expect(ticks[0].label).to.match(/3 Oct/);
  });
});
