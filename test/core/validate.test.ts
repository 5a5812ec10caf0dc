import { expect } from '@open-wc/testing';
import { isSafeUrl, validateEvents } from '../../src/core/validate.js';
import { showcaseEvents } from '../../stories/data/showcase.js';
import fc from 'fast-check';

describe('validateEvents', () => {
  it('accepts the whole showcase', () => {
    const { events, problems } = validateEvents(showcaseEvents);
    expect(problems).to.deep.equal([]);
    expect(events.length).to.equal(showcaseEvents.length);
  });

  it('leaves out invalid entries, keeps the rest, and reports index, id, field and message', () => {
    const { events, problems } = validateEvents([
      { id: 'a', start: '2024-06', title: 'Fine' },
      { id: 'b', start: '2024-13-45', title: 'Bad date' },
      null,
      { id: 'a', start: '2024', title: 'Duplicate' },
      { id: 'c', start: '2024-10-05', end: '2024-10-01', title: 'Backwards' },
      { id: 'd', start: '2024', title: 'Odd certainty', certainty: 'sure' },
    ]);
    expect(events.map((e) => e.id)).to.deep.equal(['a']);
    expect(problems.map((p) => [p.index, p.id, p.field])).to.deep.equal([
      [1, 'b', 'start'],
      [2, undefined, '(entry)'],
      [3, 'a', 'id'],
      [4, 'c', 'end'],
      [5, 'd', 'certainty'],
    ]);
    expect(problems[0].message).to.equal("start '2024-13-45' is not a valid EDTF date: month 13 does not exist");
  });

  it('reports a non-array without throwing', () => {
    expect(validateEvents('nope').problems[0].message).to.match(/must be an array/);
    expect(validateEvents(undefined).problems).to.deep.equal([]);
  });

  it("reads end: '..' as still going on", () => {
    const [e] = validateEvents([{ id: 'x', start: '2023-08', end: '..', title: 'Shipments' }]).events;
    expect(e.max).to.equal(Infinity);
    expect(e.date.openEnd).to.equal('open');
  });

  it('throws a list of problems in strict mode', () => {
    expect(() => validateEvents([{ id: 'x', start: 'soon', title: 'x' }], { strict: true })).to.throw(TypeError, /\[0\] start 'soon'/);
  });
});

describe('isSafeUrl', () => {
  it('allows only http and https', () => {
    expect(isSafeUrl('https://example.org/a')).to.equal(true);
    expect(isSafeUrl('http://example.org')).to.equal(true);
    expect(isSafeUrl('javascript:alert(1)')).to.equal(false);
    expect(isSafeUrl('data:text/html,x')).to.equal(false);
    expect(isSafeUrl('/relative')).to.equal(false);
  });
});

// Bad input never throws: a table of named bad inputs, and property-based tests.

const ok = { id: 'ok', start: '2024-06', title: 'Fine' };

/** [name, entry, field, message] */
const table: [string, unknown, string, RegExp][] = [
  ['null entry', null, '(entry)', /entry 0 must be an object, not null/],
  ['string entry', 'event', '(entry)', /must be an object, not the text 'event'/],
  ['number entry', 42, '(entry)', /must be an object, not a number \(42\)/],
  ['array entry', [1, 2], '(entry)', /must be an object, not an array/],
  ['boolean entry', true, '(entry)', /must be an object, not a boolean/],
  ['missing id', { start: '2024', title: 't' }, 'id', /id must be non-empty text, not an undefined/],
  ['empty id', { id: '', start: '2024', title: 't' }, 'id', /id must be non-empty text/],
  ['object id', { id: {}, start: '2024', title: 't' }, 'id', /not an object/],
  ['missing title', { id: 'x', start: '2024' }, 'title', /title must be text/],
  ['empty title', { id: 'x', start: '2024', title: '  ' }, 'title', /title must not be empty/],
  ['number title', { id: 'x', start: '2024', title: 5 }, 'title', /title must be text, not a number \(5\)/],
  ['missing start', { id: 'x', title: 't' }, 'start', /start must be an EDTF string or a Date, not an undefined/],
  ['number start', { id: 'x', start: 2024, title: 't' }, 'start', /not a number \(2024\)/],
  ['month 13', { id: 'x', start: '2024-13', title: 't' }, 'start', /month 13 does not exist/],
  ['30 February', { id: 'x', start: '2024-02-30', title: 't' }, 'start', /day 30 does not exist in month 2/],
  ['US date', { id: 'x', start: '10/03/2024', title: 't' }, 'start', /write dates as YYYY-MM-DD/],
  ['prose date', { id: 'x', start: 'last Friday', title: 't' }, 'start', /not a valid EDTF date/],
  ['invalid Date', { id: 'x', start: new Date('nope'), title: 't' }, 'start', /invalid Date/],
  ['huge start', { id: 'x', start: '2'.repeat(1_000_000), title: 't' }, 'start', /1000000 characters long/],
  ['backwards interval', { id: 'x', start: '2024-10/2024-01', title: 't' }, 'start', /ends before it starts/],
  ['end before start', { id: 'x', start: '2024-10', end: '2024-01', title: 't' }, 'end', /end '2024-01' is before start '2024-10'/],
  ['bad end', { id: 'x', start: '2024', end: 'later', title: 't' }, 'end', /end 'later' is not a valid EDTF date/],
  ['end with interval start', { id: 'x', start: '1950/1953', end: '1954', title: 't' }, 'end', /already an interval/],
  ['bad certainty', { id: 'x', start: '2024', title: 't', certainty: 'likely' }, 'certainty', /one of confirmed, reported, claimed, disputed, not the text 'likely'/],
  ['bad source', { id: 'x', start: '2024', title: 't', source: 'Reuters' }, 'source', /source must be an object with a text name/],
  ['source without name', { id: 'x', start: '2024', title: 't', source: { url: 'https://x.org' } }, 'source', /text name/],
  ['bad tags', { id: 'x', start: '2024', title: 't', tags: 'a,b' }, 'tags', /tags must be an array of text/],
  ['number group', { id: 'x', start: '2024', title: 't', group: 3 }, 'group', /group must be text/],
  ['object description', { id: 'x', start: '2024', title: 't', description: {} }, 'description', /description must be text/],
  ['number displayDate', { id: 'x', start: '2024', title: 't', displayDate: 1 }, 'displayDate', /displayDate must be text/],
  ['list of dates', { id: 'x', start: '[2023, 2024]', title: 't' }, 'start', /list of dates/],
];

describe('validateEvents with bad input', () => {
  for (const [name, entry, field, message] of table) {
    it(`${name}: reports ${field} and keeps the valid entry`, () => {
      const { events, problems } = validateEvents([entry, ok]);
      expect(events.map((e) => e.id)).to.deep.equal(['ok']);
      expect(problems).to.have.length.greaterThan(0);
      const p = problems.find((q) => q.field === field)!;
      expect(p, JSON.stringify(problems)).not.to.equal(undefined);
      expect(p.index).to.equal(0);
      expect(p.message).to.match(message);
    });
  }

  it('reports a duplicate id once, on the later entry', () => {
    const { events, problems } = validateEvents([ok, { ...ok, title: 'Again' }]);
    expect(events).to.have.length(1);
    expect(problems).to.deep.equal([{ index: 1, id: 'ok', field: 'id', message: "id 'ok' is used by an earlier event; ids must be unique" }]);
  });

  for (const value of [null, undefined, 'events', 42, {}, true]) {
    it(`accepts ${String(value)} as events without throwing`, () => {
      expect(() => validateEvents(value)).not.to.throw();
      expect(validateEvents(value).events).to.deep.equal([]);
    });
  }

  const STARTS = ['2024', '2024-06', '2024-10-03', '2024-10~', '1950/1953', '2023-08/..', '-0490'];
  const validEvent = fc.record({
    id: fc.uuid(),
    start: fc.constantFrom(...STARTS),
    title: fc.string({ minLength: 1 }).filter((s) => s.trim().length > 0),
  });
  const anything = fc.anything({ withDate: true, withMap: true, withSet: true, withTypedArray: true, withNullPrototype: true });

  it('never throws, keeps every valid entry and reports every invalid one exactly once', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(validEvent, anything), { maxLength: 40 }), (input) => {
        const { events, problems } = validateEvents(input);
        const reported = new Set(problems.map((p) => p.index));
        const kept = new Set(events.map((e) => e.index));
        for (const i of kept) expect(reported.has(i)).to.equal(false);
        expect(kept.size + reported.size).to.equal(input.length);
        for (const p of problems) expect(p.message).to.be.a('string').and.not.equal('');
        // Every entry that is a valid event with a unique id is kept.
        const seen = new Set<string>();
        input.forEach((entry, i) => {
          const e = entry as { id?: unknown; start?: unknown };
          const valid =
            typeof e === 'object' &&
            e !== null &&
            Object.keys(e).length === 3 &&
            typeof e.id === 'string' &&
            typeof (e as { title?: unknown }).title === 'string' &&
            (e as { title: string }).title.trim() !== '' &&
            STARTS.includes(e.start as string);
          if (valid && !seen.has(e.id as string)) expect(kept.has(i), `entry ${i}`).to.equal(true);
          if (valid) seen.add(e.id as string);
        });
      }),
      { numRuns: 300 },
    );
  });
});
