// The frame budget of a zoom gesture: no step of a burst adds more than a frame's worth of
// elements (lanes that were clusters stay clusters until the gesture ends), and once it settles the
// timeline draws exactly what one render of that view draws.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/index.js';
import type { DatelineTimeline, TimelineEvent } from '../../src/index.js';

const DAY = 86_400_000;
/** 10,000 events over 25 years in eight lanes, days and spans, as the bench makes them. */
function data(n: number): TimelineEvent[] {
  let seed = 7;
  const random = () => ((seed = (seed * 16807) % 2147483647) / 2147483647);
  const start = Date.UTC(2000, 0, 1);
  return Array.from({ length: n }, (_, i) => {
    const t = start + Math.floor(random() * 25 * 365) * DAY;
    const day = (ms: number) => new Date(ms).toISOString().slice(0, 10);
    return { id: `e${i}`, title: `Event ${i}`, group: `g${i % 8}`, start: day(t), ...(random() < 0.2 ? { end: day(t + Math.floor(random() * 60) * DAY) } : {}) };
  });
}

/** The most elements one step added, in a burst of Ctrl+wheel steps at the middle of the plot. */
async function burst(el: DatelineTimeline, steps: number, deltaY: number): Promise<number> {
  const viewport = el.shadowRoot!.querySelector<HTMLElement>('.viewport')!;
  const box = viewport.getBoundingClientRect();
  let count = el.shadowRoot!.querySelectorAll('*').length;
  let most = 0;
  for (let i = 0; i < steps; i++) {
    viewport.dispatchEvent(new WheelEvent('wheel', { deltaY, ctrlKey: true, clientX: box.left + box.width / 2, clientY: box.top + 40, bubbles: true, cancelable: true }));
    await el.updateComplete;
    const now = el.shadowRoot!.querySelectorAll('*').length;
    most = Math.max(most, now - count);
    count = now;
  }
  return most;
}

const keys = (el: DatelineTimeline) => [...el.shadowRoot!.querySelectorAll<HTMLElement>('[data-key]')].map((m) => m.dataset.key).sort();

describe('the frame budget of a zoom gesture', function () {
  this.timeout(60_000);

  it('adds no more than 150 elements in any step of a burst, and draws the full view once it settles', async () => {
    const events = data(10_000);
    const el = await fixture<DatelineTimeline>(html`<dateline-timeline style="width: 1200px" locale="en-GB" legend="off" .events=${events}></dateline-timeline>`);
    const ranges: CustomEvent[] = [];
    el.addEventListener('dateline-range-change', (e) => ranges.push(e));
    const most = await burst(el, 30, -100);
    expect(most, 'elements added by one step').to.be.at.most(150);
    // The gesture ends 150 ms after the last wheel turn.
    await waitUntil(() => ranges.length === 1, 'the gesture ends', { timeout: 5000 });
    await el.updateComplete;
    const settled = keys(el);
    const { start, end } = ranges[0].detail as { start: Date; end: Date };
    const fresh = await fixture<DatelineTimeline>(html`<dateline-timeline style="width: 1200px" locale="en-GB" legend="off" .events=${events}></dateline-timeline>`);
    fresh.zoomTo(start, end);
    await fresh.updateComplete;
    expect(settled).to.deep.equal(keys(fresh));
    // Rows of labels, not only clusters, once settled.
    expect(el.shadowRoot!.querySelectorAll('[part~=event-label]').length).to.be.above(0);
  });
});

describe('clusters that keep their place', function () {
  this.timeout(30_000);

  it('keep their elements through a small zoom step and a filter that changes their members', async () => {
    const el = await fixture<DatelineTimeline>(html`<dateline-timeline style="width: 1200px" locale="en-GB" .events=${data(10_000)}></dateline-timeline>`);
    const clusters = () => new Set(el.shadowRoot!.querySelectorAll<HTMLElement>('[part~=cluster]'));
    const kept = (a: Set<HTMLElement>, b: Set<HTMLElement>) => [...a].filter((c) => b.has(c)).length / a.size;
    const before = clusters();
    expect(before.size).to.be.above(50);
    const viewport = el.shadowRoot!.querySelector<HTMLElement>('.viewport')!;
    const box = viewport.getBoundingClientRect();
    viewport.dispatchEvent(new WheelEvent('wheel', { deltaY: -5, ctrlKey: true, clientX: box.left + box.width / 2, clientY: box.top + 40, bubbles: true, cancelable: true }));
    await el.updateComplete;
    const zoomed = clusters();
    expect(kept(before, zoomed), 'kept by a small zoom step').to.be.above(0.8);
    const counts = new Map([...zoomed].map((c) => [c, c.textContent!.trim()]));
    // A third of every lane's events left out.
    el.filter = (e) => Number(e.id.slice(1)) % 3 !== 0;
    await el.updateComplete;
    const filtered = clusters();
    expect(kept(zoomed, filtered), 'kept by the filter').to.be.above(0.8);
    // The same elements, now counting fewer events.
    expect([...filtered].filter((c) => counts.has(c) && counts.get(c) !== c.textContent!.trim()).length).to.be.above(filtered.size / 2);
  });
});

describe('focus during a zoom', function () {
  this.timeout(30_000);

  it('stays on an element while the focused cluster splits and the view leaves its event, and after it settles', async () => {
    const el = await fixture<DatelineTimeline>(html`<dateline-timeline style="width: 1200px" locale="en-GB" .events=${data(10_000)}></dateline-timeline>`);
    const cluster = el.shadowRoot!.querySelectorAll<HTMLElement>('[part~=cluster]')[20];
    cluster.focus();
    const viewport = el.shadowRoot!.querySelector<HTMLElement>('.viewport')!;
    const box = viewport.getBoundingClientRect();
    const x = cluster.getBoundingClientRect().left + 4;
    const keys = new Set<string>();
    const ended = new Promise((resolve) => el.addEventListener('dateline-range-change', resolve, { once: true }));
    for (let i = 0; i < 6; i++) {
      viewport.dispatchEvent(new WheelEvent('wheel', { deltaY: -100, ctrlKey: true, clientX: x, clientY: box.top + 40, bubbles: true, cancelable: true }));
      await el.updateComplete;
      const focused = el.shadowRoot!.activeElement as HTMLElement | null;
      expect(focused?.dataset.key, `step ${i}`).not.to.equal(undefined);
      keys.add(focused!.dataset.key!);
    }
    await ended;
    await el.updateComplete;
    const focused = el.shadowRoot!.activeElement as HTMLElement | null;
    expect(focused?.dataset.key, 'settled').not.to.equal(undefined);
    // The cluster became its first event, which the zoom carried off screen: still an element, named.
    expect(keys.size).to.be.above(1);
    expect(focused!.getAttribute('aria-label')).to.match(/^Event \d+, /);
    // Keys go on from it: → moves to the next event and brings it into view.
    focused!.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowRight', bubbles: true, composed: true }));
    await el.updateComplete;
    await el.updateComplete;
    expect((el.shadowRoot!.activeElement as HTMLElement | null)?.dataset.key).not.to.equal(focused!.dataset.key);
  });
});

describe('the frame budget of a filter change', function () {
  this.timeout(60_000);

  it('turns lanes of clusters into rows of labels over several frames, each within the budget, and ends as one render would', async () => {
    const events = data(10_000);
    const el = await fixture<DatelineTimeline>(html`<dateline-timeline style="width: 1200px" locale="en-GB" legend="off" .events=${events}></dateline-timeline>`);
    expect(el.shadowRoot!.querySelectorAll('[part~=event-label]').length).to.equal(0);
    // Elements added by each update (each one's changes reach the observer together, before the next frame).
    const added: number[] = [];
    const observer = new MutationObserver((records) => {
      const elements = records.flatMap((r) => [...r.addedNodes]).filter((n): n is Element => n instanceof Element);
      added.push(elements.reduce((n, e) => n + 1 + e.querySelectorAll('*').length, 0));
    });
    observer.observe(el.shadowRoot!, { childList: true, subtree: true });
    // 111 events ("Event 12", "Event 120"…): every lane turns into a row of labels.
    el.filter = { text: 'Event 12' };
    await el.updateComplete;
    observer.disconnect();
    expect(added.length, 'updates').to.be.above(2);
    expect(Math.max(...added), 'elements added by one update').to.be.at.most(150);
    const fresh = await fixture<DatelineTimeline>(html`<dateline-timeline style="width: 1200px" locale="en-GB" legend="off" .filter=${{ text: 'Event 12' }} .events=${events}></dateline-timeline>`);
    expect(keys(el)).to.deep.equal(keys(fresh));
    expect(el.shadowRoot!.querySelectorAll('[part~=event-label]').length).to.be.above(100);
  });
});
