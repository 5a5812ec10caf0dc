// Print: the print style sheet and the print drawing, and a real PDF through Chromium (test/print.mjs).
import { expect, fixture, html } from '@open-wc/testing';
import { emulateMedia, executeServerCommand } from '@web/test-runner-commands';
import '../../src/index.js';
import type { DatelineTimeline, TimelineEvent } from '../../src/index.js';

const DAY = 86_400_000;
/** Forty events over two years in four lanes, with sources, some of them with addresses. */
const events: TimelineEvent[] = Array.from({ length: 40 }, (_, i) => ({
  id: `e${i}`,
  start: new Date(Date.UTC(2023, 0, 1) + i * 18 * DAY).toISOString().slice(0, 10),
  title: `Headline number ${i} about the war`,
  group: ['north-korea', 'russia', 'ukraine', 'south-korea'][i % 4],
  certainty: (['confirmed', 'reported', 'claimed', 'disputed'] as const)[i % 4],
  source: { name: `Agency ${i}`, ...(i % 5 ? {} : { url: `https://example.org/report/${i}` }) },
  ...(i === 7 ? { displayDate: 'on a Friday' } : {}),
}));

async function mount(list = events): Promise<DatelineTimeline> {
  const el = await fixture<DatelineTimeline>(html`<dateline-timeline style="width: 1000px" locale="en-GB" label="Troops" exportable filter-bar .events=${list}></dateline-timeline>`);
  await el.updateComplete;
  return el;
}

const shown = (el: DatelineTimeline, selector: string) => {
  const node = el.shadowRoot!.querySelector(selector);
  return Boolean(node) && getComputedStyle(node!).display !== 'none';
};

describe('print', function () {
  this.timeout(30_000);
  afterEach(async () => {
    dispatchEvent(new Event('afterprint'));
    await emulateMedia({ media: 'screen' });
  });

  it('shows the whole range and the list of every event instead of the toolbar, bar, plot and overview', async () => {
    const el = await mount();
    el.zoomTo('2023-03-01', '2023-04-01');
    el.selected = 'e3';
    await el.updateComplete;
    await emulateMedia({ media: 'print' });
    dispatchEvent(new Event('beforeprint'));
    // The print drawing is made at once: printing lays the page out as soon as the event returns.
    const drawing = el.shadowRoot!.querySelector('.print-drawing svg');
    expect(drawing).not.to.equal(null);
    for (const part of ['.toolbar', '[part~=filter-bar]', '.viewport', '.overview', '[part~=details]']) expect(shown(el, part), part).to.equal(false);
    expect(shown(el, '.print')).to.equal(true);
    expect(drawing!.getBoundingClientRect().width).to.be.closeTo(1000, 1);
    // The whole range, not the zoomed view: every event is drawn, alone or in a cluster.
    const alone = drawing!.querySelectorAll('g[data-id]').length;
    const clustered = [...drawing!.querySelectorAll('g.cluster text')].reduce((n, t) => n + Number(t.textContent), 0);
    expect(alone + clustered).to.equal(events.length);
    const rows = [...el.shadowRoot!.querySelectorAll('.print-list tbody tr')];
    expect(rows).to.have.length(events.length);
    expect(rows[7].textContent).to.contain('(“on a Friday”)').and.contain('Headline number 7').and.contain('south-korea').and.contain('disputed');
    expect(rows[5].textContent).to.contain('Agency 5').and.contain('https://example.org/report/5');
    dispatchEvent(new Event('afterprint'));
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('.print')).to.equal(null);
  });

  it('prints to PDF with every event on paper and no controls', async () => {
    await mount();
    const { pages } = (await executeServerCommand('pdf')) as { pages: string[] };
    const text = pages.join('\n').replace(/\s+/g, ' ');
    for (const e of events) expect(text, e.title).to.contain(e.title);
    expect(text).to.contain('https://example.org/report/35');
    for (const control of ['List view', 'Download', 'Search events', 'Clear']) expect(text, control).not.to.contain(control);
    expect(pages.length).to.be.above(1);
  });
});
