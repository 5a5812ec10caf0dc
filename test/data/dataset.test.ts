import { expect } from '@open-wc/testing';
import { computeDataset, describeProblems, type Previous } from '../../src/data/dataset.js';
import { validateEvents } from '../../src/core/validate.js';
import fc from 'fast-check';
import { computeLegend } from '../../src/layout/legend.js';
import { filterChoices } from '../../src/controllers/filter.js';

describe('computeDataset', () => {
  it('validates, orders in time, indexes by id and pads the extent', () => {
    const data = computeDataset([
      { id: 'late', start: '2024-10-03', title: 'Late' },
      { id: 'bad', start: '2024-13', title: 'Bad' },
      { id: 'early', start: '2024-06', title: 'Early' },
    ]);
    expect(data.spans.items.map((it) => it.id)).to.deep.equal(['early', 'late']);
    expect(data.byId.get('late')!.pos).to.equal(1);
    expect(data.problems).to.have.length(1);
    expect(data.problems[0]).to.include({ index: 1, id: 'bad', field: 'start' });
    expect(data.extent![0]).to.be.below(Date.UTC(2024, 5, 1));
    expect(data.extent![1]).to.be.above(Date.UTC(2024, 9, 4));
  });

  it('has no extent without dated events', () => {
    expect(computeDataset([]).extent).to.equal(null);
    expect(computeDataset('junk').problems[0].message).to.match(/must be an array/);
  });
});

describe('describeProblems', () => {
  it('counts the entries left out and lists each problem with its index', () => {
    const text = describeProblems([
      { index: 2, field: 'start', message: 'start is bad' },
      { index: 2, field: 'title', message: 'title is missing' },
      { index: 5, field: 'id', message: 'id repeats' },
    ]);
    expect(text).to.equal('dateline-timeline: 2 event(s) left out:\n- [2] start is bad\n- [2] title is missing\n- [5] id repeats');
  });
});

describe('computeDataset with the events seen before', () => {
  /** An event whose source's name counts how often validation reads it. */
  const counted = (id: string, start: string, reads: { n: number }) => ({ id, title: id, start, source: { get name() { return (reads.n++, 'Reuters'); } } });

  it('does not read again the objects it has seen, reads new and changed ones, and keeps their order', () => {
    const reads = { n: 0 };
    const previous: Previous = { seen: new WeakMap() };
    const events = [counted('a', '2024-06', reads), counted('b', '2024-10-03', reads)];
    const first = (previous.data = computeDataset(events, 'UTC', undefined, undefined, previous));
    expect(reads.n).to.equal(2);
    // Append one, prepend one: only those two are read.
    const next = [counted('z', '2023', reads), ...events, counted('c', '2024-10-18', reads)];
    const second = (previous.data = computeDataset(next, 'UTC', undefined, undefined, previous));
    expect(reads.n).to.equal(4);
    expect(second.spans.items.map((i) => i.id)).to.deep.equal(['z', 'a', 'b', 'c']);
    expect(second.byId.get('a')).to.equal(first.byId.get('a'));
    expect(second.byId.get('a')!.index).to.equal(1);
    // A changed event given as a new object is read again, in its place in time.
    const third = computeDataset(next.map((e) => (e.id === 'b' ? { ...e, start: '2022' } : e)), 'UTC', undefined, undefined, previous);
    expect(reads.n).to.equal(5);
    expect(third.spans.items.map((i) => i.id)).to.deep.equal(['b', 'z', 'a', 'c']);
    expect(previous.data).to.equal(third);
    // An object changed in place is taken as it was: reading it again takes a new record (refresh()).
    (next[0] as { start: string }).start = '2025';
    expect(computeDataset([...next], 'UTC', undefined, undefined, previous).spans.items[0].id).to.equal('z');
    expect(computeDataset([...next], 'UTC', undefined, undefined, { seen: new WeakMap() }).spans.items.map((i) => i.id)).to.deep.equal(['a', 'b', 'c', 'z']);
  });

  it('reads only what follows the entries of the last input, keeping their problems, and says it grew', () => {
    const reads = { n: 0 };
    const previous: Previous = { seen: new WeakMap() };
    const events: unknown[] = [counted('a', '2024-06', reads), { id: 'x', title: 'No date' }, counted('b', '2024-10-03', reads)];
    const first = computeDataset(events, 'UTC', undefined, undefined, previous);
    const next = [...events, counted('c', '2024-01', reads), counted('a', '2025', reads), counted('d', '2026', reads)];
    const second = computeDataset(next, 'UTC', undefined, undefined, previous);
    expect(reads.n).to.equal(5);
    expect(second.spans.items.map((i) => `${i.id}@${i.pos}`)).to.deep.equal(['c@0', 'a@1', 'b@2', 'd@3']);
    expect(second.problems.map((p) => [p.index, p.field])).to.deep.equal([[1, 'start'], [4, 'id']]);
    expect(second.byId.get('d')?.event).to.equal(next[5]);
    expect(second.extent![1]).to.be.greaterThan(first.extent![1]);
    expect(second.grown?.from).to.equal(first);
    expect([...second.grown!.at]).to.deep.equal([0, 3]);
  });

  it('reads what a page changed in its own array before assigning a copy of it', () => {
    const reads = { n: 0 };
    const previous: Previous = { seen: new WeakMap() };
    const events = [counted('a', '2024-06', reads), counted('b', '2024-10-03', reads)];
    computeDataset(events, 'UTC', undefined, undefined, previous);
    events.push(counted('c', '2025', reads));
    events[0] = counted('z', '2023', reads);
    const next = computeDataset([...events], 'UTC', undefined, undefined, previous);
    expect(next.spans.items.map((i) => i.id)).to.deep.equal(['z', 'b', 'c']);
    expect(reads.n).to.equal(4);
  });

  it('builds on a validation made while reading a file, as on its own', () => {
    const reads = { n: 0 };
    const previous: Previous = { seen: new WeakMap() };
    const events = [counted('a', '2024-06', reads), counted('b', '2024-10-03', reads)];
    computeDataset(events, 'UTC', undefined, validateEvents(events, { timeZone: 'UTC' }), previous);
    const next = computeDataset([...events, counted('c', '2025', reads)], 'UTC', undefined, undefined, previous);
    expect(reads.n).to.equal(3);
    expect(next.spans.items.map((i) => i.id)).to.deep.equal(['a', 'b', 'c']);
  });

  it('still reports a reused object whose id an earlier event took', () => {
    const previous: Previous = { seen: new WeakMap() };
    const a = { id: 'a', title: 'A', start: '2024' };
    previous.data = computeDataset([a], 'UTC', undefined, undefined, previous);
    const data = (previous.data = computeDataset([{ id: 'a', title: 'Other', start: '2023' }, a], 'UTC', undefined, undefined, previous));
    expect(data.spans.items.map((i) => i.event.title)).to.deep.equal(['Other']);
    expect(data.problems.map((p) => [p.index, p.field])).to.deep.equal([[1, 'id']]);
  });

  it('orders events after any edits as reading them all anew does (property)', () => {
    const previous: Previous = { seen: new WeakMap() };
    const make = (i: number, year: number, month: number) => ({ id: `e${i}`, title: `E${i}`, start: `${year}-${String(month).padStart(2, '0')}`, group: `g${i % 3}`, tags: [`t${i % 4}`, `t${i % 7}`], certainty: i % 5 ? undefined : 'claimed' });
    let serial = 0;
    let events: ReturnType<typeof make>[] = [];
    const edit = fc.oneof(
      fc.record({ kind: fc.constant('append' as const), dates: fc.array(fc.tuple(fc.integer({ min: 2000, max: 2005 }), fc.integer({ min: 1, max: 12 })), { maxLength: 5 }) }),
      fc.record({ kind: fc.constant('prepend' as const), dates: fc.array(fc.tuple(fc.integer({ min: 2000, max: 2005 }), fc.integer({ min: 1, max: 12 })), { maxLength: 5 }) }),
      fc.record({ kind: fc.constant('remove' as const), at: fc.nat(), count: fc.integer({ min: 1, max: 3 }) }),
      fc.record({ kind: fc.constant('replace' as const), at: fc.nat(), year: fc.integer({ min: 2000, max: 2005 }) }),
    );
    fc.assert(
      fc.property(fc.array(edit, { minLength: 1, maxLength: 12 }), (edits) => {
        for (const e of edits) {
          if (e.kind === 'append') events = [...events, ...e.dates.map(([y, m]) => make(serial++, y, m))];
          else if (e.kind === 'prepend') events = [...e.dates.map(([y, m]) => make(serial++, y, m)), ...events];
          else if (e.kind === 'remove') events = events.filter((_, i) => i < e.at % Math.max(1, events.length) || i >= (e.at % Math.max(1, events.length)) + e.count);
          else if (events.length) events = events.map((x, i) => (i === e.at % events.length ? { ...x, start: String(e.year) } : x));
          const incremental = (previous.data = computeDataset(events, 'UTC', undefined, undefined, previous));
          const whole = computeDataset(events.map((x) => ({ ...x })), 'UTC');
          const order = (d: typeof whole) => d.spans.items.map((i) => `${i.id}@${i.index}@${i.pos}`);
          if (order(incremental).join() !== order(whole).join()) return false;
          // The columns too, and what is derived from a data set that grew.
          const columns = ({ spans: s }: typeof whole) => ({ starts: [...s.starts], ends: [...s.ends], times: [...s.times], extent: s.extent, finest: s.finest, groups: [...s.group].map((g) => s.groups[g]) });
          expect(columns(incremental)).to.deep.equal(columns(whole));
          expect(computeLegend(incremental)).to.deep.equal(computeLegend(whole));
          expect(filterChoices(incremental)).to.deep.equal(filterChoices(whole));
        }
        return true;
      }),
      { numRuns: 100 },
    );
  });
});
