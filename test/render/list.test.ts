import { expect } from '@open-wc/testing';
import { computeDataset } from '../../src/data/dataset.js';
import { LIST_PAGE, renderList, type ListProps } from '../../src/render/list.js';
import { mount, texts } from './helpers.js';

const events = Array.from({ length: LIST_PAGE + 20 }, (_, i) => ({
  id: `e${i}`, title: `Item ${i}`, start: new Date(Date.UTC(2024, 0, 1 + i)).toISOString().slice(0, 10), group: i % 2 ? 'UA' : undefined, source: { name: 'Reuters' },
}));
const { spans } = computeDataset(events);
const lanes = [{ key: 'UA', label: 'Ukraine', color: 'red' }, { key: '', label: 'Other', color: 'blue' }];

function props(extra: Partial<ListProps> = {}): ListProps & { calls: string[] } {
  const calls: string[] = [];
  return { items: spans.items, eras: [], lanes, page: 0, caption: 'All events', texts, onPage: (p) => calls.push(`page ${p}`), onSelect: (id) => calls.push(id), calls, ...extra };
}
const rows = (root: HTMLElement) => [...root.querySelectorAll('tbody tr')].map((r) => [...r.querySelectorAll('td')].map((c) => c.textContent!.trim()));

describe('renderList', () => {
  it(`shows a page of ${LIST_PAGE} rows with date, title, lane, certainty and source`, () => {
    const root = mount(renderList(props()));
    expect(root.querySelector('caption')!.textContent).to.equal('All events');
    expect(rows(root)).to.have.length(LIST_PAGE);
    expect(rows(root)[1]).to.deep.equal(['2 January 2024', 'Item 1', 'Ukraine', 'confirmed', 'Reuters']);
  });

  it('turns pages with buttons that stay focusable at either end, and says which rows it shows', () => {
    const p = props({ page: 5 });
    const root = mount(renderList(p));
    // The page asked for is clamped to the last one.
    expect(rows(root)).to.have.length(20);
    expect(root.querySelector('[aria-live=polite]')!.textContent).to.equal(`Events ${LIST_PAGE + 1}–${LIST_PAGE + 20} of ${LIST_PAGE + 20}`);
    const [previous, next] = root.querySelectorAll<HTMLButtonElement>('.pager button');
    expect(next.getAttribute('aria-disabled')).to.equal('true');
    next.click();
    previous.click();
    expect(p.calls).to.deep.equal(['page 0']);
  });

  it('selects an event from its title', () => {
    const p = props();
    mount(renderList(p)).querySelector<HTMLButtonElement>('tbody button')!.click();
    expect(p.calls).to.deep.equal(['e0']);
  });
});
