import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { utc } from '../../src/core/dates.js';
import { computeSegments as segmentsOf, createSegmentedScale, type SegmentOptions } from '../../src/core/segments.js';

const DAY = 86_400_000;
/** The segments of events given as [start, end] pairs. */
const computeSegments = (extents: [number, number][], options?: SegmentOptions) => segmentsOf(extents.map((e) => e[0]), extents.map((e) => e[1]), options);
const day = (y: number, m: number, d: number): [number, number] => [Date.UTC(y, m - 1, d), Date.UTC(y, m - 1, d + 1) - 1];

describe('computeSegments', () => {
  it('cuts the decades between a war in the 1950s and a week in 2024', () => {
    const segments = computeSegments([[utc(1950), utc(1954) - 1], day(2024, 10, 3), day(2024, 10, 18)]);
    expect(segments.map((s) => [new Date(s.start).getUTCFullYear(), new Date(s.end).getUTCFullYear(), s.count])).to.deep.equal([
      [1950, 1953, 1],
      [2024, 2024, 2],
    ]);
  });

  it('never cuts inside a span', () => {
    const segments = computeSegments([[utc(1950), utc(2000)], day(1960, 1, 1), day(1999, 1, 1)]);
    expect(segments).to.have.length(1);
  });

  it('keeps evenly spread events in one segment', () => {
    const extents = Array.from({ length: 20 }, (_, i) => day(2024, 1 + Math.floor(i / 2), 1 + (i % 2) * 14));
    expect(computeSegments(extents)).to.have.length(1);
  });

  it('leaves gaps shorter than 30 days alone', () => {
    expect(computeSegments([day(2024, 10, 1), day(2024, 10, 29)])).to.have.length(1);
    expect(computeSegments([day(2024, 6, 1), day(2024, 10, 1)])).to.have.length(2);
  });

  it('is ordered, disjoint, covers every extent, and has at most maxSegments', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.integer({ min: -5000, max: 5000 }), fc.integer({ min: 0, max: 400 })), { minLength: 1, maxLength: 40 }),
        (raw) => {
          const extents = raw.map(([d, len]): [number, number] => [d * DAY * 10, d * DAY * 10 + len * DAY]);
          const segments = computeSegments(extents, { maxSegments: 5 });
          expect(segments.length).to.be.within(1, 5);
          for (let i = 1; i < segments.length; i++) expect(segments[i].start).to.be.greaterThan(segments[i - 1].end);
          for (const [a, b] of extents) expect(segments.some((s) => s.start <= a && b <= s.end)).to.equal(true);
          expect(segments.reduce((n, s) => n + s.count, 0)).to.equal(extents.length);
        },
      ),
    );
  });

  it('finds the same segments in events ordered by start as in any order', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.integer({ min: -5000, max: 5000 }), fc.integer({ min: 0, max: 400 }), fc.boolean()), { minLength: 1, maxLength: 40 }),
        (raw) => {
          // Some events have no finite extent (an open end), and are left out either way.
          const extents = raw.map(([d, len, open]): [number, number] => [d * DAY * 10, open ? Infinity : d * DAY * 10 + len * DAY]);
          const ordered = [...extents].sort((x, y) => x[0] - y[0]);
          expect(computeSegments(ordered)).to.deep.equal(computeSegments(extents));
        },
      ),
    );
  });
});

describe('createSegmentedScale', () => {
  it('maps segments onto [0, width] in order, with breaks between them', () => {
    const segments = computeSegments([[utc(1950), utc(1954) - 1], day(2024, 10, 3), day(2024, 10, 18)]);
    const { scale } = createSegmentedScale(segments, 1000, { breakWidth: 20 });
    const range = scale.range();
    expect(range[0]).to.equal(0);
    expect(range[range.length - 1]).to.be.closeTo(1000, 1e-6);
    expect(range[2] - range[1]).to.equal(20);
    // The busier segment (two events) is wider than the quieter one.
    expect(range[3] - range[2]).to.be.greaterThan(range[1] - range[0]);
    expect(scale(Date.UTC(2024, 9, 10))).to.be.within(range[2], range[3]);
  });
});
