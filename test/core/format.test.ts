import { expect } from '@open-wc/testing';
import { normaliseDate, type NormalisedDate } from '../../src/core/dates.js';
import { formatDate, formatWindow } from '../../src/core/format.js';
import { dashes } from '../text.js';

function date(text: string, timeZone?: string): NormalisedDate {
  const r = normaliseDate(text, timeZone);
  if (!r.ok) throw new Error(r.message);
  return r.date;
}
const fmt = (text: string, locale = 'en-GB') => formatDate(date(text), { locale });

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
      expect(dashes(fmt(input))).to.equal(expected);
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

// A table of EDTF inputs, valid and invalid, at every precision and qualifier, in several locales.

/** [input, precision of the start (or null for an open start), en-GB text] */
const valid: [string, string | null, string][] = [
  ['2024', 'year', '2024'],
  ['1066', 'year', '1066'],
  ['0476', 'year', '476'],
  ['2024-06', 'month', 'June 2024'],
  ['2024-02', 'month', 'February 2024'],
  ['2024-10-03', 'day', '3 October 2024'],
  ['2024-02-29', 'day', '29 February 2024'],
  ['2024-10-03T14:30', 'minute', '3 October 2024 at 14:30'],
  ['2024~', 'year', 'about 2024'],
  ['2024?', 'year', '2024 (uncertain)'],
  ['2024-10~', 'month', 'about October 2024'],
  ['2024-06?', 'month', 'June 2024 (uncertain)'],
  ['2024-06%', 'month', 'about June 2024 (uncertain)'],
  ['2024-10-03~', 'day', 'about 3 October 2024'],
  ['201X', 'decade', '2010s'],
  ['19XX', 'century', '1900s'],
  ['2024-XX', 'year', '2024'],
  ['2024-10-XX', 'month', 'October 2024'],
  ['2024-21', 'season', 'Spring 2024'],
  ['2024-22', 'season', 'Summer 2024'],
  ['2024-23', 'season', 'Autumn 2024'],
  ['2024-24', 'season', 'Winter 2024'],
  ['2024-33', 'season', 'Q1 2024'],
  ['-0490', 'year', '491 BCE'],
  ['0000', 'year', '1 BCE'],
  ['Y-12000', 'year', '12,001 BCE'],
  ['Y20000', 'year', '20,000'],
  // Deep time, beyond the years Date counts: TimelineJS's age of the universe.
  ['Y170000002', 'year', '170,000,002'],
  ['Y-13799999999', 'year', '13,800,000,000 BCE'],
  ['-0490-08', 'month', 'August 491 BCE'],
  ['1950/1953', 'year', '1950 – 1953'],
  ['2024-10-01/2024-10-17', 'day', '1 – 17 October 2024'],
  ['2023-08/2024-06', 'month', 'August 2023 – June 2024'],
  ['2023-08/..', 'month', 'August 2023 – ongoing'],
  ['2022-02-24/..', 'day', '24 February 2022 – ongoing'],
  ['2024/', 'year', '2024 – unknown end'],
  ['../2024', null, 'until 2024'],
  ['/2024', null, 'unknown start – 2024'],
  ['2024-06~/2024-09', 'month', 'about June 2024 – September 2024'],
  ['-0500/-0400', 'year', '501 BCE – 401 BCE'],
];

const invalid: [string, RegExp][] = [
  ['2024-13', /not a valid EDTF date: month 13 does not exist/],
  ['2024-00', /month 0 does not exist/],
  ['2024-13-45', /month 13 does not exist/],
  ['2024-04-31', /day 31 does not exist in month 4/],
  ['2024-1-3', /not a valid EDTF date/],
  ['03.10.2024', /write dates as YYYY-MM-DD/],
  ['October 2024', /contains spaces/],
  ['tomorrow', /not a valid EDTF date/],
  ['{2024, 2025}', /list of dates/],
];

describe('EDTF table', () => {
  for (const [input, precision, text] of valid) {
    it(`${input} → ${precision ?? 'open start'}, "${text}"`, () => {
      const r = normaliseDate(input, 'UTC');
      if (!r.ok) throw new Error(r.message);
      expect(r.date.start?.precision ?? null).to.equal(precision);
      expect(dashes(formatDate(r.date, { locale: 'en-GB', timeZone: 'UTC' }))).to.equal(text);
    });
  }
  for (const [input, message] of invalid) {
    it(`${input} is rejected with a reason`, () => {
      const r = normaliseDate(input);
      expect(r.ok).to.equal(false);
      if (!r.ok) expect(r.message).to.match(message);
    });
  }

  describe('in other locales', () => {
    const cases: [string, string, string][] = [
      ['2024-06', 'en-US', 'June 2024'],
      ['2024-10-03', 'en-US', 'October 3, 2024'],
      ['2024-06', 'fr', 'juin 2024'],
      ['2024-10-03', 'de', '3. Oktober 2024'],
      ['2024-06', 'ko', '2024년 6월'],
      ['2024-10-03', 'uk', '3 жовтня 2024 р.'],
      ['2024-06', 'es', 'junio de 2024'],
      ['2024-10-03', 'ru', '3 октября 2024 г.'],
      ['2024-06', 'ar-EG', 'يونيو ٢٠٢٤'],
    ];
    for (const [input, locale, text] of cases) {
      it(`${input} in ${locale} reads "${text}"`, () => {
        const r = normaliseDate(input);
        expect(r.ok && formatDate(r.date, { locale })).to.equal(text);
      });
    }
  });
});

describe('formatWindow', () => {
  it('says a window in days, months or years by its length', () => {
    expect(dashes(formatWindow(Date.UTC(2024, 9, 1), Date.UTC(2024, 9, 31), { locale: 'en-GB' }))).to.equal('1 – 31 October 2024');
    expect(dashes(formatWindow(Date.UTC(2024, 0, 1), Date.UTC(2024, 9, 31), { locale: 'en-GB' }))).to.equal('January – October 2024');
    expect(dashes(formatWindow(Date.UTC(2000, 0, 1), Date.UTC(2024, 9, 31), { locale: 'en-GB' }))).to.equal('2000 – 2024');
  });
});
