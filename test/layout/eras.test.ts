import { expect } from '@open-wc/testing';
import { textsFor } from '../../src/core/texts.js';
import { computeDataset } from '../../src/data/dataset.js';
import { eraRows, placeEras } from '../../src/layout/eras.js';
import { computeFrame } from '../../src/layout/frame.js';
import { ERA_ROW } from '../../src/layout/metrics.js';
import { format, inputFor, measure } from './helpers.js';
import { dashes } from '../text.js';

const events = Array.from({ length: 12 }, (_, i) => ({ id: `e${i}`, start: `20${10 + i}`, title: `Year ${i}` }));
const eras = [
  { start: '2010', end: '2014', label: 'First' },
  { start: '2013', end: '2016', label: 'Overlapping' },
  { start: '2017', end: '2021', label: 'Later' },
];
const data = computeDataset(events, undefined, eras);

describe('layout of eras', () => {
  it('gives overlapping eras rows of their own in the label strip; eras that meet at a date share one', () => {
    expect(eraRows(data)).to.deep.equal({ rows: [0, 1, 0], count: 2 });
    const meeting = computeDataset(events, undefined, [{ start: '2010', end: '2014', label: 'A' }, { start: '2014', end: '2018', label: 'B' }]);
    expect(eraRows(meeting)).to.deep.equal({ rows: [0, 0], count: 1 });
  });

  it('places bands from the inline start, clipped to the view, with labels at the visible start', () => {
    const scale = (t: number) => ((t - Date.UTC(2012, 0, 1)) / (Date.UTC(2022, 0, 1) - Date.UTC(2012, 0, 1))) * 1000;
    const placed = placeEras(data, scale, 1000, textsFor(format), measure);
    expect(placed.map((e) => [e.era.label, Math.round(e.x), e.labelX === e.x, e.y])).to.deep.equal([
      ['First', 0, true, 0],
      ['Overlapping', 100, true, ERA_ROW],
      ['Later', 500, true, 0],
    ]);
    expect(dashes(placed[0].when)).to.equal('2010 – 2014');
    // Labels never run past their band.
    for (const e of placed) expect(e.labelWidth).to.be.at.most(e.width);
  });

  it('moves the lanes below the strip in the horizontal frame, and puts headings before the first entry in the column', () => {
    const f = computeFrame(data, inputFor(data));
    expect(f.lanes[0].top).to.equal(2 * ERA_ROW);
    expect(f.eras).to.have.length(3);
    const v = computeFrame(data, inputFor(data, { vertical: true, width: 360 }));
    const top = (id: string) => v.marks.find((m) => m.key === id)!.y;
    expect(v.eras.map((e) => e.era.label)).to.deep.equal(['First', 'Overlapping', 'Later']);
    // Each heading stands above the first entry of its era, and below the entry before it.
    expect(v.eras[0].y + 2 * ERA_ROW).to.be.at.most(top('e0'));
    expect(v.eras[1].y + 2 * ERA_ROW).to.be.at.most(top('e3'));
    expect(v.eras[1].y).to.be.at.least(top('e2') + 18);
    expect(v.eras[2].y + 2 * ERA_ROW).to.be.at.most(top('e7'));
  });
});
