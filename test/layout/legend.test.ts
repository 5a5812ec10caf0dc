import { expect } from '@open-wc/testing';
import { computeDataset } from '../../src/data/dataset.js';
import { computeLegend, ENCODINGS } from '../../src/layout/legend.js';
import { precisionEvents } from '../../stories/data/samples.js';

const legend = (events: object[]) => computeLegend(computeDataset(events));

describe('computeLegend', () => {
  it('is empty for plain confirmed dates', () => {
    expect(legend([{ id: 'a', start: '2024-10-03', title: 'A' }, { id: 'b', start: '2024-10-04T10:00Z', end: '2024-10-09', title: 'B' }])).to.deep.equal([]);
  });

  it('lists exactly the encodings the data uses, in order', () => {
    expect(legend([{ id: 'a', start: '2024-06', title: 'A' }])).to.deep.equal(['extent']);
    expect(legend([{ id: 'a', start: '2024-10-03', title: 'A', certainty: 'claimed' }])).to.deep.equal(['claimed']);
    expect(legend([{ id: 'a', start: '2024-10-03', title: 'A' }, { id: 'b', start: '2024-10-04', title: 'B', certainty: 'disputed' }])).to.deep.equal(['confirmed', 'disputed']);
    expect(legend([{ id: 'a', start: '2024-10~', title: 'A' }])).to.deep.equal(['extent', 'approximate']);
    expect(legend([{ id: 'a', start: '2024-10-03?', title: 'A' }])).to.deep.equal(['uncertain']);
    expect(legend([{ id: 'a', start: '2024-10-03/..', title: 'A' }])).to.deep.equal(['ongoing']);
    expect(legend([{ id: 'a', start: '2023-08/2023-11', title: 'A' }])).to.deep.equal([]);
  });

  it('lists every encoding for data that uses them all', () => {
    expect(legend(precisionEvents)).to.deep.equal(ENCODINGS);
  });
});
