// Keyboard, screen reader and list view behaviour of the element.
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/index.js';
import { LIST_PAGE, SUMMARY_THRESHOLD, type DatelineTimeline } from '../../src/index.js';
import type { TimelineEvent } from '../../src/types.js';
import { showcaseEvents, showcaseGroups } from '../../stories/data/showcase.js';
import { denseEvents } from '../../stories/data/samples.js';
import { dashes } from '../text.js';

const focused = (el: DatelineTimeline) => el.shadowRoot!.activeElement?.getAttribute('data-key');
const mark = (el: DatelineTimeline, id: string) => el.shadowRoot!.querySelector<HTMLElement>(`[data-id="${id}"]`)!;
const press = async (el: DatelineTimeline, key: string) => {
  await sendKeys({ press: key });
  await el.updateComplete;
  await el.updateComplete;
};

async function render(events: TimelineEvent[], width: number, layout = 'auto'): Promise<DatelineTimeline> {
  const el = await fixture<DatelineTimeline>(html`<dateline-timeline
    style="width: ${width}px"
    locale="en-GB"
    layout=${layout}
    .groups=${showcaseGroups}
    .events=${events}
  ></dateline-timeline>`);
  await el.updateComplete;
  return el;
}

for (const layout of ['horizontal', 'vertical'] as const) {
  describe(`keyboard in the ${layout} layout`, () => {
    let el: DatelineTimeline;
    beforeEach(async () => {
      el = await render(showcaseEvents, layout === 'vertical' ? 360 : 1200, layout);
      mark(el, 'korean-war').focus();
    });
    const next = layout === 'vertical' ? 'ArrowDown' : 'ArrowRight';
    const previous = layout === 'vertical' ? 'ArrowUp' : 'ArrowLeft';

    describe(`when ${next} is pressed`, () => {
      it('moves to the next event in time', async () => {
        await press(el, next);
        expect(focused(el)).to.equal('invasion');
      });
    });

    describe(`when ${previous} is pressed`, () => {
      it('moves to the previous event in time', async () => {
        await press(el, next);
        await press(el, previous);
        expect(focused(el)).to.equal('korean-war');
      });
    });

    describe('when End and Home are pressed', () => {
      it('moves to the last and the first event', async () => {
        await press(el, 'End');
        expect(focused(el)).to.equal('starmer');
        await press(el, 'Home');
        expect(focused(el)).to.equal('korean-war');
      });
    });

    describe('when PageDown is pressed', () => {
      it('moves a screenful forward', async () => {
        await press(el, 'PageDown');
        expect(focused(el)).not.to.equal('korean-war');
        expect(focused(el)).not.to.equal('invasion');
      });
    });

    describe('when Enter, then Escape is pressed', () => {
      it('selects the event, shows details, then closes them and returns focus', async () => {
        setTimeout(() => sendKeys({ press: 'Enter' }));
        const { detail } = await oneEvent(el, 'dateline-select');
        expect(detail.id).to.equal('korean-war');
        await el.updateComplete;
        expect(el.shadowRoot!.querySelector('[part~=details]')).not.to.equal(null);
        await press(el, 'Escape');
        expect(el.selected).to.equal(null);
        expect(focused(el)).to.equal('korean-war');
      });
    });

    describe('when Space is pressed', () => {
      it('selects the event', async () => {
        await press(el, ' '); // Space, by the key it types: every engine's tooling knows it so
        expect(el.selected).to.equal('korean-war');
      });
    });

    describe('when ? is pressed', () => {
      it('shows and hides the keyboard help', async () => {
        await press(el, '?');
        expect(el.shadowRoot!.querySelector('.help')!.textContent).to.contain('show all events');
        await press(el, 'Escape');
        expect(el.shadowRoot!.querySelector('.help')).to.equal(null);
      });
    });
  });
}

describe('keyboard zoom (horizontal)', () => {
  it('+ and - zoom around the focused event and announce the range; 0 shows all', async () => {
    const el = await render(showcaseEvents, 1200, 'horizontal');
    mark(el, 'strike').focus();
    const left = () => mark(el, 'strike').querySelector('.mark')!.getBoundingClientRect().left;
    const before = left();
    const treaty = () => mark(el, 'treaty').querySelector('.mark')!.getBoundingClientRect().left;
    const treatyBefore = treaty();
    const spans: number[] = [];
    el.addEventListener('dateline-range-change', (e) => spans.push(+e.detail.end - +e.detail.start));
    await press(el, '+');
    expect(left()).to.be.closeTo(before, 2);
    expect(focused(el)).to.equal('strike');
    expect(el.shadowRoot!.querySelector('[aria-live]')!.textContent).to.match(/^Showing /);
    await press(el, '-');
    expect(spans).to.have.length(2);
    expect(spans[1]).to.be.above(spans[0]);
    await press(el, '+');
    expect(left()).to.be.closeTo(before, 2);
    await press(el, '0');
    // All events again: the marks stand where they stood before any zoom.
    expect(treaty()).to.be.closeTo(treatyBefore, 1);
  });

  it('ArrowDown moves to the nearest event in time in the lane below', async () => {
    const el = await render(showcaseEvents, 1200, 'horizontal');
    mark(el, 'treaty').focus();
    await press(el, 'ArrowDown');
    expect(focused(el)).to.equal('strike');
  });
});

describe('screen readers', () => {
  it('is a labelled region with a polite live region, the axis hidden', async () => {
    const el = await render(showcaseEvents, 1200);
    el.label = 'North Korean troops sent to Russia';
    await el.updateComplete;
    const region = el.shadowRoot!.querySelector('[role=region]')!;
    expect(region.getAttribute('aria-label')).to.equal('North Korean troops sent to Russia');
    expect(el.shadowRoot!.querySelector('[aria-live=polite]')).not.to.equal(null);
    expect(el.shadowRoot!.querySelector('[part~=axis]')!.getAttribute('aria-hidden')).to.equal('true');
  });

  it('names marks at each precision and certainty', async () => {
    const el = await render(
      [
        { id: 'a', start: '2024', title: 'Year', certainty: 'claimed', source: { name: 'A' } },
        { id: 'b', start: '2024-10~', title: 'Approx', certainty: 'disputed', source: { name: 'B' } },
        { id: 'c', start: '2023-08/..', title: 'Ongoing', certainty: 'reported', source: { name: 'Reuters' } },
        { id: 'd', start: '1950/1953', title: 'War' },
      ],
      1200,
    );
    expect(mark(el, 'a').getAttribute('aria-label')).to.equal('Year, 2024, claimed by A');
    expect(mark(el, 'b').getAttribute('aria-label')).to.equal('Approx, about October 2024, disputed, according to B');
    expect(mark(el, 'c').getAttribute('aria-label')).to.equal('Ongoing, August 2023 – ongoing, reported by Reuters');
    expect(dashes(mark(el, 'd').getAttribute('aria-label'))).to.equal('War, 1950 – 1953');
  });

  it(`summarises timelines of more than ${SUMMARY_THRESHOLD} events and points to the list view`, async () => {
    const el = await render(denseEvents(SUMMARY_THRESHOLD + 1), 1000);
    const region = el.shadowRoot!.querySelector('[role=region]')!;
    const summary = el.shadowRoot!.getElementById(region.getAttribute('aria-describedby')!)!;
    expect(summary.textContent).to.equal(`${SUMMARY_THRESHOLD + 1} events. The list view reads them all.`);
  });

  it('the list view is a table of every event in time order', async () => {
    const el = await render(showcaseEvents, 1200);
    const toggle = [...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('.toolbar button')].find((b) => b.textContent === 'List view')!;
    toggle.click();
    await el.updateComplete;
    expect(toggle.getAttribute('aria-pressed')).to.equal('true');
    const rows = [...el.shadowRoot!.querySelectorAll('[part~=list] tbody tr')];
    expect(rows).to.have.length(showcaseEvents.length);
    expect(dashes(rows[0].textContent)).to.contain('1950 – 1953');
    expect(rows[0].textContent).to.contain('North Korea');
    setTimeout(() => rows[4].querySelector('button')!.click());
    const { detail } = await oneEvent(el, 'dateline-select');
    expect(detail.id).to.equal('treaty');
  });

  it(`pages the list view ${LIST_PAGE} rows at a time, opening at the selected event's page`, async () => {
    // One event a day from 1 January 2024, so time order is input order.
    const days = Array.from({ length: 2 * LIST_PAGE + 50 }, (_, i) => ({ id: `e${i}`, title: `Item ${i}`, start: new Date(Date.UTC(2024, 0, 1 + i)).toISOString().slice(0, 10) }));
    const el = await render(days, 1200);
    const toolbar = (name: string) => [...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('.toolbar button')].find((b) => b.textContent === name)!;
    const rows = () => [...el.shadowRoot!.querySelectorAll('[part~=list] tbody tr')].map((r) => r.querySelector('button')!.textContent);
    const pager = () => el.shadowRoot!.querySelector('.pager')!;
    const turn = async (name: string) => {
      [...pager().querySelectorAll('button')].find((b) => b.textContent === name)!.click();
      await el.updateComplete;
    };
    toolbar('List view').click();
    await el.updateComplete;
    expect(rows()).to.have.length(LIST_PAGE);
    expect(rows()[0]).to.equal('Item 0');
    expect(pager().querySelector('[aria-live=polite]')!.textContent).to.equal(`Events 1–${LIST_PAGE} of ${2 * LIST_PAGE + 50}`);
    expect(pager().querySelector('button')!.getAttribute('aria-disabled')).to.equal('true');
    await turn('Previous');
    expect(rows()[0]).to.equal('Item 0');
    await turn('Next');
    expect(rows()[0]).to.equal(`Item ${LIST_PAGE}`);
    await turn('Next');
    expect(rows()).to.have.length(50);
    expect(rows()[49]).to.equal(`Item ${2 * LIST_PAGE + 49}`);
    expect(el.shadowRoot!.querySelectorAll('.pager')).to.have.length(2);
    await turn('Next');
    expect(rows()[0]).to.equal(`Item ${2 * LIST_PAGE}`);
    // Closed and opened again with an event selected, the list shows that event's page.
    toolbar('List view').click();
    el.selected = 'e5';
    await el.updateComplete;
    toolbar('List view').click();
    await el.updateComplete;
    expect(rows()[5]).to.equal('Item 5');
    // Fewer events than a page: no page buttons.
    el.events = days.slice(0, 10);
    await el.updateComplete;
    expect(rows()).to.have.length(10);
    expect(el.shadowRoot!.querySelector('.pager')).to.equal(null);
  });
});
