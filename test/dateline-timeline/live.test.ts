// Live data through the public API: a new array that reuses event objects reads only the new ones;
// a time-zone change and refresh() read them all again; view, focus and selection stay.
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/index.js';
import type { DatelineTimeline, TimelineEvent } from '../../src/index.js';

const reads = { n: 0 };
/** An event whose media thumbnail (read by validation alone) counts how often validation reads it. */
const counted = (id: string, start: string): TimelineEvent => ({ id, title: id, start, media: { url: 'https://example.org/a.png', get thumbnail() { return (reads.n++, undefined); } } });

describe('live data', () => {
  beforeEach(() => (reads.n = 0));

  it('reads only the new objects of an array that reuses the others, and keeps the view, focus and selection', async () => {
    const events = Array.from({ length: 50 }, (_, i) => counted(`e${i}`, `2024-10-${String((i % 28) + 1).padStart(2, '0')}T${String(i % 24).padStart(2, '0')}:00Z`));
    const el = await fixture<DatelineTimeline>(html`<dateline-timeline style="width: 1000px" time-zone="UTC" .events=${events}></dateline-timeline>`);
    expect(reads.n).to.equal(50);
    el.zoomTo('2024-10-05', '2024-10-12');
    el.selected = 'e10';
    await el.focusEvent('e10');
    const before = reads.n;
    el.events = [...events, counted('late', '2024-10-09T12:00Z')];
    await el.updateComplete;
    expect(reads.n - before).to.equal(1);
    expect(el.shadowRoot!.querySelector('[data-id="late"]')).not.to.equal(null);
    expect(el.selected).to.equal('e10');
    expect(el.shadowRoot!.activeElement?.getAttribute('data-id')).to.equal('e10');
    // The view stayed: the first days of October are still out of it.
    expect(el.shadowRoot!.querySelector('[data-id="e0"]')).to.equal(null);
  });

  it('reads every event again in a new time zone, and on refresh()', async () => {
    const events = [counted('a', '2024-10-03T23:30Z'), counted('b', '2024-10-05')];
    const el = await fixture<DatelineTimeline>(html`<dateline-timeline style="width: 1000px" time-zone="UTC" locale="en-GB" .events=${events}></dateline-timeline>`);
    const name = () => el.shadowRoot!.querySelector('[data-id="a"]')!.getAttribute('aria-label');
    expect(name()).to.contain('3 October');
    el.timeZone = 'Asia/Seoul';
    await el.updateComplete;
    expect(reads.n).to.equal(4);
    expect(name()).to.contain('4 October');
    // Changed in place: assigning the same objects again would not see it, refresh() does.
    el.events = [...events];
    await el.updateComplete;
    expect(reads.n).to.equal(4);
    el.refresh();
    await el.updateComplete;
    expect(reads.n).to.equal(6);
  });
});
