import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { createTimeIndex, lowerBound, timeOrder as orderOf, type Interval } from '../../src/core/time-index.js';

const timeOrder = (items: Interval[]) => orderOf(items.map((it) => it.min), items.map((it) => it.max));

const linear = (items: Interval[], lo: number, hi: number) =>
  items
    .map((it, i) => [it, i] as const)
    .filter(([it]) => it.min <= hi && it.max >= lo)
    .sort((a, b) => a[0].min - b[0].min || a[0].max - b[0].max || a[1] - b[1])
    .map(([, i]) => i);

const interval = fc.oneof(
  { weight: 8, arbitrary: fc.tuple(fc.integer({ min: -1000, max: 1000 }), fc.integer({ min: 0, max: 30 })).map(([a, l]) => ({ min: a, max: a + l })) },
  { weight: 1, arbitrary: fc.tuple(fc.integer({ min: -1000, max: 1000 }), fc.integer({ min: 0, max: 2000 })).map(([a, l]) => ({ min: a, max: a + l })) },
  { weight: 1, arbitrary: fc.integer({ min: -1000, max: 1000 }).map((a) => ({ min: a, max: Infinity })) },
  { weight: 1, arbitrary: fc.integer({ min: -1000, max: 1000 }).map((a) => ({ min: -Infinity, max: a })) },
);

describe('createTimeIndex', () => {
  it('finds exactly what a linear scan finds, in time order', () => {
    fc.assert(
      fc.property(fc.array(interval, { maxLength: 400 }), fc.integer({ min: -1200, max: 1200 }), fc.integer({ min: 0, max: 600 }), (items, lo, length) => {
        expect(createTimeIndex(items).query(lo, lo + length)).to.deep.equal(linear(items, lo, lo + length));
      }),
      { numRuns: 300 },
    );
  });

  it('answers for an empty array and for windows outside all items', () => {
    expect(createTimeIndex([]).query(0, 10)).to.deep.equal([]);
    expect(createTimeIndex([{ min: 0, max: 1 }]).query(5, 10)).to.deep.equal([]);
  });

  it('reads few items outside the window for 100,000 short items', () => {
    const items = Array.from({ length: 100_000 }, (_, i) => ({ min: i * 10, max: i * 10 + 5 }));
    const index = createTimeIndex(items);
    expect(index.query(500_000, 500_100)).to.deep.equal(linear(items, 500_000, 500_100));
  });
});

describe('timeOrder', () => {
  const bound = fc.oneof(fc.integer({ min: -20, max: 20 }), fc.constantFrom(-Infinity, Infinity));
  it('orders by start, then end, then position, like a comparison sort', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(bound, bound), { maxLength: 200 }), (pairs) => {
        const items = pairs.map(([a, b]) => ({ min: Math.min(a, b), max: Math.max(a, b) }));
        const expected = items.map((_, i) => i).sort((a, b) => items[a].min - items[b].min || items[a].max - items[b].max || a - b);
        expect([...timeOrder(items)]).to.deep.equal(expected);
      }),
    );
  });

  it('keeps a long run of equal starts in order of end and position', () => {
    const items = Array.from({ length: 500 }, (_, i) => ({ min: 0, max: i % 7 }));
    const order = [...timeOrder(items)];
    expect(order.slice(0, 3)).to.deep.equal([0, 7, 14]);
    expect(order.map((i) => items[i].max)).to.deep.equal([...items.map((it) => it.max)].sort((a, b) => a - b));
  });
});

describe('lowerBound', () => {
  it('finds the first position at or after a value, like a linear scan', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: -50, max: 50 })), fc.integer({ min: -60, max: 60 }), (raw, x) => {
        const values = [...raw].sort((a, b) => a - b);
        const scan = values.findIndex((v) => v >= x);
        expect(lowerBound(values, x)).to.equal(scan < 0 ? values.length : scan);
      }),
    );
  });
});
