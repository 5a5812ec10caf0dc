import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { formatDate, normaliseDate, utc, zoneOffset, type NormalisedDate } from '../../src/core/dates.js';

function date(text: string, timeZone?: string): NormalisedDate {
  const r = normaliseDate(text, timeZone);
  if (!r.ok) throw new Error(r.message);
  return r.date;
}
const fmt = (text: string, locale = 'en-GB') => formatDate(date(text), { locale });

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

describe('formatDate', () => {
  const cases: [string, string][] = [
    ['2024', '2024'],
    ['2024-06', 'June 2024'],
    ['2024-10-03', '3 October 2024'],
    ['2024-10~', 'about October 2024'],
    ['2024-06?', 'June 2024 (uncertain)'],
    ['2024-06%', 'about June 2024 (uncertain)'],
    // Intl's range format (ICU) sets a spaced en dash in English.
    ['1950/1953', '1950 – 1953'],
    ['2023-08/..', 'August 2023 – ongoing'],
    ['2024/', '2024 – unknown end'],
    ['../2024', 'until 2024'],
    ['-0490', '491 BCE'],
    ['0000', '1 BCE'],
    ['201X', '2010s'],
    ['2024-21', 'Spring 2024'],
    ['2024-10-01/2024-10-17', '1 – 17 October 2024'],
  ];
  for (const [input, expected] of cases) {
    it(`formats ${input} as "${expected}"`, () => {
      expect(fmt(input)).to.equal(expected);
    });
  }

  it('formats in the given locale', () => {
    expect(fmt('2024-06', 'de')).to.equal('Juni 2024');
    expect(fmt('2024-10-03', 'ko')).to.equal('2024년 10월 3일');
  });

  it('shows an instant in the requested zone', () => {
    const d = date('2024-10-03T14:30Z', 'Asia/Seoul');
    expect(formatDate(d, { locale: 'en-GB', timeZone: 'Asia/Seoul' })).to.match(/3 October 2024.*23:30/);
  });
});

describe('zoneOffset', () => {
  it('finds the offset of a named zone', () => {
    expect(zoneOffset(Date.UTC(2024, 0, 1), 'Asia/Seoul')).to.equal(540);
    expect(zoneOffset(Date.UTC(2024, 0, 1), 'Pacific/Honolulu')).to.equal(-600);
  });
});
