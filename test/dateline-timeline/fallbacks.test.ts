// Unusable values for properties and attributes fall back to the defaults with one warning each,
// and nothing a page sets can leave the element dead.
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/index.js';
import type { DatelineTimeline, TimelineEvent } from '../../src/index.js';

const events: TimelineEvent[] = [
  { id: 'a', start: '2024-06', title: 'Treaty' },
  { id: 'b', start: '2024-10-03', title: 'Strike' },
  { id: 'i', start: '2024-10-18T09:30+09:00', title: 'Instant' },
];

let warnings: string[] = [];
const errors: string[] = [];
const onError = (e: ErrorEvent) => errors.push(String(e.message));
let warn: typeof console.warn;
beforeEach(() => {
  warnings = [];
  errors.length = 0;
  warn = console.warn;
  console.warn = (m: unknown) => warnings.push(String(m));
  window.addEventListener('error', onError);
});
afterEach(() => {
  console.warn = warn;
  window.removeEventListener('error', onError);
});

async function render(): Promise<DatelineTimeline> {
  const el = await fixture<DatelineTimeline>(html`<dateline-timeline style="width: 1000px" locale="en-GB" .events=${events}></dateline-timeline>`);
  await el.updateComplete;
  return el;
}
const name = (el: DatelineTimeline, id: string) => el.shadowRoot!.querySelector(`[data-id="${id}"]`)!.getAttribute('aria-label');

describe('unusable values', () => {
  for (const locale of [' ', 'auto', 'zz-ZZ-invalid!!', '{{lang}}', null, -1, {}]) {
    it(`locale ${JSON.stringify(locale)} falls back to the page's language, with one warning`, async () => {
      const el = await render();
      (el as unknown as { locale: unknown }).locale = locale;
      await el.updateComplete;
      el.fit();
      await el.updateComplete;
      expect(name(el, 'b')).to.equal('Strike, 3 October 2024');
      const about = warnings.filter((w) => w.includes('locale'));
      expect(about.length).to.equal(locale === null ? 0 : 1);
    });
  }

  it('a lang that is no language tag (lang="auto") falls back to the browser’s language, with one warning', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div lang="auto"><dateline-timeline style="width: 1000px" .events=${events}></dateline-timeline></div>`);
    const el = wrapper.querySelector('dateline-timeline')!;
    await el.updateComplete;
    el.requestUpdate();
    await el.updateComplete;
    expect(name(el, 'b')).to.contain('2024');
    expect(warnings).to.deep.equal(['dateline-timeline: lang "auto" cannot be used; using the browser\'s language instead.']);
  });

  for (const zone of [null, 'Europe/Nowhere', 42]) {
    it(`timeZone ${JSON.stringify(zone)} falls back to the reader's zone`, async () => {
      const el = await render();
      (el as unknown as { timeZone: unknown }).timeZone = zone;
      await el.updateComplete;
      expect(name(el, 'i')).to.match(/^Instant, 18 October 2024/);
      expect(warnings.filter((w) => w.includes('timeZone'))).to.have.length(zone === null ? 0 : 1);
    });
  }

  it('layout, breakpoint, gaps, reference-date and label attributes fall back one by one', async () => {
    const el = await render();
    for (const [attribute, value] of [['layout', 'sideways'], ['breakpoint', 'wide'], ['gaps', 'on'], ['reference-date', 'soon'], ['label', '']]) el.setAttribute(attribute, value);
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('.horizontal')).not.to.equal(null);
    expect(el.shadowRoot!.querySelector('.reference')).to.equal(null);
    expect(el.shadowRoot!.querySelector('[role=region]')!.getAttribute('aria-label')).to.equal('Timeline');
    expect(warnings.map((w) => w.split(' ')[1])).to.deep.equal(['layout', 'breakpoint', 'gaps', 'referenceDate']);
  });

  it('messages keep their usable entries and ignore the rest', async () => {
    const el = await render();
    el.messages = { list: 'All events', zoomIn: 5 as unknown as string, claim: 'x' as unknown as () => string };
    await el.updateComplete;
    const buttons = [...el.shadowRoot!.querySelectorAll('.toolbar button')].map((b) => b.getAttribute('aria-label') ?? b.textContent);
    expect(buttons).to.include('All events').and.to.include('Zoom in');
    expect(warnings).to.have.length(2);
  });

  it('focusEvent with an unknown id does nothing and warns once', async () => {
    const el = await render();
    await el.focusEvent('nope');
    await el.focusEvent('nope');
    expect(el.shadowRoot!.activeElement).to.equal(null);
    expect(warnings).to.deep.equal(['dateline-timeline: focusEvent("nope") names no event; focus stays where it is.']);
  });

  it('an error inside a render keeps the last drawing and the element alive', async () => {
    const el = await render();
    const before = el.shadowRoot!.querySelectorAll('[part~=event]').length;
    el.messages = {
      claim: () => {
        throw new Error('broken translation');
      },
    };
    await el.updateComplete;
    expect(el.shadowRoot!.querySelectorAll('[part~=event]').length).to.equal(before);
    expect(warnings.some((w) => w.includes('broken translation'))).to.equal(true);
    // Once the value is usable again, it draws again.
    el.messages = { list: 'All events' };
    await el.updateComplete;
    expect(el.shadowRoot!.textContent).to.contain('All events');
    expect(errors).to.deep.equal([]);
  });

  it('resizing across the breakpoint reports no ResizeObserver loop to the page', async () => {
    const el = await render();
    for (const width of [300, 1000, 320, 900, 300]) {
      el.style.width = `${width}px`;
      await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
      await el.updateComplete;
    }
    expect(el.shadowRoot!.querySelector('.vertical')).not.to.equal(null);
    expect(errors).to.deep.equal([]);
  });
});
