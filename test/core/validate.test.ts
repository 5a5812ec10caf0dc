import { expect } from '@open-wc/testing';
import { isSafeUrl, validateEvents } from '../../src/core/validate.js';
import { showcaseEvents } from '../../stories/data/showcase.js';

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
