import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import edtf, { parse } from 'edtf';
import { extentOf, normaliseDate, parseFast, utc, zoneOffset, type NormalisedDate } from '../../src/core/dates.js';

function date(text: string, timeZone?: string): NormalisedDate {
  const r = normaliseDate(text, timeZone);
  if (!r.ok) throw new Error(r.message);
  return r.date;
}

describe('normaliseDate', () => {
  it('gives a month its whole extent, not its first day', () => {
    const d = date('2024-06');
    expect(d.start!.precision).to.equal('month');
    expect(d.start!.min).to.equal(Date.UTC(2024, 5, 1));
    expect(d.start!.max).to.equal(Date.UTC(2024, 6, 1) - 1);
  });

  it('reads a day as a floating calendar day', () => {
    const d = date('2024-10-03');
    expect(d.start!.precision).to.equal('day');
    expect(d.start!.min).to.equal(Date.UTC(2024, 9, 3));
  });

  it('reads a plain day (the quick path) as it reads the same day inside an interval (the general path)', () => {
    fc.assert(
      fc.property(fc.integer({ min: -999, max: 9999 }), fc.integer({ min: 0, max: 13 }), fc.integer({ min: 0, max: 32 }), (y, m, d) => {
        const text = `${y < 0 ? '-' : ''}${String(Math.abs(y)).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
        const plain = normaliseDate(text);
        const inInterval = normaliseDate(`${text}/${text}`);
        expect(plain.ok, text).to.equal(inInterval.ok);
        if (plain.ok && inInterval.ok) expect(plain.date.start, text).to.deep.equal(inInterval.date.start);
      }),
      { numRuns: 500 },
    );
  });

  it('reads a year', () => {
    expect(date('2024').start!.precision).to.equal('year');
  });

  it('shifts an instant with a zone into the display zone', () => {
    const d = date('2024-10-03T14:30Z', 'Asia/Seoul');
    expect(d.start!.precision).to.equal('minute');
    expect(d.start!.instant).to.equal(Date.UTC(2024, 9, 3, 14, 30));
    expect(d.start!.min).to.equal(Date.UTC(2024, 9, 3, 23, 30));
  });

  it('keeps the qualifiers ~ ? %', () => {
    expect(date('2024-10~').start!.approximate).to.equal(true);
    expect(date('2024-06?').start!.uncertain).to.equal(true);
    const both = date('2024-06%').start!;
    expect([both.approximate, both.uncertain]).to.deep.equal([true, true]);
  });

  it('reads intervals, open ends and unknown ends', () => {
    const war = date('1950/1953');
    expect(war.start!.min).to.equal(utc(1950));
    expect(war.end!.max).to.equal(utc(1954) - 1);
    const ongoing = date('2023-08/..');
    expect(ongoing.end).to.equal(null);
    expect(ongoing.openEnd).to.equal('open');
    expect(date('2024/').openEnd).to.equal('unknown');
    expect(date('../2024').openStart).to.equal('open');
  });

  it('reads BCE years astronomically', () => {
    const d = date('-0490');
    expect(d.start!.year).to.equal(-490);
    expect(new Date(d.start!.min).getUTCFullYear()).to.equal(-490);
  });

  it('reads unspecified digits as a coarser precision', () => {
    expect(date('201X').start!.precision).to.equal('decade');
    expect(date('2024-XX').start!.precision).to.equal('year');
  });

  it('accepts a Date instant', () => {
    const r = normaliseDate(new Date(Date.UTC(2024, 9, 18, 9)), 'UTC');
    expect(r.ok && r.date.start!.min).to.equal(Date.UTC(2024, 9, 18, 9));
  });

  const invalid: [unknown, RegExp][] = [
    ['2024-13-45', /'2024-13-45' is not a valid EDTF date: month 13/],
    ['2024-02-30', /day 30 does not exist in month 2/],
    ['18/10/2024', /write dates as YYYY-MM-DD/],
    ['', /is empty/],
    ['June 2024', /not a valid EDTF date/],
    [42, /must be an EDTF string or a Date, not a number \(42\)/],
    [null, /not null/],
    [new Date(NaN), /invalid Date/],
    ['2024-10-05/2024-10-01', /ends before it starts/],
    ['[2024, 2025]', /list of dates/],
    ['x'.repeat(500), /500 characters long/],
  ];
  for (const [input, message] of invalid) {
    it(`says why ${JSON.stringify(String(input)).slice(0, 30)} is not a date`, () => {
      const r = normaliseDate(input);
      expect(r.ok).to.equal(false);
      if (!r.ok) expect(r.message).to.match(message);
    });
  }
});

describe('zoneOffset', () => {
  it('finds the offset of a named zone', () => {
    expect(zoneOffset(Date.UTC(2024, 0, 1), 'Asia/Seoul')).to.equal(540);
    expect(zoneOffset(Date.UTC(2024, 0, 1), 'Pacific/Honolulu')).to.equal(-600);
  });
});

// Dateline computes the extent of a parsed EDTF date itself (only edtf's parser is bundled);
// these tests hold it to edtf's own min/max.

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
