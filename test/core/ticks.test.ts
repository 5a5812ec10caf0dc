import { expect } from '@open-wc/testing';
import { utc } from '../../src/core/dates.js';
import { createTimeScale, padExtent, scaleLinear } from '../../src/core/scale.js';
import { columnTicks, computeTicks } from '../../src/core/ticks.js';

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

describe('columnTicks', () => {
  const day = Date.UTC(2024, 9, 3);
  // A column where 2000-2023 takes 400px and one day, 3 October 2024, takes 2,000px after it.
  const column = scaleLinear([Date.UTC(2000, 0, 1), day, day + 86_400_000], [0, 400, 2400]).clamp(true);
  const ticks = columnTicks(column, 0, 2400, { locale: 'en-GB' });

  it('gives a quiet stretch its round years and a busy one its hours, at least 22px apart', () => {
    const years = ticks.filter((t) => t.pos < 400);
    expect(years.map((t) => t.label)).to.include.members(['2000', '2010', '2020']);
    const hours = ticks.filter((t) => t.pos > 400 && t.pos < 2400);
    expect(hours.length).to.be.above(12);
    expect(hours.every((t) => /^\d{1,2}:00$/.test(t.label)), hours.map((t) => t.label).join()).to.equal(true);
    for (const t of ticks) expect(t.pos).to.be.closeTo(column(t.value), 1e-6);
    for (let i = 1; i < ticks.length; i++) expect(ticks[i].pos - ticks[i - 1].pos).to.be.above(22);
  });

  it('keeps the rounder of two close ticks: a year over a month', () => {
    // 1 January 2024 lies 10px after 1 December 2023.
    const s = scaleLinear([Date.UTC(2023, 11, 1), Date.UTC(2024, 0, 1), Date.UTC(2024, 5, 1)], [70, 80, 1000]);
    const labels = columnTicks(s, 0, 1000, { locale: 'en-GB' }).map((t) => t.label);
    expect(labels[0]).to.equal('2024');
    expect(labels).not.to.include('Dec 2023');
  });

  it('gives a part of the column the ticks the whole column has there', () => {
    const within = (list: typeof ticks) => list.filter((t) => t.pos >= 1000 && t.pos < 1800).map((t) => t.value);
    expect(within(columnTicks(column, 1000, 1800, { locale: 'en-GB' }))).to.deep.equal(within(ticks));
    expect(within(ticks).length).to.be.above(5);
  });

  it('reads deep time in round millennia', () => {
    const s = scaleLinear([utc(-11999), utc(-1999)], [0, 800]);
    const labels = columnTicks(s, 0, 800, { locale: 'en' }).map((t) => t.label);
    expect(labels.length).to.be.above(4);
    expect(labels.every((l) => /000/.test(l)), labels.join()).to.equal(true);
    expect(labels).to.include('10,000 BCE');
  });
});
