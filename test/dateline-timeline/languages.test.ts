import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/index.js';
import type { DatelineTimeline } from '../../src/dateline-timeline.js';
import { mountIn } from './mount.js';
import type { TimelineEvent } from '../../src/types.js';

const events: TimelineEvent[] = [
  { id: 'treaty', start: '2024-06', title: 'Treaty', certainty: 'reported', source: { name: 'Reuters' } },
  { id: 'strike', start: '2024-10-03', title: 'Strike' },
  { id: 'friday', start: '2024-10-18', title: 'Friday' },
];
const mark = (el: DatelineTimeline, id: string) => el.shadowRoot!.querySelector<HTMLElement>(`[data-id="${id}"]`)!;

const render = (attrs: { locale?: string; dir?: string }) => mountIn({ events, ...attrs });

describe('in Korean', () => {
  it('formats dates and speaks certainty in Korean', async () => {
    const el = await render({ locale: 'ko' });
    expect(mark(el, 'treaty').getAttribute('aria-label')).to.equal('Treaty, 2024년 6월, Reuters 보도');
    expect(mark(el, 'strike').getAttribute('aria-label')).to.contain('2024년 10월 3일');
    const buttons = [...el.shadowRoot!.querySelectorAll('.toolbar button')].map((b) => b.getAttribute('aria-label') ?? b.textContent);
    expect(buttons).to.include('목록 보기');
    expect(buttons).to.include('확대');
  });
});

describe('in Arabic (right to left)', () => {
  it('runs time from right to left', async () => {
    const el = await render({ locale: 'ar', dir: 'rtl' });
    expect(el.shadowRoot!.querySelector('[role=region]')!.getAttribute('dir')).to.equal('rtl');
    const x = (id: string) => mark(el, id).querySelector('.mark')!.getBoundingClientRect().left;
    expect(x('treaty')).to.be.greaterThan(x('strike'));
    expect(x('strike')).to.be.greaterThan(x('friday'));
  });

  it('moves forward in time with ArrowLeft', async () => {
    const el = await render({ locale: 'ar', dir: 'rtl' });
    mark(el, 'treaty').focus();
    await sendKeys({ press: 'ArrowLeft' });
    await el.updateComplete;
    expect(el.shadowRoot!.activeElement?.getAttribute('data-id')).to.equal('strike');
  });

  it('mirrors for an Arabic locale even without a dir attribute on the page', async () => {
    const el = await fixture<DatelineTimeline>(html`<dateline-timeline style="width: 800px" locale="ar" .events=${events}></dateline-timeline>`);
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('[role=region]')!.getAttribute('dir')).to.equal('rtl');
  });

  it('keeps every label clear of its mark, flipped or not, for titles in any script', async () => {
    const { showcaseEvents } = await import('../../stories/data/showcase.js');
    const el = await fixture<DatelineTimeline>(html`<div dir="rtl"><dateline-timeline style="width: 1200px" locale="ar" .events=${showcaseEvents}></dateline-timeline></div>`);
    const tl = el.querySelector('dateline-timeline')!;
    await tl.updateComplete;
    const labelled = [...tl.shadowRoot!.querySelectorAll<HTMLElement>('[part~=event]:not(.span):not(.extent)')].filter((m) => m.querySelector('[part~=event-label]'));
    expect(labelled.length).to.be.above(5);
    expect(labelled.some((m) => m.classList.contains('flipped'))).to.equal(true);
    for (const m of labelled) {
      const dot = m.querySelector('.mark')!.getBoundingClientRect();
      const text = m.querySelector('[part~=event-label]')!.getBoundingClientRect();
      // The text box (without its padding) lies beside the dot, not over it.
      const range = document.createRange();
      range.selectNodeContents(m.querySelector('[part~=event-label]')!);
      const glyphs = range.getBoundingClientRect();
      expect(glyphs.right <= dot.left + 1 || glyphs.left >= dot.right - 1, `${m.dataset.id}: ${JSON.stringify([dot.left, dot.right, glyphs.left, glyphs.right, text.left])}`).to.equal(true);
    }
  });

  it('aligns titles beside their marks in the vertical column', async () => {
    const { showcaseEvents } = await import('../../stories/data/showcase.js');
    const el = await fixture<DatelineTimeline>(html`<div dir="rtl"><dateline-timeline style="width: 360px" locale="ar" .events=${showcaseEvents}></dateline-timeline></div>`);
    const tl = el.querySelector('dateline-timeline')!;
    await tl.updateComplete;
    expect(tl.shadowRoot!.querySelector('.vertical')).not.to.equal(null);
    for (const m of tl.shadowRoot!.querySelectorAll<HTMLElement>('[part~=event]')) {
      const dot = m.querySelector('.mark')!.getBoundingClientRect();
      const title = m.querySelector('bdi')!.getBoundingClientRect();
      // Right to left the mark is on the right and the title ends just left of it.
      expect(dot.left - title.right, m.dataset.id).to.be.within(0, 20);
    }
  });

  it('zooms and pans in the mirrored direction', async () => {
    const el = await render({ locale: 'ar', dir: 'rtl' });
    el.zoomTo('2024-10-01', '2024-10-20');
    await el.updateComplete;
    const box = el.getBoundingClientRect();
    const x = (id: string) => mark(el, id).querySelector('.mark')!.getBoundingClientRect().left;
    expect(x('strike')).to.be.within(box.left, box.right);
    expect(x('strike')).to.be.greaterThan(x('friday'));
  });
});

describe('messages overrides', () => {
  it('replace any subset of the strings', async () => {
    const el = await render({ locale: 'en-GB' });
    el.messages = { list: 'All events', claim: (c, s) => `${c} (${s ?? 'no source'})` };
    await el.updateComplete;
    expect(mark(el, 'treaty').getAttribute('aria-label')).to.equal('Treaty, June 2024, reported (Reuters)');
    expect([...el.shadowRoot!.querySelectorAll('.toolbar button')].map((b) => b.textContent)).to.include('All events');
  });
});
