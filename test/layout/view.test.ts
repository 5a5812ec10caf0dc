import { expect } from '@open-wc/testing';
import { createTimeScale } from '../../src/core/scale.js';
import { validateEvents } from '../../src/core/validate.js';
import { clusterView, fullView, halfWidth, moved, overlaps, panTo, viewAround, viewCentre, viewToShow, windowOf } from '../../src/layout/view.js';

const DAY = 86_400_000;
const base = createTimeScale([0, 100 * DAY], 1000);

describe('view arithmetic', () => {
  it('fullView is the base scale’s domain', () => {
    expect(fullView(base)).to.deep.equal([0, 100 * DAY]);
  });

  it('viewAround and halfWidth work in base pixels, in either direction', () => {
    expect(viewAround(base, 500, 100)).to.deep.equal([40 * DAY, 60 * DAY]);
    const mirrored = base.copy().range([1000, 0]);
    expect(viewAround(mirrored, 500, 100)).to.deep.equal([40 * DAY, 60 * DAY]);
    expect(halfWidth(base, [40 * DAY, 60 * DAY])).to.equal(100);
  });

  it('viewCentre is the middle of the view in base pixels', () => {
    expect(viewCentre(base, [40 * DAY, 60 * DAY])).to.equal(500);
    expect(viewCentre(undefined, [0, 1])).to.equal(null);
    expect(viewCentre(base, null)).to.equal(null);
  });

  it('panTo keeps the width and stays inside the data', () => {
    expect(panTo(base, [0, 20 * DAY], 500, 1000)).to.deep.equal([40 * DAY, 60 * DAY]);
    expect(panTo(base, [0, 20 * DAY], 990, 1000)).to.deep.equal([80 * DAY, 100 * DAY]);
  });

  it('viewToShow keeps a view that holds the event, else centres it at the same zoom', () => {
    const view: [number, number] = [0, 20 * DAY];
    expect(viewToShow(base, view, { min: 5 * DAY, max: 6 * DAY })).to.equal(view);
    expect(viewToShow(base, view, { min: 50 * DAY, max: 51 * DAY })).to.deep.equal([40 * DAY, 60 * DAY]);
    // An open start that ends after the view runs through it: it is shown already.
    expect(viewToShow(base, view, { min: -Infinity, max: 50 * DAY })).to.equal(view);
    expect(viewToShow(base, [40 * DAY, 60 * DAY], { min: -Infinity, max: 10 * DAY })).to.deep.equal([0, 20 * DAY]);
  });

  it('clusterView pads its members’ extent by 15%, at least an hour', () => {
    const { events } = validateEvents([
      { id: 'a', start: '2024-10-01', title: 'A' },
      { id: 'b', start: '2024-10-10', title: 'B' },
    ]);
    const [lo, hi] = [Date.UTC(2024, 9, 1), Date.UTC(2024, 9, 11) - 1];
    const pad = (hi - lo) * 0.15;
    expect(clusterView(events)).to.deep.equal([lo - pad, hi + pad]);
    expect(clusterView([])).to.equal(null);
  });

  it('moved ignores differences below a millionth of the view', () => {
    expect(moved([0, 1e9], [1, 1e9])).to.equal(false);
    expect(moved([0, 1e9], [10_000, 1e9])).to.equal(true);
    expect(moved(null, [0, 1])).to.equal(true);
  });

  it('overlaps says whether a window still shows some of the data', () => {
    expect(overlaps([0, 10], [5, 20])).to.equal(true);
    expect(overlaps([0, 10], [11, 20])).to.equal(false);
    expect(overlaps(null, [0, 1])).to.equal(false);
  });
});

describe('windowOf', () => {
  it('runs from the earliest moment of the start to the latest of the end', () => {
    expect(windowOf('2024-10', '2024-10-18')).to.deep.equal([Date.UTC(2024, 9, 1), Date.UTC(2024, 9, 19) - 1]);
    expect(windowOf(new Date(0), new Date(1000))).to.deep.equal([0, 1000]);
  });

  it('names the bad argument in a RangeError', () => {
    expect(() => windowOf('2024-13', '2025')).to.throw(RangeError, /^zoomTo: start /);
    expect(() => windowOf('2024', 'soon')).to.throw(RangeError, /^zoomTo: end /);
    expect(() => windowOf('2025', '2024')).to.throw(RangeError, 'end must be after start');
  });
});
