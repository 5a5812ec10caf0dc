// Keys pressed faster than frames (automation, switch devices, a held key) are applied in order to
// the logical focus, whatever the render timing; DOM focus follows.
import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import fc from 'fast-check';
import '../../src/index.js';
import type { DatelineTimeline, TimelineEvent } from '../../src/index.js';

/** Twelve events a month apart in one lane: every one is its own mark at 1000px. */
const events: TimelineEvent[] = Array.from({ length: 12 }, (_, i) => ({
  id: `e${i}`,
  start: `2024-${String(i + 1).padStart(2, '0')}-15`,
  title: `E${i}`,
}));
const ids = events.map((e) => e.id);

async function render(): Promise<DatelineTimeline> {
  const el = await fixture<DatelineTimeline>(html`<dateline-timeline style="width: 1000px" locale="en-GB" .events=${events}></dateline-timeline>`);
  await el.updateComplete;
  return el;
}

const active = (el: DatelineTimeline) => el.shadowRoot!.activeElement as HTMLElement | null;

/** Presses `keys` one after the other with no wait at all, each at the element that has focus then, as a browser would. */
function pressAll(el: DatelineTimeline, keys: readonly string[]): void {
  for (const key of keys) active(el)!.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, composed: true, cancelable: true }));
}

/** Waits until renders and the focus moves they started are done. */
async function settle(el: DatelineTimeline): Promise<void> {
  for (let i = 0; i < 3; i++) {
    await el.updateComplete;
    await new Promise((r) => requestAnimationFrame(r));
  }
}

/** The keys as a pure model: where focus goes and what is selected, by position in time order. */
function model(start: number, keys: readonly string[], n: number): { focus: number; selected: number | null } {
  let focus = start;
  let selected: number | null = null;
  for (const key of keys) {
    if (key === 'ArrowRight') focus = Math.min(n - 1, focus + 1);
    else if (key === 'ArrowLeft') focus = Math.max(0, focus - 1);
    else if (key === 'Home' || key === 'PageUp') focus = 0;
    else if (key === 'End' || key === 'PageDown') focus = n - 1;
    else if (key === 'Enter' || key === ' ') selected = focus;
    else if (key === 'Escape' && selected !== null) [focus, selected] = [selected, null];
  }
  return { focus, selected };
}

describe('keys faster than frames', () => {
  it('→ → End Home Enter with no waits selects the first event, from any starting event', async () => {
    const el = await render();
    for (const start of [0, 4, 9]) {
      el.selected = null;
      await el.focusEvent(ids[start]);
      pressAll(el, ['ArrowRight', 'ArrowRight', 'End', 'Home', 'Enter']);
      await settle(el);
      expect(el.selected, `from ${ids[start]}`).to.equal('e0');
      expect(active(el)?.dataset.id, `from ${ids[start]}`).to.equal('e0');
    }
  });

  it('→ → End Home Enter pressed by the browser without pauses selects the first event', async () => {
    const el = await render();
    for (let run = 0; run < 5; run++) {
      el.selected = null;
      await el.focusEvent('e0');
      for (const key of ['ArrowRight', 'ArrowRight', 'End', 'Home', 'Enter']) await sendKeys({ press: key });
      await settle(el);
      expect(el.selected, `run ${run}`).to.equal('e0');
      expect(active(el)?.dataset.id, `run ${run}`).to.equal('e0');
    }
  });

  it('long random key sequences end where a pure model of the keys ends', async function () {
    this.timeout(60_000);
    const el = await render();
    const keys = fc.constantFrom('ArrowRight', 'ArrowLeft', 'Home', 'End', 'PageUp', 'PageDown', 'Enter', ' ', 'Escape');
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 0, max: ids.length - 1 }), fc.array(keys, { minLength: 1, maxLength: 40 }), async (start, sequence) => {
        el.selected = null;
        await el.focusEvent(ids[start]);
        pressAll(el, sequence);
        await settle(el);
        const want = model(start, sequence, ids.length);
        expect(el.selected).to.equal(want.selected === null ? null : ids[want.selected]);
        expect(active(el)?.dataset.id).to.equal(ids[want.focus]);
      }),
      { numRuns: 40 },
    );
  });
});
