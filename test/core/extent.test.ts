// Dateline computes the extent of a parsed EDTF date itself (only edtf's parser is bundled);
// these tests hold it to edtf's own min/max.
import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import edtf, { parse } from 'edtf';
import { extentOf, parseFast, utc } from '../../src/core/dates.js';

const same = (text: string) => {
  const ours = extentOf(parse(text));
  const theirs = edtf(text);
  expect(ours, text).to.deep.equal([theirs.min, theirs.max]);
};

describe('extentOf', () => {
  for (const text of ['2024', '2024-06', '2024-02', '2023-02', '2024-10-03', '2024-12-31', '-0490', '0000', '0099', 'Y-12000', 'Y20000', '201X', '19XX', '1XXX', '2024-XX', '2016-1X', '2016-0X', '2016-02-2X', '2016-02-XX', '2016-XX-XX', '201', '19', '2024-10-03T14:30Z', '2024-10-03T14:30+09:00', '2024-10-03T14:30:15-05:00', '2024-06~', '2024?']) {
    it(`matches edtf for ${text}`, () => same(text));
  }

  it('matches edtf for random days, months and years', () => {
    fc.assert(
      fc.property(fc.integer({ min: -9999, max: 9999 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 28 }), fc.integer({ min: 1, max: 3 }), (y, m, d, parts) => {
        const year = (y < 0 ? '-' : '') + String(Math.abs(y)).padStart(4, '0');
        const text = [year, String(m).padStart(2, '0'), String(d).padStart(2, '0')].slice(0, parts).join('-');
        same(text);
      }),
    );
  });

  it('gives seasons their months: spring is March to May, winter runs into the next year', () => {
    expect(extentOf(parse('2024-21'))).to.deep.equal([utc(2024, 2), utc(2024, 5) - 1]);
    expect(extentOf(parse('2024-24'))).to.deep.equal([utc(2024, 11), utc(2025, 2) - 1]);
    expect(extentOf(parse('2024-33'))).to.deep.equal([utc(2024, 0), utc(2024, 3) - 1]);
    expect(extentOf(parse('2024-41'))).to.deep.equal([utc(2024, 6), utc(2025, 0) - 1]);
  });
});

describe('utc', () => {
  it('takes years 0-99 as they are and carries overflowing months', () => {
    expect(new Date(utc(50)).getUTCFullYear()).to.equal(50);
    expect(utc(2024, 12)).to.equal(Date.UTC(2025, 0, 1));
    expect(utc(2024, 1, 30)).to.equal(Date.UTC(2024, 2, 1));
  });
});

describe('parseFast', () => {
  const plain = fc
    .tuple(fc.integer({ min: -9999, max: 9999 }), fc.integer({ min: 0, max: 13 }), fc.integer({ min: 0, max: 32 }), fc.integer({ min: 1, max: 3 }))
    .map(([y, m, d, parts]) => [(y < 0 ? '-' : '') + String(Math.abs(y)).padStart(4, '0'), String(m).padStart(2, '0'), String(d).padStart(2, '0')].slice(0, parts).join('-'));

  it('reads plain dates and intervals exactly as the grammar does, and leaves the rest to it', () => {
    fc.assert(
      fc.property(fc.oneof(plain, fc.tuple(fc.oneof(plain, fc.constantFrom('..', '')), fc.oneof(plain, fc.constantFrom('..', ''))).map(([a, b]) => `${a}/${b}`)), (text) => {
        const fast = parseFast(text);
        let slow: ReturnType<typeof parse> | null;
        try {
          slow = parse(text);
        } catch {
          slow = null;
        }
        if (!fast) return; // the grammar decides
        expect(slow, text).not.to.equal(null);
        expect(fast.type).to.equal(slow!.type);
        if (fast.type === 'Date') expect(extentOf(fast)).to.deep.equal(extentOf(slow!));
        else {
          const [a, b] = fast.values;
          const [c, d] = slow!.values;
          for (const [x, y] of [
            [a, c],
            [b, d],
          ]) {
            if (typeof x === 'object' && x) expect(extentOf(x)).to.deep.equal(extentOf(y as never));
            else expect(x).to.equal(y);
          }
        }
      }),
      { numRuns: 500 },
    );
  });

  it('leaves qualifiers, seasons, unspecified digits and times to the grammar', () => {
    for (const text of ['2024~', '2024-06?', '2024-21', '201X', '2024-10-03T14:30Z', 'Y-12000', '-0000', '2024-13', '2024-02-30']) expect(parseFast(text), text).to.equal(null);
  });
});
