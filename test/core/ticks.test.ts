import { expect } from '@open-wc/testing';
import { utc } from '../../src/core/dates.js';
import { createTimeScale, padExtent } from '../../src/core/scale.js';
import { computeTicks } from '../../src/core/ticks.js';

describe('createTimeScale', () => {
  it('maps the domain onto [0, length]', () => {
    const s = createTimeScale([Date.UTC(2024, 0, 1), Date.UTC(2025, 0, 1)], 1000);
    expect(s(Date.UTC(2024, 0, 1))).to.equal(0);
    expect(s(Date.UTC(2025, 0, 1))).to.equal(1000);
  });
});

describe('padExtent', () => {
  it('widens a single instant to two days', () => {
    const [a, b] = padExtent([0, 0]);
    expect(b - a).to.equal(2 * 86_400_000);
  });
});

describe('computeTicks', () => {
  const ticks = (a: number, b: number, width = 1000) => computeTicks(createTimeScale([a, b], width), { locale: 'en-GB' });

  it('labels years over decades', () => {
    const t = ticks(utc(1950), utc(2025));
    expect(t.map((x) => x.label)).to.include('1960');
    for (const x of t) expect(x.pos).to.be.within(0, 1000);
  });

  it('labels months within a year', () => {
    expect(ticks(Date.UTC(2024, 0, 1), Date.UTC(2024, 11, 31)).map((x) => x.label)).to.include('Jun 2024');
  });

  it('labels days within a month', () => {
    const labels = ticks(Date.UTC(2024, 9, 1), Date.UTC(2024, 9, 20)).map((x) => x.label);
    expect(labels.length).to.be.greaterThan(3);
    expect(labels[0]).to.match(/^\d{1,2} Oct 2024$/);
    for (const l of labels.slice(1)) expect(l).to.match(/^\d{1,2} Oct$/);
  });

  it('labels hours within a day', () => {
    expect(ticks(Date.UTC(2024, 9, 18, 6), Date.UTC(2024, 9, 18, 18)).map((x) => x.label)).to.include('12:00');
  });

  it('puts deep-time ticks on round BCE years, without a year zero', () => {
    const labels = ticks(utc(-3000), utc(1000)).map((x) => x.label);
    expect(labels).to.include('2000 BCE');
    expect(labels).not.to.include('0');
  });
});
