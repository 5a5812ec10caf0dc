import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { scaleLinear as d3ScaleLinear } from 'd3-scale';
import { createViewScale, padExtent, scaleLinear } from '../../src/core/scale.js';

/** Ascending knots with at least one step between neighbours. */
const knots = (n: number) =>
  fc.array(fc.integer({ min: 1, max: 1000 }), { minLength: n, maxLength: n }).map((steps) => steps.reduce<number[]>((xs, s) => [...xs, (xs[xs.length - 1] ?? -500) + s], []));
const pair = fc.integer({ min: 2, max: 6 }).chain((n) => fc.tuple(knots(n), knots(n), fc.boolean()));

describe('scaleLinear', () => {
  it('maps, inverts and clamps like d3-scale, for linear and polylinear scales in either direction', () => {
    fc.assert(
      fc.property(pair, fc.boolean(), fc.integer({ min: -3000, max: 3000 }), ([domain, range, reversed], clamp, v) => {
        const r = reversed ? [...range].reverse() : range;
        const ours = scaleLinear(domain, r).clamp(clamp);
        const d3 = d3ScaleLinear().domain(domain).range(r).clamp(clamp);
        expect(ours(v)).to.be.closeTo(d3(v), 1e-6);
        expect(ours.invert(v)).to.be.closeTo(d3.invert(v), 1e-6);
      }),
    );
  });

  it('copies independently and reads back its domain and range', () => {
    const a = scaleLinear([0, 10], [0, 100]);
    const b = a.copy().range([0, 50]);
    expect(a(5)).to.equal(50);
    expect(b(5)).to.equal(25);
    expect(a.domain()).to.deep.equal([0, 10]);
    expect(b.range()).to.deep.equal([0, 50]);
    expect(scaleLinear().domain([new Date(0), new Date(10)]).domain()).to.deep.equal([0, 10]);
  });
});

describe('createViewScale', () => {
  it('stretches a base scale so that the view fills its width, left to right and right to left', () => {
    const base = scaleLinear([0, 100, 200, 400], [0, 300, 328, 1000]);
    const view = createViewScale(base, [50, 150]);
    expect(view(50)).to.be.closeTo(0, 1e-9);
    expect(view(150)).to.be.closeTo(1000, 1e-9);
    const rtl = createViewScale(base.copy().range([1000, 700, 672, 0]), [50, 150]);
    expect(rtl(50)).to.be.closeTo(1000, 1e-9);
    expect(rtl(150)).to.be.closeTo(0, 1e-9);
  });

  it('pads an extent, and widens a single instant to two days', () => {
    expect(padExtent([0, 100 * 86_400_000], 0.1)).to.deep.equal([-10 * 86_400_000, 110 * 86_400_000]);
    expect(padExtent([5, 5])).to.deep.equal([5 - 86_400_000, 5 + 86_400_000]);
  });
});
