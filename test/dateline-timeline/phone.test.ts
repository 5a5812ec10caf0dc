// Details where the reader is looking: a sheet at the bottom of a phone's screen in the vertical
// column (focus moves in, Escape brings it back), the panel scrolled into view horizontally.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import '../../src/index.js';
import type { DatelineTimeline } from '../../src/index.js';
import { showcaseEvents, showcaseGroups } from '../../stories/data/showcase.js';
import { longColumnEvents } from '../../stories/data/samples.js';

const mark = (el: DatelineTimeline, id: string) => el.shadowRoot!.querySelector<HTMLElement>(`[data-id="${id}"]`)!;
const details = (el: DatelineTimeline) => el.shadowRoot!.querySelector<HTMLElement>('[part~=details]');

async function mount(width: string): Promise<DatelineTimeline> {
  const el = await fixture<DatelineTimeline>(html`<dateline-timeline style="width: ${width}" locale="en-GB" .groups=${showcaseGroups} .events=${showcaseEvents}></dateline-timeline>`);
  await el.updateComplete;
  return el;
}

describe('details on a phone', () => {
  afterEach(async () => {
    await setViewport({ width: 800, height: 600 });
    window.scrollTo(0, 0);
  });

  it('open on screen where the entry was tapped, take focus, and give it back on Escape', async () => {
    await setViewport({ width: 390, height: 844 });
    const el = await mount('100%');
    expect(el.shadowRoot!.querySelector('[role=region]')!.className).to.equal('vertical');
    // An entry in the middle of a long column, scrolled to the middle of the screen.
    const entry = mark(el, 'strike');
    entry.scrollIntoView({ block: 'center' });
    entry.click();
    await waitUntil(() => details(el) && el.shadowRoot!.activeElement?.tagName === 'H2', 'the details did not take focus');
    const r = details(el)!.getBoundingClientRect();
    expect(r.top).to.be.at.least(0);
    expect(r.bottom).to.be.at.most(844);
    expect(details(el)!.textContent).to.contain('Six North Koreans reported killed');
    // The tapped entry is not hidden under the sheet.
    await new Promise((resolve) => setTimeout(resolve, 600));
    expect(mark(el, 'strike').getBoundingClientRect().bottom).to.be.at.most(details(el)!.getBoundingClientRect().top + 1);
    await sendKeys({ press: 'Escape' });
    await waitUntil(() => !details(el) && el.shadowRoot!.activeElement === mark(el, 'strike'), 'focus did not return to the entry');
  });

  it('scrolls the horizontal panel into view when it opens below the screen', async () => {
    await setViewport({ width: 1200, height: 400 });
    const el = await mount('1100px');
    window.scrollTo(0, 0);
    mark(el, 'treaty').click();
    await waitUntil(() => {
      const r = details(el)?.getBoundingClientRect();
      return r && r.bottom <= innerHeight + 1 && r.top >= -1;
    }, 'the panel was not brought into view');
  });

  it('crosses a long column by its period index, which stays on screen and marks the period shown', async () => {
    await setViewport({ width: 390, height: 844 });
    const el = await fixture<DatelineTimeline>(html`<dateline-timeline style="width: 100%" locale="en-GB" .events=${longColumnEvents()}></dateline-timeline>`);
    await el.updateComplete;
    const nav = el.shadowRoot!.querySelector<HTMLElement>('[part~=period-index]')!;
    expect(nav.getAttribute('aria-label')).to.equal('Periods');
    const buttons = [...nav.querySelectorAll<HTMLButtonElement>('button')];
    expect(buttons.map((b) => b.textContent)).to.deep.equal(['1950s', '1960s', '1970s', '1980s', '1990s', '2000s', '2010s', '2020s']);
    for (const b of buttons) {
      const r = b.getBoundingClientRect();
      expect(r.width >= 44 && r.height >= 44, b.textContent!).to.equal(true);
    }
    expect(buttons[0].getAttribute('aria-current')).to.equal('true');
    // The last period in one tap: its first entry comes to just under the index, which stays on screen.
    buttons[buttons.length - 1].click();
    const first = longColumnEvents().find((e) => (e.start as string) >= '2020')!.id;
    await waitUntil(() => {
      const entry = el.shadowRoot!.querySelector(`[data-id="${first}"]`)?.getBoundingClientRect();
      return entry && Math.abs(entry.top - (nav.getBoundingClientRect().bottom + 8)) < 4;
    }, 'the period’s first entry did not come under the index', { timeout: 3000 });
    expect(nav.getBoundingClientRect().top).to.be.closeTo(0, 1);
    await waitUntil(() => buttons[buttons.length - 1].getAttribute('aria-current') === 'true', 'the current period was not marked');
    expect(el.shadowRoot!.activeElement).to.equal(el.shadowRoot!.querySelector(`[data-id="${first}"]`));
  });
});
