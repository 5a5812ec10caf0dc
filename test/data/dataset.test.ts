import { expect } from '@open-wc/testing';
import { computeDataset, describeProblems } from '../../src/data/dataset.js';

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
