import { expect } from '@open-wc/testing';
import { computeDataset } from '../../src/data/dataset.js';
import type { Mark } from '../../src/layout/types.js';
import { markClasses, renderMark, type MarkProps } from '../../src/render/marks.js';
import { mount } from './helpers.js';

const data = computeDataset([
  { id: 'a', start: '2024-06~', title: 'About June', certainty: 'claimed' },
  { id: 'b', start: '2024-10-03?', end: '..', title: '<b>Not bold</b>' },
]);
const [a, b] = data.spans.items;
const lane = { key: 'UA', label: 'Ukraine', color: 'rgb(1, 2, 3)', top: 0, height: 40 };
const mark = (item: typeof a, extra: Partial<Mark> = {}): Mark => ({
  key: item.id, item, x: 10, y: 20, width: 120, markWidth: 14, labelWidth: 80, when: 'about June 2024', lane, span: false, extent: false, openEnd: false, ...extra,
});

function props(extra: Partial<MarkProps> = {}): MarkProps & { selectedIds: string[]; opened: string[] } {
  const selectedIds: string[] = [];
  const opened: string[] = [];
  return {
    tabKey: 'a', vertical: false, rtl: false, selected: null, name: (m) => `name of ${m.key}`, clusterName: (m) => `${m.members!.count} events`,
    onSelect: (id) => selectedIds.push(id), onOpenCluster: (m) => opened.push(m.key), selectedIds, opened, ...extra,
  };
}

describe('markClasses', () => {
  it('says shape, certainty and qualifiers', () => {
    expect(markClasses(mark(a, { extent: true }))).to.equal('extent claimed approximate');
    expect(markClasses(mark(b, { span: true, openEnd: true, flipped: true }))).to.equal('span open-end flipped confirmed uncertain');
    expect(markClasses(mark(b, { openEnd: true, track: { x: 0, length: 10 } }))).to.equal('confirmed uncertain');
  });
});

describe('renderMark', () => {
  it('draws an event as a role=button with its id, key, name, place and label; a click selects it', () => {
    const p = props();
    const el = mount(renderMark(mark(a), p)).querySelector<HTMLElement>('[part~=event]')!;
    expect(el.getAttribute('role')).to.equal('button');
    expect(el.dataset.id).to.equal('a');
    expect(el.tabIndex).to.equal(0);
    expect(el.getAttribute('aria-pressed')).to.equal('false');
    expect(el.getAttribute('aria-label')).to.equal('name of a');
    expect(el.getAttribute('title')).to.equal('About June — about June 2024');
    expect(el.style.transform).to.equal('translate(10px, 20px)');
    expect(el.querySelector('[part~=event-label]')!.textContent).to.equal('About June');
    el.click();
    expect(p.selectedIds).to.deep.equal(['a']);
  });

  it('shows titles as text, mirrors the place right to left, and marks the selected event', () => {
    const el = mount(renderMark(mark(b), props({ rtl: true, selected: 'b' }))).querySelector<HTMLElement>('[part~=event]')!;
    expect(el.querySelector('b')).to.equal(null);
    expect(el.textContent).to.contain('<b>Not bold</b>');
    expect(el.style.transform).to.equal('translate(-10px, 20px)');
    expect(el.getAttribute('aria-pressed')).to.equal('true');
    expect(el.tabIndex).to.equal(-1);
  });

  it('draws the vertical entry with its date and lane colour, and its span track', () => {
    const m = mark(a, { track: { x: 64, length: 100 } });
    const root = mount(renderMark(m, props({ vertical: true })));
    const el = root.querySelector<HTMLElement>('[part~=event]')!;
    expect(el.querySelector('.when')!.textContent).to.equal('about June 2024');
    expect(el.querySelector<HTMLElement>('.lane-name')!.dataset.lane).to.equal('Ukraine');
    expect(el.style.getPropertyValue('--_lane-color')).to.equal('rgb(1, 2, 3)');
    expect(el.hasAttribute('title')).to.equal(false);
    expect(root.querySelector<HTMLElement>('.track')!.style.height).to.equal('100px');
  });

  it('draws a cluster as a pill with its count; a click opens it', () => {
    const p = props();
    const m = mark(a, { key: 'cluster:a', members: { count: 12, positions: () => [0, 1], bin: true } });
    const el = mount(renderMark(m, p)).querySelector<HTMLElement>('[part~=cluster]')!;
    expect(el.textContent!.trim()).to.equal('12');
    expect(el.getAttribute('aria-label')).to.equal('12 events');
    expect(el.style.width).to.equal('');
    el.click();
    expect(p.opened).to.deep.equal(['cluster:a']);
  });
});
