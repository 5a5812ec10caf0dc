import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { computeSpans } from '../../src/core/spans.js';
import { validateEvents } from '../../src/core/validate.js';

const day = (d: number) => new Date(Date.UTC(2020, 0, 1) + d * 86_400_000).toISOString().slice(0, 10);

const KINDS = ['day', 'month', 'span', 'open-end', 'unknown-end', 'open-start'] as const;
type Raw = { a: number; length: number; kind: (typeof KINDS)[number]; group: string | undefined };

/** Events with days, months, spans, and open or unknown ends on either side, in a few groups. */
const eventsArb = fc.array(
  fc.record({
    a: fc.integer({ min: 0, max: 400 }),
    length: fc.integer({ min: 0, max: 60 }),
    kind: fc.constantFrom(...KINDS),
    group: fc.constantFrom(undefined, 'a', 'b', 'c'),
  }),
  { maxLength: 60 },
);

const toInput = (raw: Raw[]) =>
  raw.map((r, i) => {
    const start = { day: day(r.a), month: day(r.a).slice(0, 7), span: day(r.a), 'open-end': `${day(r.a)}/..`, 'unknown-end': `${day(r.a)}/`, 'open-start': `../${day(r.a)}` }[r.kind];
    return { id: `e${i}`, title: `Event ${i}`, start, end: r.kind === 'span' ? day(r.a + r.length) : undefined, group: r.group };
  });

describe('computeSpans', () => {
  it('orders by start, then end, then input position, and reads each event as a plain scan would', () => {
    fc.assert(
      fc.property(eventsArb, (raw) => {
        const { events } = validateEvents(toInput(raw));
        const spans = computeSpans(events);
        const expected = events.slice().sort((x, y) => x.min - y.min || x.max - y.max || x.index - y.index);
        expect(spans.items.map((e) => e.id)).to.deep.equal(expected.map((e) => e.id));
        expect(spans.items.map((e) => e.pos)).to.deep.equal(expected.map((_, i) => i));
        const groups = [...new Set(events.map((e) => e.group))];
        expect(spans.groups).to.deep.equal(groups);
        let lo = Infinity;
        let hi = -Infinity;
        expected.forEach((e, i) => {
          expect(spans.group[i]).to.equal(groups.indexOf(e.group));
          // An open end counts the date the event has.
          const start = Number.isFinite(e.min) ? e.min : e.date.end!.min;
          const end = Number.isFinite(e.max) ? e.max : e.date.start!.max;
          expect([spans.starts[i], spans.ends[i]]).to.deep.equal([start, end]);
          expect([spans.times[2 * i], spans.times[2 * i + 1]]).to.deep.equal([Number.isFinite(e.min) ? e.min : NaN, Number.isFinite(e.max) ? e.max : NaN]);
          lo = Math.min(lo, start);
          hi = Math.max(hi, end);
        });
        expect(spans.extent).to.deep.equal(events.length ? [lo, hi] : null);
        const finest = Math.min(...events.filter((e) => e.date.start).map((e) => e.date.start!.max - e.date.start!.min + 1));
        expect(spans.finest).to.equal(finest);
      }),
    );
  });

  it('gives no extent for no events', () => {
    expect(computeSpans([]).extent).to.equal(null);
    expect(computeSpans([]).finest).to.equal(Infinity);
  });
});
