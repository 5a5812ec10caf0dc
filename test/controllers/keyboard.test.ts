import { expect } from '@open-wc/testing';
import { computeKeyTarget, type KeyItem } from '../../src/controllers/keyboard.js';

// Two lanes: a0 (lane 0, t=0), b0 (lane 1, t=5), a1 (lane 0, t=10), b1 (lane 1, t=20), a2 (lane 0, t=30)
const items: KeyItem[] = [
  { id: 'a0', lane: 0, time: 0 },
  { id: 'b0', lane: 1, time: 5 },
  { id: 'a1', lane: 0, time: 10 },
  { id: 'b1', lane: 1, time: 20 },
  { id: 'a2', lane: 0, time: 30 },
];
const horizontal = { vertical: false, rtl: false, page: 2 };
const go = (key: string, at: number, options = horizontal) => computeKeyTarget(key, items, [at, at], options);

describe('computeKeyTarget', () => {
  it('ArrowRight and ArrowLeft move to the next and previous event in time', () => {
    expect(go('ArrowRight', 1)).to.equal(2);
    expect(go('ArrowLeft', 1)).to.equal(0);
    expect(go('ArrowLeft', 0)).to.equal(0);
    expect(go('ArrowRight', 4)).to.equal(4);
  });

  it('swaps ArrowLeft and ArrowRight right to left', () => {
    expect(go('ArrowLeft', 1, { ...horizontal, rtl: true })).to.equal(2);
  });

  it('ArrowDown and ArrowUp move to the nearest event in the next lane (horizontal)', () => {
    expect(go('ArrowDown', 2)).to.equal(1); // a1 (t=10) -> b0 (t=5) is nearer than b1 (t=20)
    expect(go('ArrowUp', 3)).to.equal(2); // b1 (t=20) -> a1 (t=10); a2 (t=30) is as near, first wins
    expect(go('ArrowUp', 0)).to.equal(0); // no lane above
  });

  it('ArrowDown and ArrowUp move in time in the vertical layout', () => {
    const vertical = { ...horizontal, vertical: true };
    expect(go('ArrowDown', 2, vertical)).to.equal(3);
    expect(go('ArrowUp', 2, vertical)).to.equal(1);
  });

  it('Home and End go to the first and last event', () => {
    expect(go('Home', 3)).to.equal(0);
    expect(go('End', 1)).to.equal(4);
  });

  it('PageDown and PageUp move by a screenful', () => {
    expect(go('PageDown', 0)).to.equal(2);
    expect(go('PageUp', 4)).to.equal(2);
    expect(go('PageDown', 4)).to.equal(4);
  });

  it('steps over a whole cluster', () => {
    expect(computeKeyTarget('ArrowRight', items, [1, 3], horizontal)).to.equal(4);
    expect(computeKeyTarget('ArrowLeft', items, [1, 3], horizontal)).to.equal(0);
  });

  it('ignores other keys', () => {
    expect(go('a', 1)).to.equal(-1);
  });
});
