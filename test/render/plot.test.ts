import { expect } from '@open-wc/testing';
import { html } from 'lit';
import { computeDataset } from '../../src/data/dataset.js';
import { computeFrame } from '../../src/layout/frame.js';
import { en } from '../../src/core/messages.js';
import { renderPlot } from '../../src/render/plot.js';
import { daily, inputFor } from '../layout/helpers.js';
import { mount } from './helpers.js';
import { dashes } from '../text.js';

const dot = (m: { key: string }) => html`<i data-key=${m.key}></i>`;

describe('renderPlot', () => {
  it('draws lanes with labels, grid lines, the reference, each lane’s marks under its colour, and the axis', () => {
    const data = daily(6, 60, 2);
    const f = computeFrame(data, inputFor(data, { reference: { value: Date.UTC(2000, 3, 1), label: 'Published' } }));
    const root = mount(renderPlot(f, dot, en));
    expect([...root.querySelectorAll('[part~=lane-label]')].map((l) => l.textContent)).to.deep.equal(['L0', 'L1']);
    expect(root.querySelectorAll('.gridline')).to.have.length(f.ticks.length);
    expect(root.querySelectorAll('[part~=tick-label]')).to.have.length(f.ticks.length);
    expect(root.querySelector('.reference')!.textContent!.trim()).to.equal('Published');
    const groups = [...root.querySelectorAll<HTMLElement>('.lane-marks')];
    expect(groups.map((g) => g.style.getPropertyValue('--_lane-color'))).to.deep.equal(f.lanes.map((l) => l.color));
    expect([...groups[0].querySelectorAll('i')].map((i) => i.dataset.key)).to.deep.equal(['e0', 'e2', 'e4']);
  });

  it('draws breaks through the lanes and in the axis', () => {
    const data = daily(2, 365 * 40);
    const f = computeFrame(data, inputFor(data));
    const root = mount(renderPlot(f, dot, en));
    expect(root.querySelectorAll('.break')).to.have.length(f.breaks.length);
    expect(root.querySelectorAll('.axis-break')).to.have.length(f.breaks.length);
  });

  it('leaves out lane labels for a single lane of ungrouped events', () => {
    const data = daily(3, 30);
    expect(mount(renderPlot(computeFrame(data, inputFor(data)), dot, en)).querySelector('[part~=lane-label]')).to.equal(null);
  });

  it('draws the vertical column beside its axis, with ticks placed from the top', () => {
    const data = daily(5, 30);
    const f = computeFrame(data, inputFor(data, { vertical: true, width: 360 }));
    const root = mount(renderPlot(f, dot, en));
    expect(root.querySelector('.viewport')).to.equal(null);
    expect(parseFloat(root.querySelector<HTMLElement>('[part~=axis]')!.style.height)).to.be.closeTo(f.height, 0.01);
    expect(parseFloat(root.querySelector<HTMLElement>('[part~=tick-label]')!.style.top)).to.be.closeTo(f.ticks[0].pos, 0.01);
    expect(root.querySelectorAll('.marks i')).to.have.length(5);
  });

  it('draws eras as named bands behind the lanes, with their labels at the visible start', () => {
    const data = computeDataset(
      Array.from({ length: 6 }, (_, i) => ({ id: `e${i}`, start: `200${i}`, title: `E${i}` })),
      undefined,
      [{ start: '2001', end: '2003', label: 'Middle', color: 'rgb(1, 2, 3)' }],
    );
    const f = computeFrame(data, inputFor(data));
    const band = mount(renderPlot(f, dot, en)).querySelector<HTMLElement>('[part~=era]')!;
    expect(band.getAttribute('role')).to.equal('img');
    expect(dashes(band.getAttribute('aria-label'))).to.equal('Era: Middle, 2001 – 2003');
    expect(band.style.getPropertyValue('--_era-color')).to.equal('rgb(1, 2, 3)');
    expect(parseFloat(band.style.insetInlineStart)).to.be.closeTo(f.eras[0].x, 0.01);
    expect(band.querySelector('.era-label')!.textContent).to.equal('Middle');
  });
});
