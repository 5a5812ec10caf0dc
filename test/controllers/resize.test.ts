import { expect } from '@open-wc/testing';
import { ResizeController } from '../../src/controllers/resize.js';
import { host } from './host.js';

const frame = () => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));

describe('ResizeController', () => {
  it('measures the width at once, and asks for an update when it changes', async () => {
    const [h, resize] = await host((h) => new ResizeController(h), 'display: block; width: 321px');
    expect(resize.measure()).to.equal(321);
    await frame();
    h.updates = 0;
    h.style.width = '400px';
    await frame();
    expect(resize.width).to.equal(400);
    expect(h.updates).to.equal(1);
    h.remove();
    h.style.width = '500px';
    await frame();
    expect(resize.width).to.equal(400);
  });

  it('updates the host in the frame of the resize, not in the next one', async () => {
    const [h, resize] = await host((h) => new ResizeController(h), 'display: block; width: 321px');
    await frame();
    h.updates = 0;
    h.style.width = '360px';
    // The first task after the next frame's rendering work.
    await new Promise((r) => requestAnimationFrame(() => setTimeout(r)));
    expect(resize.width).to.equal(360);
    expect(h.updates).to.equal(1);
    expect(h.isUpdatePending).to.equal(false);
    h.remove();
  });
});
