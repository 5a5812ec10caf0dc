import { expect } from '@open-wc/testing';
import { en } from '../../src/core/messages.js';
import { computeDataset } from '../../src/data/dataset.js';
import { computeFrame, emptyFrame, findMark, rangeOf, releaseLanes, tabKeyOf } from '../../src/layout/frame.js';
import { daily, inputFor } from './helpers.js';

describe('computeFrame', () => {
  it('is the very same frame for equal inputs, and a new one when an input changes', () => {
    const data = daily(20, 10);
    const frame = computeFrame(data, inputFor(data));
    expect(computeFrame(data, inputFor(data))).to.equal(frame);
    expect(computeFrame(data, inputFor(data, { view: [Date.UTC(2000, 0, 1), Date.UTC(2000, 2, 1)] }))).not.to.equal(frame);
    expect(computeFrame(data, inputFor(data, { format: { locale: 'fr', messages: en } }))).not.to.equal(frame);
  });

  it('draws nothing without dated events or without width', () => {
    const data = computeDataset([]);
    expect(computeFrame(data, inputFor(data))).to.deep.include({ marks: [], lanes: [], height: 0 });
    const some = daily(3);
    expect(computeFrame(some, inputFor(some, { width: 0 })).marks).to.deep.equal([]);
    expect(emptyFrame(true, 300)).to.deep.include({ vertical: true, width: 300, covered: null });
  });

  it('lays out the horizontal or the vertical layout as asked', () => {
    const data = daily(5, 30);
    expect(computeFrame(data, inputFor(data)).vertical).to.equal(false);
    expect(computeFrame(data, inputFor(data, { vertical: true, width: 360 })).vertical).to.equal(true);
  });
});

describe('findMark, rangeOf and tabKeyOf', () => {
  // 400 events a day apart in one lane at 1000px: the lane is binned into clusters.
  const data = daily(400);
  const frame = computeFrame(data, inputFor(data));
  const cluster = frame.marks.find((m) => m.members)!;

  it('find a drawn mark by key, and the positions in time order of the events it shows', () => {
    expect(findMark(frame, cluster.key)).to.equal(cluster);
    const positions = [...cluster.members!.positions()];
    expect(rangeOf(frame, data, cluster.key)).to.deep.equal([positions[0], positions[positions.length - 1]]);
    expect(rangeOf(frame, data, 'e7')).to.deep.equal([7, 7]);
    expect(rangeOf(frame, data, 'nope')).to.equal(undefined);
  });

  it('put in the Tab order the focused event’s mark, else the selected one’s, else the first', () => {
    const member = data.spans.items[[...cluster.members!.positions()][1]].id;
    expect(tabKeyOf(frame, member, null)).to.equal(cluster.key);
    expect(tabKeyOf(frame, null, member)).to.equal(cluster.key);
    expect(tabKeyOf(frame, null, null)).to.equal(frame.marks[0].key);
  });
});

describe('releaseLanes', () => {
  const frame = (binned: boolean[], waiting: number[]) => ({ ...emptyFrame(), binned, waiting });

  it('holds the lanes binned before, less waiting lanes in order while their events fit the budget', () => {
    expect(releaseLanes(frame([true, true, true, true, false], [0, 0, 0, 0, 0]), 40)).to.deep.equal([true, true, true, true, false]);
    expect(releaseLanes(frame([true, true, true, true, false], [0, 25, 10, 10, 0]), 40)).to.deep.equal([true, false, false, true, false]);
  });

  it('always releases one waiting lane, even over the budget, and holds nothing without binned lanes', () => {
    expect(releaseLanes(frame([true, true], [90, 5]), 40)).to.deep.equal([false, true]);
    expect(releaseLanes(emptyFrame(), 40)).to.equal(null);
  });
});
