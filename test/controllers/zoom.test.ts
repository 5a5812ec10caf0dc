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

  const pointer = (type: string, x: number, id = 1, pointerType = 'mouse') =>
    new PointerEvent(type, { pointerId: id, pointerType, clientX: x, clientY: 50, button: 0, buttons: type === 'pointerup' ? 0 : 1, bubbles: true, cancelable: true });

  it('pans with a drag, reports it once, and keeps the click that follows from the mark', async () => {
    const { h, zoom, viewport, views, ends } = await setup();
    zoom.show([40 * DAY, 60 * DAY]);
    views.length = 0;
    const left = viewport.getBoundingClientRect().left;
    let clicks = 0;
    viewport.addEventListener('click', () => clicks++);
    viewport.dispatchEvent(pointer('pointerdown', left + 500));
    viewport.dispatchEvent(pointer('pointermove', left + 501));
    expect(views, 'a wobble of a pixel is still a click').to.deep.equal([]);
    viewport.dispatchEvent(pointer('pointermove', left + 400));
    viewport.dispatchEvent(pointer('pointerup', left + 400));
    viewport.dispatchEvent(new MouseEvent('click', { bubbles: true }));
    // 100px of 1000 is a tenth of the 20 days shown: two days later.
    expect(ends).to.have.length(1);
    expect(ends[0][0]).to.be.closeTo(42 * DAY, 1000);
    expect(clicks, 'the drag was not a click').to.equal(0);
    viewport.dispatchEvent(pointer('pointerdown', left + 300));
    viewport.dispatchEvent(pointer('pointerup', left + 300));
    viewport.dispatchEvent(new MouseEvent('click', { bubbles: true }));
    expect(clicks, 'a press without movement is a click').to.equal(1);
    expect(ends).to.have.length(1);
    viewport.remove();
    h.remove();
  });

  it('pans with pointers that cannot be captured (synthetic ones, as some assistive tools make)', async () => {
    const { h, zoom, viewport, ends } = await setup();
    zoom.show([40 * DAY, 60 * DAY]);
    viewport.setPointerCapture = () => {
      throw new DOMException('Invalid pointer id', 'NotFoundError');
    };
    const left = viewport.getBoundingClientRect().left;
    viewport.dispatchEvent(pointer('pointerdown', left + 500, 7));
    viewport.dispatchEvent(pointer('pointermove', left + 600, 7));
    viewport.dispatchEvent(pointer('pointerup', left + 600, 7));
    expect(ends[0][0]).to.be.closeTo(38 * DAY, 1000);
    viewport.remove();
    h.remove();
  });

  it('zooms with two fingers around them, and in with a double click', async () => {
    const { h, zoom, viewport, ends } = await setup();
    zoom.show([40 * DAY, 60 * DAY]);
    const left = viewport.getBoundingClientRect().left;
    viewport.dispatchEvent(pointer('pointerdown', left + 400, 1, 'touch'));
    viewport.dispatchEvent(pointer('pointerdown', left + 600, 2, 'touch'));
    // The fingers move apart to twice their distance: the window halves around their middle (50 days).
    viewport.dispatchEvent(pointer('pointermove', left + 300, 1, 'touch'));
    viewport.dispatchEvent(pointer('pointermove', left + 700, 2, 'touch'));
    viewport.dispatchEvent(pointer('pointerup', left + 300, 1, 'touch'));
    viewport.dispatchEvent(pointer('pointerup', left + 700, 2, 'touch'));
    expect(ends).to.have.length(1);
    expect(ends[0][1] - ends[0][0]).to.be.closeTo(10 * DAY, 1000);
    expect((ends[0][0] + ends[0][1]) / 2).to.be.closeTo(50 * DAY, 1000);
    viewport.dispatchEvent(new MouseEvent('dblclick', { clientX: left + 500, bubbles: true, cancelable: true }));
    expect(ends[1][1] - ends[1][0]).to.be.closeTo(5 * DAY, 1000);
    viewport.dispatchEvent(new MouseEvent('dblclick', { clientX: left + 500, shiftKey: true, bubbles: true, cancelable: true }));
    expect(ends[2][1] - ends[2][0]).to.be.closeTo(10 * DAY, 1000);
    viewport.remove();
    h.remove();
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
