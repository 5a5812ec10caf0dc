import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { binLane, computePacking, computeStack, type PackItem, type Placement } from '../../src/core/packing.js';

const MARK = 14;
const PAD = 4;
const labelBox = (p: Placement): [number, number] =>
  p.flipped ? [p.x0 - PAD - p.labelWidth, p.x0 - PAD] : [p.x0 + MARK + PAD, p.x0 + MARK + PAD + p.labelWidth];

const itemArb = (lanes: number) =>
  fc.record({
    lane: fc.integer({ min: 0, max: lanes - 1 }),
    x0: fc.integer({ min: 0, max: 1200 }),
    length: fc.oneof(fc.constant(0), fc.integer({ min: 0, max: 400 })),
    labelWidth: fc.integer({ min: 0, max: 300 }),
  });
const itemsArb = fc
  .integer({ min: 1, max: 4 })
  .chain((lanes) => fc.tuple(fc.constant(lanes), fc.array(itemArb(lanes), { maxLength: 80 }), fc.integer({ min: 200, max: 1400 })));
const toItems = (raw: { lane: number; x0: number; length: number; labelWidth: number }[]): PackItem[] =>
  raw.map((r, i) => ({ id: `e${i}`, lane: r.lane, x0: r.x0, x1: r.x0 + r.length, labelWidth: r.labelWidth }));

describe('computePacking', () => {
  it('puts points that do not collide in one row with full labels', () => {
    const { placements, rows } = computePacking(
      [
        { id: 'a', lane: 0, x0: 0, x1: 0, labelWidth: 50 },
        { id: 'b', lane: 0, x0: 200, x1: 200, labelWidth: 50 },
      ],
      { lanes: 1 },
    );
    expect(placements.map((p) => [p.row, p.labelWidth])).to.deep.equal([
      [0, 50],
      [0, 50],
    ]);
    expect(rows).to.deep.equal([1]);
  });

  it('moves a colliding label to the next row', () => {
    const { placements } = computePacking(
      [
        { id: 'a', lane: 0, x0: 0, x1: 0, labelWidth: 100 },
        { id: 'b', lane: 0, x0: 50, x1: 50, labelWidth: 100 },
      ],
      { lanes: 1 },
    );
    expect(placements.map((p) => p.row)).to.deep.equal([0, 1]);
  });

  it('flips a label that would run past the limit to the left of its mark', () => {
    const [p] = computePacking([{ id: 'a', lane: 0, x0: 950, x1: 950, labelWidth: 200 }], { lanes: 1, limit: 1000 }).placements;
    expect(p.flipped).to.equal(true);
    expect(labelBox(p)[1]).to.be.at.most(950);
  });

  it('cuts a label to the room before the next mark when rows run out', () => {
    const items = [0, 1, 2].map((i) => ({ id: `e${i}`, lane: 0, x0: i * 80, x1: i * 80, labelWidth: 300 }));
    const { placements } = computePacking(items, { lanes: 1, maxRows: 1 });
    expect(placements.map((p) => p.labelWidth)).to.deep.equal([80 - 8 - MARK - PAD, 80 - 8 - MARK - PAD, 300]);
  });

  it('merges marks that collide in every row into one cluster spanning its members', () => {
    const items = [0, 1, 2, 3].map((i) => ({ id: `e${i}`, lane: 0, x0: 100 + i, x1: 100 + i, labelWidth: 50 }));
    items.push({ id: 'month', lane: 0, x0: 102, x1: 160, labelWidth: 50 });
    const { placements } = computePacking(items, { lanes: 1, maxRows: 2 });
    const clusters = [...new Set(placements.filter((p) => p.members))];
    expect(clusters).to.have.length(1);
    expect(clusters[0].members).to.deep.equal(['e0', 'e2', 'month', 'e3']);
    expect(placements[1].members).to.equal(undefined);
    const withMonth = clusters.find((c) => c.members!.includes('month'))!;
    expect(withMonth.x1).to.equal(160);
    expect(withMonth.labelWidth).to.equal(0);
  });

  it('never lets two visible labels in a row overlap, places every item once, and is deterministic', () => {
    fc.assert(
      fc.property(itemsArb, ([lanes, raw, limit]) => {
        const items = toItems(raw);
        const a = computePacking(items, { lanes, limit });
        const b = computePacking([...items].reverse(), { lanes, limit });
        expect(a.placements.length).to.equal(items.length);
        // Every item is placed or clustered exactly once.
        const marks = [...new Set(a.placements)];
        const placedIds = marks.flatMap((p) => p.members ?? [p.id]);
        expect([...placedIds].sort()).to.deep.equal(items.map((it) => it.id).sort());
        items.forEach((it, i) => expect(a.placements[i].members ?? [a.placements[i].id]).to.include(it.id));
        // Same input in another order gives the same placement for every id.
        const byId = new Map(b.placements.map((p) => [p.id, p]));
        for (const p of a.placements) expect(byId.get(p.id)).to.deep.equal(p);
        const visible = a.placements.filter((p) => p.labelWidth > 0);
        for (const p of visible) {
          expect(p.row).to.be.below(a.rows[p.lane]);
          for (const q of visible) {
            if (p === q || p.lane !== q.lane || p.row !== q.row) continue;
            const [p0, p1] = labelBox(p);
            const [q0, q1] = labelBox(q);
            expect(p1 <= q0 || q1 <= p0, `${p.id} and ${q.id} overlap`).to.equal(true);
          }
        }
      }),
      { numRuns: 200 },
    );
  });
});

describe('computeStack', () => {
  it('keeps order and pushes crowded items down', () => {
    expect([...computeStack([0, 5, 100, 100], [20, 20, 20, 20])]).to.deep.equal([0, 20, 100, 120]);
  });

  it('compresses empty stretches longer than maxGap', () => {
    expect([...computeStack([0, 1000, 1010], [20, 20, 20], 50)]).to.deep.equal([0, 70, 90]);
  });

  it('never lets an item start before the previous one ends', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.integer({ min: 0, max: 1000 }), fc.integer({ min: 1, max: 80 }))), (raw) => {
        const positions = raw.map(([p]) => p).sort((a, b) => a - b);
        const sizes = raw.map(([, s]) => s);
        const ys = computeStack(positions, sizes, 60);
        ys.forEach((y, i) => {
          if (i) expect(y).to.be.at.least(ys[i - 1] + sizes[i - 1]);
          if (i) expect(y - ys[i - 1] - sizes[i - 1]).to.be.at.most(60);
          if (i) expect(y - ys[i - 1]).to.be.at.most(Math.max(positions[i] - positions[i - 1], sizes[i - 1]) + 60);
        });
      }),
    );
  });
});

describe('binLane', () => {
  const laneArb = fc.array(fc.record({ x0: fc.integer({ min: -100, max: 1300 }), length: fc.integer({ min: 0, max: 300 }) }), { maxLength: 300 });
  const sorted = (raw: { x0: number; length: number }[]) => raw.map((r) => [r.x0, r.x0 + r.length]).sort((a, b) => a[0] - b[0]);

  it('puts each item in the slice its start falls in, once, with marks that never overlap', () => {
    fc.assert(
      fc.property(laneArb, fc.integer({ min: 40, max: 80 }), fc.integer({ min: -50, max: 50 }), (raw, width, origin) => {
        const items = sorted(raw);
        const bins = binLane(items.map((x) => x[0]), items.map((x) => x[1]), 0, items.length, (x) => x, width, origin, 28);
        // Contiguous, covering every position once.
        let next = 0;
        for (const b of bins) {
          expect(b.from).to.equal(next);
          expect(b.to).to.be.greaterThan(b.from);
          next = b.to;
        }
        expect(next).to.equal(items.length);
        for (const b of bins) {
          const slice = (x: number) => Math.floor((x - origin) / width);
          // Every member starts in the bin's slice; the next bin is a later slice.
          for (let i = b.from; i < b.to; i++) expect(slice(items[i][0])).to.equal(slice(items[b.from][0]));
          // The mark starts at its first member, or early enough to fit its slice.
          const end = origin + (slice(items[b.from][0]) + 1) * width - 2;
          expect(b.x0).to.equal(Math.min(items[b.from][0], end - 28));
          expect(b.x1).to.be.at.most(end);
        }
        // Marks at least 28px wide never overlap.
        for (let i = 1; i < bins.length; i++) expect(bins[i].x0).to.be.greaterThan(Math.max(bins[i - 1].x1, bins[i - 1].x0 + 28));
      }),
    );
  });

  it('bins only the given range and maps positions through px', () => {
    const starts = [0, 10, 100, 110, 500];
    const bins = binLane(starts, starts, 1, 4, (x) => 2 * x, 100);
    expect(bins.map((b) => [b.from, b.to, b.x0])).to.deep.equal([
      [1, 2, 20],
      [2, 4, 200],
    ]);
  });
});
