import { expect } from '@open-wc/testing';
import { computeDataset, posIn, type Previous } from '../../src/data/dataset.js';
import { filterDataset } from '../../src/data/filter.js';
import { computeBase } from '../../src/layout/base.js';

const data = computeDataset(
  Array.from({ length: 40 }, (_, i) => ({ id: `e${i}`, start: `20${10 + (i % 15)}-0${1 + (i % 9)}`, title: i % 3 ? `Strike ${i}` : `Treaty ${i}`, group: i % 2 ? 'a' : 'b' })),
);

describe('filterDataset', () => {
  it('is the data itself without a filter, and the same object for the same filter', () => {
    expect(filterDataset(data, null, 'en')).to.equal(data);
    const a = filterDataset(data, { text: 'treaty' }, 'en');
    expect(filterDataset(data, { text: 'treaty' }, 'en')).to.equal(a);
  });

  it('holds the matches in time order with their own positions, and leaves the whole data as it was', () => {
    const shown = filterDataset(data, { text: 'treaty' }, 'en');
    expect(shown.spans.items.every((it) => it.event.title.startsWith('Treaty'))).to.equal(true);
    expect(shown.spans.items.map((it) => posIn(shown, it))).to.deep.equal(shown.spans.items.map((_, i) => i));
    expect(shown.spans.items.length).to.equal(14);
    for (let i = 1; i < shown.spans.starts.length; i++) expect(shown.spans.starts[i]).to.be.at.least(shown.spans.starts[i - 1]);
    // Each column is the whole data's at the matches' places; the extent is the matches' own.
    const at = shown.whole!.indices;
    expect([...shown.spans.ends]).to.deep.equal([...at].map((i) => data.spans.ends[i]));
    expect([...shown.spans.times]).to.deep.equal([...at].flatMap((i) => [data.spans.times[2 * i], data.spans.times[2 * i + 1]]));
    expect([...shown.spans.group]).to.deep.equal([...at].map((i) => data.spans.group[i]));
    expect(shown.spans.extent).to.deep.equal([Math.min(...shown.spans.starts), Math.max(...shown.spans.ends)]);
    expect(data.spans.items.map((it) => it.pos)).to.deep.equal(data.spans.items.map((_, i) => i));
    expect(posIn(shown, shown.byId.get('e3')!)).to.equal(shown.spans.items.findIndex((it) => it.id === 'e3'));
    expect(posIn(data, shown.byId.get('e3')!)).to.equal(data.spans.items.findIndex((it) => it.id === 'e3'));
    expect(shown.byId.has('e1')).to.equal(false);
  });

  it('keeps the whole data’s extent and axis', () => {
    const shown = filterDataset(data, { groups: ['a'] }, 'en');
    expect(shown.extent).to.deep.equal(data.extent);
    expect(computeBase(shown, { width: 800, gaps: 'auto', rtl: false })).to.equal(computeBase(data, { width: 800, gaps: 'auto', rtl: false }));
  });

  it('matches only the new events of data that grew, giving what matching all gives', () => {
    const previous: Previous = { seen: new WeakMap() };
    const make = (i: number, day: number) => ({ id: `n${i}`, start: `2024-10-${String(day).padStart(2, '0')}`, title: i % 3 ? `Strike ${i}` : `Treaty ${i}` });
    let events = Array.from({ length: 30 }, (_, i) => make(i, 1 + (i % 28)));
    computeDataset(events, 'UTC', undefined, undefined, previous);
    const filter = { text: 'strike' };
    for (const days of [[28], [1, 15, 28], [3]]) {
      const grown = computeDataset((events = [...events, ...days.map((d, k) => make(events.length + k, d))]), 'UTC', undefined, undefined, previous);
      expect(grown.grown).not.to.equal(undefined);
      // The data set it grew from was shown with the same filter, as the element shows each in turn.
      filterDataset(grown.grown!.from, filter, 'en');
      const shown = filterDataset(grown, filter, 'en');
      const whole = filterDataset(computeDataset(events.map((e) => ({ ...e })), 'UTC'), { ...filter }, 'en');
      expect(shown.spans.items.map((i) => i.id)).to.deep.equal(whole.spans.items.map((i) => i.id));
    }
  });

  it('compares a later filter with the values an earlier one had, not with the page’s object changed in place', () => {
    const filter = { text: 'str' };
    const before = filterDataset(data, filter, 'en');
    filter.text = 'strike 1';
    const after = filterDataset(data, { ...filter }, 'en');
    expect(after.spans.items.map((i) => i.id)).to.deep.equal(filterDataset(computeDataset(data.spans.items.map((i) => ({ ...i.event }))), { text: 'strike 1' }, 'en').spans.items.map((i) => i.id));
    expect(after.spans.items.length).to.be.below(before.spans.items.length);
  });
});
