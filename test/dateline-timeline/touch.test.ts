// Touch, through Chromium's touch emulation (test/touch.mjs): a tap selects and shows the details
// on screen, a pinch zooms the timeline and not the page, a tap opens a cluster, and the period
// index is crossed with taps.
import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { executeServerCommand, setViewport } from '@web/test-runner-commands';
import '../../src/index.js';
import type { DatelineTimeline, TimelineEvent } from '../../src/index.js';
import { showcaseEvents, showcaseGroups } from '../../stories/data/showcase.js';
import { denseEvents, longColumnEvents } from '../../stories/data/samples.js';

const tap = (r: DOMRect) => executeServerCommand('touch', { action: 'tap', x: r.left + r.width / 2, y: r.top + r.height / 2 });
const details = (el: DatelineTimeline) => el.shadowRoot!.querySelector<HTMLElement>('[part~=details]');

async function mount(events: TimelineEvent[], width = '100%'): Promise<DatelineTimeline> {
  const el = await fixture<DatelineTimeline>(html`<dateline-timeline style="width: ${width}" locale="en-GB" .groups=${showcaseGroups} .events=${events}></dateline-timeline>`);
  await el.updateComplete;
  return el;
}

describe('touch', function () {
  this.timeout(20_000);
  // Touch emulation is on before the page draws, as on a phone.
  beforeEach(() => executeServerCommand('touch', { action: 'enable' }));
  afterEach(async () => {
    await setViewport({ width: 800, height: 600 });
    window.scrollTo(0, 0);
  });

  it('a tap on any entry of the column selects it and shows its details on screen, at 390 × 844', async () => {
    await setViewport({ width: 390, height: 844 });
    const el = await mount(showcaseEvents);
    // The first, one in the middle and the last entry, each tapped where it is on screen.
    for (const id of ['korean-war', 'victory-plan', 'starmer']) {
      const entry = el.shadowRoot!.querySelector<HTMLElement>(`[data-id="${id}"]`)!;
      entry.scrollIntoView({ block: 'center' });
      const selected = oneEvent(el, 'dateline-select');
      await tap(entry.getBoundingClientRect());
      expect((await selected).detail.id).to.equal(id);
      await waitUntil(() => details(el)?.textContent?.includes(showcaseEvents.find((e) => e.id === id)!.title));
      const r = details(el)!.getBoundingClientRect();
      expect(r.top >= 0 && r.bottom <= 844, id).to.equal(true);
      // The entry does not stay under the sheet: it scrolls above it.
      await waitUntil(() => entry.getBoundingClientRect().bottom <= details(el)!.getBoundingClientRect().top + 1, `${id} stayed under the sheet`, { timeout: 3000 });
      el.selected = null;
      await el.updateComplete;
    }
  });

  it('a pinch zooms the horizontal timeline, not the page', async () => {
    await setViewport({ width: 1000, height: 700 });
    const el = await mount(showcaseEvents, '900px');
    const viewport = el.shadowRoot!.querySelector<HTMLElement>('.viewport')!.getBoundingClientRect();
    const changed = oneEvent(el, 'dateline-range-change');
    await executeServerCommand('touch', { action: 'pinch', x: viewport.left + viewport.width / 2, y: viewport.top + 60, from: 60, to: 240 });
    const { start, end } = (await changed).detail;
    // The whole showcase spans 1950 to 2024: after the pinch the window is well under half of it.
    expect(+end - +start).to.be.below((Date.UTC(2025, 0, 1) - Date.UTC(1950, 0, 1)) / 2);
    expect(window.visualViewport?.scale ?? 1).to.equal(1);
  });

  it('a tap on a cluster opens it', async () => {
    await setViewport({ width: 1000, height: 700 });
    const el = await mount(denseEvents(300), '900px');
    const cluster = el.shadowRoot!.querySelector<HTMLElement>('[part~=cluster]')!;
    const count = Number(cluster.textContent);
    const changed = oneEvent(el, 'dateline-range-change');
    await tap(cluster.getBoundingClientRect());
    const { start, end } = (await changed).detail;
    // It zooms into its own events: a window of about their few days, not the month.
    expect(+end - +start).to.be.below(10 * 86_400_000);
    expect(count).to.be.above(1);
  });

  it('crosses a long column with taps on its period index', async () => {
    await setViewport({ width: 390, height: 844 });
    const el = await mount(longColumnEvents());
    const nav = el.shadowRoot!.querySelector<HTMLElement>('[part~=period-index]')!;
    const buttons = [...nav.querySelectorAll<HTMLButtonElement>('button')];
    // A person taps the furthest period in sight, which brings the rest into view, then the last.
    const visible = (b: HTMLElement) => {
      const [r, n] = [b.getBoundingClientRect(), nav.getBoundingClientRect()];
      const [left, right] = [Math.max(r.left, n.left), Math.min(r.right, n.right)];
      return right - left > 20 ? new DOMRect(left, r.top, right - left, r.height) : null;
    };
    const furthest = buttons.filter((b) => visible(b)).pop()!;
    await tap(visible(furthest)!);
    await waitUntil(() => furthest.getAttribute('aria-current') === 'true', 'the period tapped was not reached', { timeout: 5000 });
    const last = buttons[buttons.length - 1];
    await waitUntil(() => visible(last), 'the last period did not come into sight');
    await tap(visible(last)!);
    await waitUntil(() => last.getAttribute('aria-current') === 'true', 'the last period was not reached', { timeout: 5000 });
  });
});
