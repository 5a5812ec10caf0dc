import { expect } from '@open-wc/testing';
import { en } from '../../src/core/messages.js';
import { ENCODINGS } from '../../src/layout/legend.js';
import { renderLegend } from '../../src/render/legend.js';
import { mount } from './helpers.js';

describe('renderLegend', () => {
  it('draws each encoding with the marks’ own classes beside its words, as one labelled group', () => {
    const root = mount(renderLegend(ENCODINGS, en));
    const group = root.querySelector('[part~=legend]')!;
    expect(group.getAttribute('role')).to.equal('group');
    expect(group.getAttribute('aria-label')).to.equal('Key');
    const entries = [...group.querySelectorAll('li')];
    expect(entries.map((li) => li.textContent!.trim())).to.deep.equal(ENCODINGS.map((e) => en.encodings[e]));
    expect(entries.map((li) => li.className)).to.deep.equal([
      'confirmed', 'reported', 'claimed', 'disputed', 'extent confirmed', 'span confirmed approximate', 'confirmed uncertain', 'span open-end confirmed',
    ]);
    for (const li of entries) expect(li.querySelector('.swatch')!.getAttribute('aria-hidden')).to.equal('true');
  });

  it('draws nothing without encodings', () => {
    expect(mount(renderLegend([], en)).querySelector('[part~=legend]')).to.equal(null);
  });
});
