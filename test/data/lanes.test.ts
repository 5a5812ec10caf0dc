import { expect } from '@open-wc/testing';
import { DARK_PALETTE, PALETTE } from '../../src/core/palette.js';
import { computeDataset } from '../../src/data/dataset.js';
import { computeLanes } from '../../src/data/lanes.js';

const { spans } = computeDataset([
  { id: '1', start: '2024-01', title: 'One', group: 'RU' },
  { id: '2', start: '2024-02', title: 'Two' },
  { id: '3', start: '2024-03', title: 'Three', group: 'UA' },
  { id: '4', start: '2024-04', title: 'Four', group: 'KP' },
]);
const options = { dark: false, ungrouped: 'Other' };

describe('computeLanes', () => {
  it('orders lanes by groups, then by first appearance, then the ungrouped lane; only lanes with events', () => {
    const lanes = computeLanes(spans, [{ id: 'UA' }, { id: 'XX' }], options);
    expect(lanes.map((l) => l.key)).to.deep.equal(['UA', 'RU', 'KP', '']);
    expect(lanes.map((l) => l.label)).to.deep.equal(['UA', 'RU', 'KP', 'Other']);
  });

  it('takes labels and colours from groups, and the palette for the rest, light or dark', () => {
    const lanes = computeLanes(spans, [{ id: 'RU', label: 'Russia', color: 'rebeccapurple' }], options);
    expect(lanes[0]).to.deep.equal({ key: 'RU', label: 'Russia', color: 'rebeccapurple' });
    expect(lanes[1].color).to.equal(PALETTE[1]);
    expect(computeLanes(spans, [], { ...options, dark: true })[0].color).to.equal(DARK_PALETTE[0]);
  });

  it('ignores colours that are not colours, and junk as groups', () => {
    const lanes = computeLanes(spans, [{ id: 'RU', color: 'red; background: url(x)' }], { ...options, isColor: (v) => CSS.supports('color', v) });
    expect(lanes[0].color).to.equal(PALETTE[0]);
    expect(computeLanes(spans, 'junk', options).map((l) => l.key)).to.deep.equal(['RU', 'UA', 'KP', '']);
    expect(computeLanes(spans, [null, 3, { id: 7 }], options)).to.have.length(4);
  });
});
