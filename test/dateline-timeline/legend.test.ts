// The legend explains the ways of drawing marks that the data uses, in the timeline's language.
import { expect } from '@open-wc/testing';
import '../../src/index.js';
import type { DatelineTimeline, TimelineEvent } from '../../src/index.js';
import { showcaseEvents, showcaseGroups } from '../../stories/data/showcase.js';
import { mountIn } from './mount.js';

const entries = (el: DatelineTimeline) => [...el.shadowRoot!.querySelectorAll('[part~=legend] li')].map((li) => li.textContent!.trim());

const render = (events: TimelineEvent[], width = 1000, attrs: { locale?: string; dir?: string } = {}) => mountIn({ events, groups: showcaseGroups, width, ...attrs });

describe('the legend', () => {
  it('explains the showcase’s encodings under the axis', async () => {
    const el = await render(showcaseEvents, 1200);
    expect(entries(el)).to.deep.equal(['Confirmed', 'Reported by a source', 'Claimed', 'Disputed', 'Known only to the month or year', 'Approximate date', 'Still going on']);
    const legend = el.shadowRoot!.querySelector('[part~=legend]')!;
    expect(legend.previousElementSibling!.matches('[part~=overview]')).to.equal(true);
  });

  it('shows nothing for plain confirmed days, and follows the data when it changes', async () => {
    const el = await render([{ id: 'a', start: '2024-10-03', title: 'A' }]);
    expect(el.shadowRoot!.querySelector('[part~=legend]')).to.equal(null);
    el.events = [{ id: 'a', start: '2024-10-03', title: 'A', certainty: 'claimed' }];
    await el.updateComplete;
    expect(entries(el)).to.deep.equal(['Claimed']);
  });

  it('is removed by legend="off", and back with "auto"', async () => {
    const el = await render(showcaseEvents);
    el.setAttribute('legend', 'off');
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('[part~=legend]')).to.equal(null);
    el.legend = 'auto';
    await el.updateComplete;
    expect(entries(el)).to.have.length(7);
  });

  it('is translated and mirrored right to left', async () => {
    const fr = await render(showcaseEvents, 1000, { locale: 'fr' });
    expect(entries(fr)).to.include('Rapporté par une source');
    expect(fr.shadowRoot!.querySelector('[part~=legend]')!.getAttribute('aria-label')).to.equal('Légende');
    const ar = await render(showcaseEvents, 1000, { locale: 'ar', dir: 'rtl' });
    const legend = ar.shadowRoot!.querySelector('[part~=legend]')!;
    expect(entries(ar)).to.include('مؤكد');
    const [first, second] = [...legend.querySelectorAll('li')].map((li) => li.getBoundingClientRect());
    expect(first.left).to.be.above(second.left);
  });

  it('stands above the vertical column, where every entry names its lane in text under its date', async () => {
    const el = await render(showcaseEvents, 360);
    const legend = el.shadowRoot!.querySelector('[part~=legend]')!;
    expect(legend.nextElementSibling!.matches('.plot')).to.equal(true);
    for (const event of showcaseEvents) {
      const lane = showcaseGroups.find((g) => g.id === event.group)!;
      const name = el.shadowRoot!.querySelector(`[data-id="${event.id}"] .lane-name`)!;
      // The name is drawn from the entry's data-lane: Chromium computes the text, Firefox keeps attr().
      const content = getComputedStyle(name, '::before').content;
      expect([JSON.stringify(lane.label ?? lane.id), 'attr(data-lane)'], event.id).to.include(content);
      expect(name.getAttribute('data-lane'), event.id).to.equal(lane.label ?? lane.id);
      expect(name.getBoundingClientRect().width, event.id).to.be.above(10);
    }
    // Entries never overlap, with the lane names on their date lines.
    const boxes = [...el.shadowRoot!.querySelectorAll('[part~=event]')].map((m) => m.getBoundingClientRect());
    for (let i = 1; i < boxes.length; i++) expect(boxes[i].top, `entry ${i}`).to.be.at.least(boxes[i - 1].bottom - 0.5);
  });
});
