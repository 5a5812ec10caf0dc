// Labels never cross a mark: a property test over random data, widths and zooms, on the frame the
// element draws (label boxes from the marks' places and widths, as render/marks.ts draws them).
import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { computeDataset } from '../../src/data/dataset.js';
import { computeFrame } from '../../src/layout/frame.js';
import type { Frame, Mark } from '../../src/layout/types.js';
import type { TimelineEvent } from '../../src/types.js';
import { inputFor } from './helpers.js';

type Box = [number, number];
const EPS = 0.5;

/** The mark's own box along the axis. */
function markBox(m: Mark): Box {
  return m.flipped ? [m.x + m.width - m.markWidth, m.x + m.width] : [m.x, m.x + m.markWidth];
}

/** Where the label's text stands, or null when it has none. */
function labelBox(m: Mark): Box | null {
  if (m.members || m.labelWidth <= 0) return null;
  if (m.flipped) return [m.x, m.x + m.labelWidth];
  const start = m.x + (m.inside ? 6 : m.markWidth + 4);
  return [start, start + m.labelWidth];
}

/** Every label that crosses a mark (its own, unless it lies wholly inside its own bar), as text. */
function crossings(f: Frame): string[] {
  const found: string[] = [];
  for (const m of f.marks) {
    const label = labelBox(m);
    if (!label) continue;
    for (const other of f.marks) {
      if (other.y !== m.y || other.lane !== m.lane) continue;
      const [a, b] = markBox(other);
      if (other === m && m.inside) {
        if (label[0] < a - EPS || label[1] > b + EPS) found.push(`${m.key}: label inside runs out of its bar`);
        continue;
      }
      if (label[0] < b - EPS && a < label[1] - EPS) found.push(`${m.key}'s label [${label.map(Math.round)}] crosses ${other.key} [${[a, b].map(Math.round)}]`);
    }
  }
  return found;
}

const day = (n: number) => new Date(Date.UTC(2024, 0, 1) + n * 86_400_000).toISOString().slice(0, 10);
const eventArb = fc.record({
  at: fc.integer({ min: 0, max: 700 }),
  length: fc.oneof(fc.constant(0), fc.integer({ min: 1, max: 120 })),
  precision: fc.constantFrom('day', 'month', 'year'),
  title: fc.string({ minLength: 1, maxLength: 60 }).map((s) => s.trim() || 'x'),
  lane: fc.integer({ min: 0, max: 2 }),
});

function toEvents(list: { at: number; length: number; precision: string; title: string; lane: number }[]): TimelineEvent[] {
  return list.map((e, i) => {
    const start = e.precision === 'day' ? day(e.at) : e.precision === 'month' ? day(e.at).slice(0, 7) : day(e.at).slice(0, 4);
    return { id: `e${i}`, start, ...(e.length && e.precision === 'day' ? { end: day(e.at + e.length) } : {}), title: e.title, group: `L${e.lane}` };
  });
}

describe('labels', () => {
  it('never cross a mark, their own or another, except inside their own bar: random data, widths and zooms', () => {
    fc.assert(
      fc.property(
        fc.array(eventArb, { minLength: 1, maxLength: 60 }),
        fc.integer({ min: 320, max: 1400 }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.double({ min: 0.02, max: 1, noNaN: true }),
        fc.boolean(),
        (list, width, from, share, rtl) => {
          const data = computeDataset(toEvents(list));
          const [a, b] = data.extent!;
          const start = a + (b - a) * from * (1 - share);
          const f = computeFrame(data, inputFor(data, { width, rtl, view: [start, start + (b - a) * share] }));
          expect(crossings(f)).to.deep.equal([]);
        },
      ),
      { numRuns: 150 },
    );
  });

  it('stand inside a bar only when the whole title fits, else after it', () => {
    const data = computeDataset([
      { id: 'long', start: '2024-06', title: 'Russia and North Korea sign a strategic partnership treaty' },
      { id: 'short', start: '2024-01', title: 'Jan' },
      { id: 'end', start: '2024-12-31', title: 'End' },
    ]);
    const f = computeFrame(data, inputFor(data, { width: 1000 }));
    const mark = (id: string) => f.marks.find((m) => m.key === id)!;
    expect(mark('short').inside).to.equal(true);
    expect(mark('long').inside).to.equal(false);
    expect(labelBox(mark('long'))![0]).to.be.at.least(markBox(mark('long'))[1]);
  });
});
