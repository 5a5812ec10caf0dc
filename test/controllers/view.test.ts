import { validateEvents } from '../../src/core/validate.js';
import { expect } from '@open-wc/testing';
import { ViewController } from '../../src/controllers/view.js';
import { computeDataset } from '../../src/data/dataset.js';
import { computeBase } from '../../src/layout/base.js';
import { host } from './host.js';

const DAY = 86_400_000;
const data = computeDataset([
  { id: 'a', start: '2024-01-01', title: 'A' },
  { id: 'b', start: '2024-12-31', title: 'B' },
]);
const base = computeBase(data, { width: 1000, gaps: 'off', rtl: false });

async function setup() {
  const calls: string[] = [];
  const [h, view] = await host((h) => new ViewController(h, { base: () => base, rangeChanged: () => calls.push('range'), announce: () => calls.push('announce'), wheelZooms: () => false }));
  const viewport = document.createElement('div');
  document.body.append(viewport);
  view.attach(viewport, base);
  return { h, view, calls, viewport };
}

describe('ViewController', () => {
  it('shows all events until a window is chosen, and again after fit()', async () => {
    const { h, view, viewport } = await setup();
    expect(view.chosen).to.equal(null);
    expect(view.current()).to.deep.equal(base.scale.domain().map(Number));
    view.zoomTo([Date.UTC(2024, 5, 1), Date.UTC(2024, 6, 1)]);
    expect(view.chosen).to.deep.equal([Date.UTC(2024, 5, 1), Date.UTC(2024, 6, 1)]);
    expect(h.updates).to.be.at.least(1);
    view.fit();
    expect(view.chosen).to.equal(null);
    viewport.remove();
    h.remove();
  });

  it('keeps a window code zoomed to when new data still shows some of it, and forgets it otherwise', async () => {
    const { h, view, viewport } = await setup();
    view.zoomTo([Date.UTC(2024, 5, 1), Date.UTC(2024, 6, 1)]);
    view.dataChanged([Date.UTC(2024, 0, 1), Date.UTC(2025, 0, 1)]);
    expect(view.chosen).not.to.equal(null);
    view.dataChanged([Date.UTC(2030, 0, 1), Date.UTC(2031, 0, 1)]);
    expect(view.chosen).to.equal(null);
    // A view that was never chosen is not kept.
    view.show([Date.UTC(2024, 5, 1), Date.UTC(2024, 6, 1)]);
    view.dataChanged([Date.UTC(2024, 0, 1), Date.UTC(2025, 0, 1)]);
    expect(view.chosen).to.equal(null);
    viewport.remove();
    h.remove();
  });

  it('reveals an event at the same zoom, and goes to a cluster as a person would (reported and announced)', async () => {
    const { h, view, calls, viewport } = await setup();
    view.zoomTo([Date.UTC(2024, 0, 1), Date.UTC(2024, 1, 1)]);
    const before = view.chosen!;
    view.reveal({ min: Date.UTC(2024, 9, 1), max: Date.UTC(2024, 9, 2) - 1 });
    const after = view.chosen!;
    expect(after[1] - after[0]).to.be.closeTo(before[1] - before[0], DAY);
    expect(after[0]).to.be.below(Date.UTC(2024, 9, 1));
    expect(after[1]).to.be.above(Date.UTC(2024, 9, 1));
    const { events } = validateEvents([
      { id: 'a', start: '2024-03-01', title: 'A' },
      { id: 'b', start: '2024-03-20', title: 'B' },
    ]);
    expect(view.open(events)).to.equal(true);
    expect(calls).to.deep.equal(['range', 'announce']);
    const [a, b] = view.current()!;
    expect(a).to.be.at.most(Date.UTC(2024, 2, 1));
    expect(b).to.be.at.least(Date.UTC(2024, 2, 20));
    viewport.remove();
    h.remove();
  });

  it('zooms around an event, as a gesture', async () => {
    const { h, view, calls, viewport } = await setup();
    view.zoomAround({ min: Date.UTC(2024, 5, 1), max: Date.UTC(2024, 5, 2) }, 2);
    expect(calls).to.deep.equal(['range', 'announce']);
    const [a, b] = view.current()!;
    expect(b - a).to.be.closeTo((+base.scale.domain()[1] - +base.scale.domain()[0]) / 2, DAY);
    viewport.remove();
    h.remove();
  });
});
