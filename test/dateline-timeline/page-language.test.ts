// Without `locale`, the element follows the nearest `lang`, as it changes: every string it writes
// is in that one language at all times.
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/index.js';
import type { DatelineTimeline, TimelineEvent } from '../../src/index.js';

const events: TimelineEvent[] = [
  { id: 'treaty', start: '2024-06', title: 'Treaty', certainty: 'reported', source: { name: 'Reuters' } },
  { id: 'strike', start: '2024-10-03', title: 'Strike', group: 'Ukraine' },
  { id: 'friday', start: '2024-10-18', title: 'Friday' },
];

const root = (el: DatelineTimeline) => el.shadowRoot!;
const text = (el: DatelineTimeline, selector: string) => [...root(el).querySelectorAll(selector)].map((n) => n.textContent!.trim());
const name = (el: DatelineTimeline, id: string) => root(el).querySelector(`[data-id="${id}"]`)!.getAttribute('aria-label');
const button = (el: DatelineTimeline, label: string) =>
  [...root(el).querySelectorAll<HTMLButtonElement>('.toolbar button')].find((b) => (b.getAttribute('aria-label') ?? b.textContent!.trim()) === label)!;

/** Waits for the observer's re-render. */
async function next(el: DatelineTimeline): Promise<void> {
  await new Promise((r) => setTimeout(r));
  await el.updateComplete;
}

describe('the page language', () => {
  const original = document.documentElement.lang;
  afterEach(() => {
    document.documentElement.lang = original;
  });

  it('re-renders everything in French when <html lang> changes, and back', async () => {
    document.documentElement.lang = 'en-GB';
    const el = await fixture<DatelineTimeline>(html`<dateline-timeline style="width: 1000px" .events=${events}></dateline-timeline>`);
    await el.updateComplete;
    expect(name(el, 'strike')).to.equal('Strike, 3 October 2024, Ukraine');
    document.documentElement.lang = 'fr';
    await next(el);
    // Toolbar and accessible names.
    expect(button(el, 'Zoom avant')).not.to.equal(undefined);
    expect(button(el, 'Liste')).not.to.equal(undefined);
    expect(name(el, 'strike')).to.equal('Strike, 3 octobre 2024, Ukraine');
    expect(name(el, 'treaty')).to.equal('Treaty, juin 2024, rapporté par Reuters');
    // Ticks.
    expect(text(el, '[part~=tick-label]').join(' ')).to.match(/juil\.|août|sept\.|oct\./);
    expect(text(el, '[part~=tick-label]').join(' ')).not.to.match(/Jul|Aug|Sep|Oct/);
    // Help.
    button(el, 'Raccourcis clavier').click();
    await el.updateComplete;
    expect(root(el).querySelector('.help')!.textContent).to.contain('afficher tous les événements');
    // Details.
    (root(el).querySelector('[data-id="treaty"]') as HTMLElement).click();
    await el.updateComplete;
    const details = root(el).querySelector('[part~=details]')!;
    expect(details.textContent).to.contain('juin 2024').and.to.contain('selon Reuters');
    expect(details.querySelector('.close')!.getAttribute('aria-label')).to.equal('Fermer');
    // List view.
    button(el, 'Liste').click();
    await el.updateComplete;
    expect(text(el, '[part~=list] th')).to.deep.equal(['Date', 'Événement', 'Ligne', 'Certitude', 'Source']);
    expect(text(el, '[part~=list] td').join(' ')).to.contain('3 octobre 2024');
    // Announcements.
    button(el, 'Tout afficher').click();
    expect(root(el).querySelector('.announcer')!.textContent).to.match(/^Affichage : /);
    // And back, when the page changes again.
    document.documentElement.lang = 'en-GB';
    await next(el);
    expect(name(el, 'strike')).to.equal('Strike, 3 October 2024, Ukraine');
    expect(text(el, '[part~=list] td').join(' ')).to.contain('3 October 2024');
    expect(button(el, 'Zoom in')).not.to.equal(undefined);
  });

  it('follows the nearest lang around it, and its own locale above all', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div lang="de"><dateline-timeline style="width: 1000px" .events=${events}></dateline-timeline></div>`);
    const el = wrapper.querySelector('dateline-timeline')!;
    await el.updateComplete;
    expect(name(el, 'strike')).to.contain('3. Oktober 2024');
    wrapper.lang = 'es';
    await next(el);
    expect(name(el, 'strike')).to.contain('3 de octubre de 2024');
    el.locale = 'en-GB';
    await el.updateComplete;
    wrapper.lang = 'fr';
    await next(el);
    expect(name(el, 'strike')).to.contain('3 October 2024');
  });
});
