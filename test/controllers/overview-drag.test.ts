import { expect } from '@open-wc/testing';
import { OverviewDragController } from '../../src/controllers/overview-drag.js';
import { host } from './host.js';

function strip(): [HTMLElement, HTMLElement] {
  const el = document.createElement('div');
  el.style.cssText = 'position: fixed; left: 100px; top: 0; width: 400px; height: 28px';
  const window = document.createElement('div');
  window.className = 'window';
  el.append(window);
  document.body.append(el);
  return [el, window];
}

function pointer(type: string, target: HTMLElement, clientX: number): PointerEvent {
  const e = new PointerEvent(type, { clientX, pointerId: 99, bubbles: true });
  target.dispatchEvent(e);
  return e;
}

describe('OverviewDragController', () => {
  it('pans to a press outside the window, drags the window by where it was held, and says when it ends', async () => {
    const calls: string[] = [];
    let centre = 200;
    const [h, drag] = await host(
      (h) =>
        new OverviewDragController(h, {
          centre: () => centre,
          panTo: (x) => calls.push(`pan ${x}`),
          end: () => calls.push('end'),
        }),
    );
    const [el, window] = strip();
    el.addEventListener('pointerdown', drag.onPointerDown);
    el.addEventListener('pointermove', drag.onPointerMove);
    el.addEventListener('pointerup', drag.onPointerUp);
    // A synthetic pointer has no capture to set: the drag goes on all the same.
    pointer('pointerdown', el, 150);
    pointer('pointermove', el, 160);
    pointer('pointerup', el, 160);
    expect(calls).to.deep.equal(['pan 50', 'pan 60', 'end']);
    calls.length = 0;
    centre = 60;
    pointer('pointerdown', window, 170);
    pointer('pointermove', window, 200);
    pointer('pointerup', window, 200);
    expect(calls).to.deep.equal(['pan 90', 'end']);
    // Moves without a press do nothing.
    pointer('pointermove', el, 300);
    expect(calls).to.have.length(2);
    el.remove();
    h.remove();
  });

  it('ignores presses when there is no view', async () => {
    const calls: string[] = [];
    const [h, drag] = await host((h) => new OverviewDragController(h, { centre: () => null, panTo: () => calls.push('pan'), end: () => calls.push('end') }));
    const [el] = strip();
    el.addEventListener('pointerdown', drag.onPointerDown);
    el.addEventListener('pointerup', drag.onPointerUp);
    pointer('pointerdown', el, 150);
    pointer('pointerup', el, 150);
    expect(calls).to.deep.equal([]);
    el.remove();
    h.remove();
  });
});
