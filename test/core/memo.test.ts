import { expect } from '@open-wc/testing';
import { lazy, memo, memoByOwner } from '../../src/core/memo.js';

describe('memoByOwner', () => {
  it('returns the cached result for equal arguments: fresh options objects and [start, end] pairs compare by entries', () => {
    let calls = 0;
    const f = memoByOwner((_o: object, options: { width: number; view: [number, number] | null }) => ({ n: ++calls, ...options }));
    const owner = {};
    const first = f(owner, { width: 10, view: [1, 2] });
    expect(f(owner, { width: 10, view: [1, 2] })).to.equal(first);
    expect(f(owner, { width: 11, view: [1, 2] })).not.to.equal(first);
    expect(f(owner, { width: 11, view: [1, 3] }).n).to.equal(3);
    expect(calls).to.equal(3);
  });

  it('keeps one cache per owner, and compares functions and class instances by identity', () => {
    let calls = 0;
    const f = memoByOwner((_o: object, g: () => number, d: Date) => (++calls, g() + +d));
    const [a, b, g, d] = [{}, {}, () => 1, new Date(0)];
    f(a, g, d);
    f(b, g, d);
    f(a, g, d);
    expect(calls).to.equal(2);
    f(a, () => 1, d);
    f(a, g, new Date(0));
    expect(calls).to.equal(4);
  });
});

describe('memo', () => {
  it('makes a value once per key', () => {
    const cache = new WeakMap<object, number>();
    const key = {};
    let made = 0;
    expect(memo(cache, key, () => ++made)).to.equal(1);
    expect(memo(cache, key, () => ++made)).to.equal(1);
    expect(memo(cache, {}, () => ++made)).to.equal(2);
  });
});

describe('lazy', () => {
  it('makes its value the first time it is asked for, once, even when it is undefined', () => {
    let made = 0;
    const value = lazy(() => void made++);
    expect(made).to.equal(0);
    value();
    value();
    expect(made).to.equal(1);
  });
});
