import { expect } from '@open-wc/testing';
import { computeDataset } from '../../src/data/dataset.js';
import { computeEras } from '../../src/data/eras.js';

describe('computeEras', () => {
  it('normalises eras in time order, keyed by id or position, with their colour', () => {
    const { eras, problems } = computeEras([
      { start: '1950', end: '1953', label: 'Korean War' },
      { id: 'ww2', start: '1939-09-01', end: '1945-09-02', label: ' Second World War ', color: 'tomato' },
    ]);
    expect(problems).to.deep.equal([]);
    expect(eras.map((e) => [e.key, e.label, e.color])).to.deep.equal([['ww2', 'Second World War', 'tomato'], ['era-0', 'Korean War', undefined]]);
    expect(eras[1].min).to.equal(Date.UTC(1950, 0, 1));
    expect(eras[1].max).to.equal(Date.UTC(1954, 0, 1) - 1);
  });

  it('reports unusable eras with their index, field and a sentence, keeping the rest', () => {
    const { eras, problems } = computeEras([null, { start: '2024', end: '2023', label: 'Backwards' }, { start: 'soon', end: '2024', label: 'Vague' }, { start: '2024', end: '2025', label: 3 }, { start: '2024', end: '2025', label: 'Fine' }]);
    expect(eras.map((e) => e.label)).to.deep.equal(['Fine']);
    expect(problems.map((p) => [p.index, p.field])).to.deep.equal([[0, 'eras[0]'], [1, 'eras[1]'], [2, 'eras[2]'], [3, 'eras[3]']]);
    expect(problems[1].message).to.equal(`era 2 ("Backwards"): its end '2023' is before its start '2024'`);
    expect(problems[2].message).to.match(/^era 3 \("Vague"\): its start 'soon' is not a valid EDTF date/);
    expect(computeEras('x').problems[0]).to.deep.equal({ index: -1, field: '(eras)', message: "eras must be an array, not the text 'x'" });
  });

  it('widen the data set’s extent, and report with the events', () => {
    const data = computeDataset([{ id: 'a', start: '1950-06-25', title: 'Invasion' }], undefined, [{ start: '1945', end: '1991', label: 'Cold War' }, null]);
    expect(data.extent![0]).to.be.below(Date.UTC(1945, 0, 1));
    expect(data.extent![1]).to.be.above(Date.UTC(1991, 0, 1));
    expect(data.problems.map((p) => p.field)).to.deep.equal(['eras[1]']);
  });
});
