// Deep links (hash-links, hash-prefix) and the details panel's Copy link button, through the public API.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/index.js';
import type { DatelineTimeline, TimelineEvent } from '../../src/index.js';

const events: TimelineEvent[] = [
  { id: 'treaty', start: '2021-06', title: 'Treaty' },
  { id: 'strike', start: '2024-10-03', title: 'Strike' },
  { id: 'a b/ü#', start: '2024-10-18', title: 'An id that needs encoding' },
];

const page = () => `${location.pathname}${location.search}`;
const setHash = (hash: string) => history.replaceState(null, '', `${page()}${hash}`);
const mark = (el: DatelineTimeline, id: string) => el.shadowRoot!.querySelector<HTMLElement>(`[data-id="${CSS.escape(id)}"]`)!;
const details = (el: DatelineTimeline) => el.shadowRoot!.querySelector('[part~=details]');

/**
 * Counts what would add a history entry from now on: `pushState` calls and hash navigations. (The
 * history's length is no measure in a long test run: browsers cap it, near 50 entries in Chromium.)
 */
function watchHistory(): { added: () => number; stop: () => void } {
  const push = history.pushState;
  let added = 0;
  const count = () => added++;
  history.pushState = function (...args: Parameters<History['pushState']>) {
    added++;
    return push.apply(this, args);
  };
  addEventListener('hashchange', count);
  return {
    added: () => added,
    stop: () => {
      history.pushState = push;
      removeEventListener('hashchange', count);
    },
  };
}

async function mount(prefix?: string, list = events): Promise<DatelineTimeline> {
  const el = await fixture<DatelineTimeline>(html`<dateline-timeline style="width: 1000px" locale="en-GB" hash-links hash-prefix=${prefix ?? 'event-'} .events=${list}></dateline-timeline>`);
  await el.updateComplete;
  return el;
}

describe('hash links', () => {
  afterEach(() => setHash(''));

  it('on page load: selects the event, shows its details and brings it into view, without taking focus', async () => {
    setHash('#event-treaty');
    const entries = watchHistory();
    const el = await mount();
    await waitUntil(() => el.selected === 'treaty', 'the hash selects its event');
    await el.updateComplete;
    expect(details(el)?.getAttribute('aria-label')).to.equal('Treaty');
    expect(mark(el, 'treaty')).not.to.equal(null);
    expect(document.activeElement).to.equal(document.body);
    expect(entries.added()).to.equal(0);
    entries.stop();
  });

  it('on hashchange: selects the event and moves focus to it', async () => {
    const el = await mount();
    location.hash = '#event-strike';
    await waitUntil(() => el.selected === 'strike', 'hashchange selects');
    await waitUntil(() => el.shadowRoot!.activeElement === mark(el, 'strike'), 'focus moves to the event');
    expect(details(el)?.getAttribute('aria-label')).to.equal('Strike');
  });

  it('writes the selected event into the hash without adding history entries, and takes it away on close', async () => {
    const el = await mount();
    const entries = watchHistory();
    mark(el, 'strike').click();
    await el.updateComplete;
    expect(location.hash).to.equal('#event-strike');
    mark(el, 'treaty').click();
    await el.updateComplete;
    expect(location.hash).to.equal('#event-treaty');
    el.shadowRoot!.querySelector<HTMLButtonElement>('[part~=details] .close')!.click();
    await el.updateComplete;
    expect(location.hash).to.equal('');
    // A hash navigation's event comes in a task of its own.
    await new Promise((r) => setTimeout(r, 50));
    expect(entries.added()).to.equal(0);
    entries.stop();
  });

  it('encodes ids both ways', async () => {
    const el = await mount();
    mark(el, 'a b/ü#').click();
    await el.updateComplete;
    expect(location.hash).to.equal('#event-a%20b%2F%C3%BC%23');
    el.remove();
    const again = await mount();
    await waitUntil(() => again.selected === 'a b/ü#', 'the encoded hash selects its event');
  });

  it('two timelines on a page each read only their own prefix; without hash-links nothing is read or written', async () => {
    setHash('#b-strike');
    const wrapper = await fixture<HTMLDivElement>(html`<div>
      <dateline-timeline style="width: 800px" hash-links hash-prefix="a-" .events=${events}></dateline-timeline>
      <dateline-timeline style="width: 800px" hash-links hash-prefix="b-" .events=${events}></dateline-timeline>
      <dateline-timeline style="width: 800px" hash-prefix="b-" .events=${events}></dateline-timeline>
    </div>`);
    const [a, b, off] = [...wrapper.querySelectorAll('dateline-timeline')];
    await waitUntil(() => b.selected === 'strike', 'b reads its hash');
    expect(a.selected).to.equal(null);
    expect(off.selected).to.equal(null);
    location.hash = '#a-treaty';
    await waitUntil(() => a.selected === 'treaty', 'a reads its hash');
    expect(b.selected).to.equal('strike');
    await off.updateComplete;
    mark(off, 'treaty').click();
    expect(location.hash).to.equal('#a-treaty');
    // A hash that names no event is left alone.
    location.hash = '#a-nothing';
    await new Promise((r) => setTimeout(r, 50));
    expect(a.selected).to.equal('treaty');
  });

  it('shows an event named in the hash once data loaded later holds it', async () => {
    setHash('#event-late');
    const el = await mount('event-', []);
    el.events = [...events, { id: 'late', start: '2024-11-01', title: 'Arrived later' }];
    await waitUntil(() => el.selected === 'late', 'selected once it exists');
  });
});

describe('Copy link', () => {
  const clipboard = navigator.clipboard;
  const original = clipboard?.writeText;
  afterEach(() => {
    setHash('');
    if (clipboard) clipboard.writeText = original;
  });

  it('copies the event’s link with the Clipboard API and says so', async () => {
    const copied: string[] = [];
    clipboard.writeText = async (text: string) => void copied.push(text);
    const el = await mount();
    mark(el, 'strike').click();
    await el.updateComplete;
    const button = el.shadowRoot!.querySelector<HTMLButtonElement>('.copy-link button')!;
    expect(button.textContent).to.equal('Copy link');
    button.click();
    await waitUntil(() => copied.length === 1);
    expect(copied[0]).to.equal(`${location.origin}${page()}#event-strike`);
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('.copied')?.textContent).to.equal('Link copied');
    expect(el.shadowRoot!.querySelector('.announcer')!.textContent).to.equal('Link copied');
  });

  it('shows the link in a focused, selected field when the clipboard refuses', async () => {
    clipboard.writeText = () => Promise.reject(new DOMException('denied', 'NotAllowedError'));
    const el = await mount();
    mark(el, 'treaty').click();
    await el.updateComplete;
    el.shadowRoot!.querySelector<HTMLButtonElement>('.copy-link button')!.click();
    await waitUntil(() => el.shadowRoot!.querySelector('.copy-link input'));
    const input = el.shadowRoot!.querySelector<HTMLInputElement>('.copy-link input')!;
    expect(input.value).to.equal(`${location.origin}${page()}#event-treaty`);
    expect(input.closest('label')!.textContent).to.contain('Copy this link:');
    await waitUntil(() => el.shadowRoot!.activeElement === input, 'the field takes focus');
    expect([input.selectionStart, input.selectionEnd]).to.deep.equal([0, input.value.length]);
  });

  it('is offered only with hash-links', async () => {
    const el = await fixture<DatelineTimeline>(html`<dateline-timeline style="width: 1000px" .events=${events}></dateline-timeline>`);
    mark(el, 'strike').click();
    await el.updateComplete;
    expect(details(el)).not.to.equal(null);
    expect(el.shadowRoot!.querySelector('.copy-link')).to.equal(null);
  });
});
