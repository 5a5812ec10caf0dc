import { expect, waitUntil } from '@open-wc/testing';
import { VisibleController } from '../../src/controllers/visible.js';
import { host } from './host.js';

describe('VisibleController', () => {
  it('gives the band around the screen, keeps it while the screen stays inside, and asks for an update when it leaves', async () => {
    const [h, visible] = await host((h) => new VisibleController(h), 'display: block; height: 20000px');
    window.scrollTo(0, 0);
    const screen = innerHeight;
    const band = visible.band();
    expect(band[0]).to.be.closeTo(-h.getBoundingClientRect().top - screen, 1);
    expect(band[1] - band[0]).to.equal(3 * screen);
    visible.watch(true);
    window.scrollTo(0, screen / 2);
    await new Promise((r) => setTimeout(r, 50));
    expect(h.updates).to.equal(0);
    expect(visible.band()).to.equal(band);
    window.scrollTo(0, 4 * screen);
    // The scroll event comes in a later frame, later still when the machine is busy.
    await waitUntil(() => h.updates >= 1, 'leaving the band asks for an update', { timeout: 5000 });
    const next = visible.band();
    expect(next).not.to.equal(band);
    expect(next[0]).to.be.above(band[0]);
    // Not watching: scrolling asks for nothing.
    visible.watch(false);
    h.updates = 0;
    window.scrollTo(0, 12 * screen);
    await new Promise((r) => setTimeout(r, 50));
    expect(h.updates).to.equal(0);
    window.scrollTo(0, 0);
    h.remove();
  });
});
