import { expect } from '@open-wc/testing';
import { ZoomController } from '../../src/controllers/zoom.js';
import { createTimeScale } from '../../src/core/scale.js';
import { host } from './host.js';

const DAY = 86_400_000;
const base = createTimeScale([0, 100 * DAY], 1000);

async function setup(wheelZooms = false) {
  const views: [number, number][] = [];
  const ends: [number, number][] = [];
  const [h, zoom] = await host((h) => new ZoomController(h, { onView: (v) => views.push(v), onGestureEnd: (v) => ends.push(v), wheelZooms: () => wheelZooms }), 'display: block; width: 1000px; height: 100px');
  const viewport = document.createElement('div');
  viewport.style.cssText = 'width: 1000px; height: 100px';
  document.body.append(viewport);
  zoom.attach(viewport);
  zoom.configure(base, 50, [0, 100 * DAY]);
  views.length = 0;
  return { h, zoom, viewport, views, ends };
}

describe('ZoomController', () => {
  it('shows a window from code without calling it a gesture', async () => {
    const { h, zoom, viewport, views, ends } = await setup();
    zoom.show([20 * DAY, 40 * DAY]);
    const [a, b] = views[views.length - 1];
    expect(a).to.be.closeTo(20 * DAY, 1000);
    expect(b).to.be.closeTo(40 * DAY, 1000);
    expect(ends).to.deep.equal([]);
    viewport.remove();
    h.remove();
  });

  it('zooms by a factor around a point, as a gesture, no deeper than maxK and no wider than all', async () => {
    const { h, zoom, viewport, ends } = await setup();
    zoom.zoomBy(2, 500);
    expect(ends[0][1] - ends[0][0]).to.be.closeTo(50 * DAY, 1000);
    expect((ends[0][0] + ends[0][1]) / 2).to.be.closeTo(50 * DAY, 1000);
    for (let i = 0; i < 10; i++) zoom.zoomBy(2, 500);
    expect(ends[ends.length - 1][1] - ends[ends.length - 1][0]).to.be.closeTo(2 * DAY, 1000);
    for (let i = 0; i < 10; i++) zoom.zoomBy(0.5);
    expect(ends[ends.length - 1]).to.deep.equal([0, 100 * DAY]);
    viewport.remove();
    h.remove();
  });

  it('zooms with ctrl+wheel always, and with a plain wheel only when the host says so', async () => {
    for (const wheelZooms of [false, true]) {
      const { h, viewport, views } = await setup(wheelZooms);
      viewport.dispatchEvent(new WheelEvent('wheel', { deltaY: -100, clientX: 500, bubbles: true, cancelable: true }));
      expect(views.length > 0, `plain wheel, wheelZooms ${wheelZooms}`).to.equal(wheelZooms);
      viewport.dispatchEvent(new WheelEvent('wheel', { deltaY: -100, clientX: 500, ctrlKey: true, bubbles: true, cancelable: true }));
      expect(views.length, 'ctrl+wheel').to.be.above(0);
      viewport.remove();
      h.remove();
    }
  });

  it('lets go of the viewport when the host disconnects', async () => {
    const { h, zoom, viewport, views } = await setup();
    h.remove();
    zoom.zoomBy(2);
    viewport.dispatchEvent(new WheelEvent('wheel', { deltaY: -100, ctrlKey: true, bubbles: true, cancelable: true }));
    expect(views).to.deep.equal([]);
    viewport.remove();
  });
});
