import { expect } from '@open-wc/testing';
import { en } from '../../src/core/messages.js';
import { renderToolbar, type ToolbarProps } from '../../src/render/toolbar.js';
import { mount } from './helpers.js';

function props(extra: Partial<ToolbarProps> = {}): ToolbarProps & { calls: string[] } {
  const calls: string[] = [];
  return {
    messages: en, vertical: false, list: false, help: false,
    onZoom: (f) => calls.push(`zoom ${f}`), onFit: () => calls.push('fit'), onToggleList: () => calls.push('list'), onToggleHelp: () => calls.push('help'),
    calls, ...extra,
  };
}
const buttons = (root: HTMLElement) => [...root.querySelectorAll<HTMLButtonElement>('.toolbar button')];

describe('renderToolbar', () => {
  it('has zoom in, zoom out, show all, list view and help buttons that call their handlers', () => {
    const p = props();
    const root = mount(renderToolbar(p));
    expect(buttons(root).map((b) => b.getAttribute('aria-label') ?? b.textContent)).to.deep.equal(['Zoom in', 'Zoom out', 'Show all', 'List view', 'Keyboard shortcuts']);
    for (const b of buttons(root)) b.click();
    expect(p.calls).to.deep.equal(['zoom 2', 'zoom 0.5', 'fit', 'list', 'help']);
  });

  it('has no zoom in the vertical layout, and says which toggles are on', () => {
    const root = mount(renderToolbar(props({ vertical: true, list: true, help: true })));
    expect(buttons(root)).to.have.length(2);
    expect(buttons(root)[0].getAttribute('aria-pressed')).to.equal('true');
    expect(buttons(root)[1].getAttribute('aria-expanded')).to.equal('true');
  });

  it('lists every key in the help panel', () => {
    const root = mount(renderToolbar(props({ help: true })));
    expect(root.querySelector('#help')!.getAttribute('aria-label')).to.equal('Keyboard shortcuts');
    expect([...root.querySelectorAll('dt')].map((d) => d.textContent)).to.deep.equal(en.keys.map(([k]) => k));
  });
});
