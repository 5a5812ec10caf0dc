import { expect } from '@open-wc/testing';
import { computeDataset } from '../../src/data/dataset.js';
import { filterDataset } from '../../src/data/filter.js';
import { computeLanes } from '../../src/data/lanes.js';
import { computeBase } from '../../src/layout/base.js';
import { computeLaneColumns } from '../../src/layout/lane-columns.js';
import { drawOverview, OverviewStrip, overviewLayers, renderOverview } from '../../src/render/overview.js';
import { daily } from '../layout/helpers.js';
import { mount } from './helpers.js';

const data = daily(30, 10, 2);
const lanes = computeLanes(data.spans, [], { dark: false, ungrouped: 'Other' }).map((l, i) => ({ ...l, color: ['rgb(255, 0, 0)', 'rgb(0, 0, 255)'][i] }));
const base = computeBase(data, { width: 400, gaps: 'off', rtl: false });
const noop = () => {};

describe('renderOverview', () => {
  it('draws the window over the view, at least 4px wide', () => {
    const d = base.scale.domain().map(Number);
    const mid = (d[0] + d[1]) / 2;
    const root = mount(renderOverview(base, [d[0], mid], 400, { onPointerDown: noop, onPointerMove: noop, onPointerUp: noop }, []));
    const window = root.querySelector<HTMLElement>('.window')!;
    expect(window.style.left).to.equal('0px');
    expect(parseFloat(window.style.width)).to.be.closeTo(200, 0.5);
    const narrow = mount(renderOverview(base, [mid, mid + 1], 400, { onPointerDown: noop, onPointerMove: noop, onPointerUp: noop }, []));
    expect(narrow.querySelector<HTMLElement>('.window')!.style.width).to.equal('4px');
  });
});

describe('drawOverview', () => {
  it('draws each lane’s events in its row and colour, once per lane columns and base scale', () => {
    const canvas = document.createElement('canvas');
    const columns = computeLaneColumns(data, lanes);
    drawOverview(canvas, columns, lanes, base, false);
    const ratio = window.devicePixelRatio || 1;
    expect(canvas.width).to.equal(Math.round(400 * ratio));
    const ctx = canvas.getContext('2d')!;
    const at = (x: number, y: number) => [...ctx.getImageData(Math.round(x * ratio), Math.round(y * ratio), 1, 1).data];
    const x = (i: number) => base.reading(data.spans.items[i].min) + 0.5;
    const first = x(0);
    expect(at(first, 4)).to.deep.equal([255, 0, 0, 255]);
    expect(at(x(1), 20)).to.deep.equal([0, 0, 255, 255]);
    // Drawn again only when the columns change: a cleared canvas stays clear for the same ones.
    ctx.clearRect(0, 0, canvas.width, canvas.height);
    drawOverview(canvas, columns, lanes, base, false);
    expect(at(first, 4)).to.deep.equal([0, 0, 0, 0]);
  });

  it('draws a filter’s matches over the whole data, on the whole data’s axis, and the whole data once', () => {
    const shown = filterDataset(data, { groups: [data.spans.items[1].group] }, 'en');
    const [back, front] = overviewLayers(data, shown, lanes);
    expect(front!.laneOf.length).to.equal(shown.spans.items.length);
    // The second event, the first match, in its lane: where it is in the whole data.
    const lane = back.laneOf[1];
    expect(front!.lanes[lane].starts[0]).to.equal(back.lanes[lane].starts[back.rank[1]]);
    const canvas = document.createElement('canvas');
    drawOverview(canvas, front, lanes, base, false);
    const ratio = window.devicePixelRatio || 1;
    const px = (i: number, y: number) => canvas.getContext('2d')!.getImageData(Math.round((base.reading(data.spans.items[i].min) + 0.5) * ratio), Math.round(y * ratio), 1, 1).data[3];
    // The first event (first lane, top row) does not match and is not drawn; the second (second lane) does.
    expect([px(0, 4), px(1, 20)]).to.deep.equal([0, 255]);
    // Unfiltered, there is nothing over the whole data.
    expect(overviewLayers(data, data, lanes)[1]).to.equal(null);
    drawOverview(canvas, null, lanes, base, false);
    expect(px(1, 20)).to.equal(0);
  });

  it('mirrors right to left, runs an open end to the edge, and leaves the gaps between events empty', () => {
    const open = computeDataset([
      { id: 'a', title: 'A', start: '2001-01-01' },
      { id: 'b', title: 'B', start: '2001-06-01' },
      { id: 'c', title: 'C', start: '2001-09-01/..' },
      { id: 'd', title: 'D', start: '2002-01-01' },
    ]);
    const one = computeLanes(open.spans, [], { dark: false, ungrouped: 'Other' }).map((l) => ({ ...l, color: 'rgb(255, 0, 0)' }));
    for (const rtl of [false, true]) {
      const b = computeBase(open, { width: 400, gaps: 'off', rtl });
      const canvas = document.createElement('canvas');
      drawOverview(canvas, computeLaneColumns(open, one), one, b, rtl);
      const ratio = window.devicePixelRatio || 1;
      // The alpha at a time's place (display px, mirrored right to left), in the lane's row.
      const alpha = (t: number) => canvas.getContext('2d')!.getImageData(Math.round((b.scale(t) + (rtl ? -0.5 : 0.5)) * ratio), Math.round(10 * ratio), 1, 1).data[3];
      expect(alpha(Date.UTC(2001, 0, 1)), `${rtl}: a`).to.equal(255);
      expect(alpha(Date.UTC(2001, 3, 1)), `${rtl}: between a and b`).to.equal(0);
      // The open end runs on past the last event, to the edge.
      expect(alpha(Date.UTC(2001, 11, 1)), `${rtl}: within c`).to.equal(255);
      expect(alpha(b.scale.invert(rtl ? 2 : 398)), `${rtl}: the edge`).to.equal(255);
    }
  });

  it('dims the whole data under a filter', () => {
    const d = base.scale.domain().map(Number);
    const root = mount(renderOverview(base, [d[0], d[1]], 400, { onPointerDown: noop, onPointerMove: noop, onPointerUp: noop }, [], true));
    expect(root.querySelector('canvas')!.classList.contains('dimmed')).to.equal(true);
  });
});

describe('OverviewStrip', () => {
  it('draws new data at once, and a new width in the next frame, stretching the last drawing meanwhile', async () => {
    const strip = new OverviewStrip();
    const canvas = document.createElement('canvas');
    const ratio = window.devicePixelRatio || 1;
    const columns = computeLaneColumns(data, lanes);
    strip.draw([[canvas, columns]], lanes, base, false);
    expect([canvas.width, strip.pending]).to.deep.equal([Math.round(400 * ratio), null]);
    const narrow = computeBase(data, { width: 300, gaps: 'off', rtl: false });
    strip.draw([[canvas, columns]], lanes, narrow, false);
    expect([canvas.width, canvas.style.width]).to.deep.equal([Math.round(400 * ratio), '300px']);
    await strip.pending;
    expect([canvas.width, strip.pending]).to.deep.equal([Math.round(300 * ratio), null]);
    // The same drawing asks for nothing; other data is drawn at once.
    strip.draw([[canvas, columns]], lanes, narrow, false);
    expect(strip.pending).to.equal(null);
    const shown = filterDataset(data, { groups: [data.spans.items[1].group] }, 'en');
    strip.draw([[canvas, computeLaneColumns(shown, lanes)]], lanes, narrow, false);
    const at = (i: number) => canvas.getContext('2d')!.getImageData(Math.round((narrow.reading(data.spans.items[i].min) + 0.5) * ratio), Math.round(4 * ratio), 1, 1).data[3];
    expect([at(0), strip.pending]).to.deep.equal([0, null]);
  });
});
