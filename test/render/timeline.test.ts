import { expect } from '@open-wc/testing';
import { nothing } from 'lit';
import { computeFrame } from '../../src/layout/frame.js';
import { renderTimeline, SUMMARY_THRESHOLD, type TimelineProps } from '../../src/render/timeline.js';
import { daily, inputFor } from '../layout/helpers.js';
import { mount, texts } from './helpers.js';

function props(n: number, extra: Partial<TimelineProps> = {}): TimelineProps {
  const data = daily(n, 3);
  const noop = () => {};
  return {
    frame: computeFrame(data, inputFor(data)),
    texts,
    items: data.spans.items,
    label: 'Troops',
    rtl: false,
    marks: { tabKey: null, selected: null, name: () => '', clusterName: () => '', onSelect: noop, onOpenCluster: noop },
    toolbar: { list: false, help: false, onZoom: noop, onFit: noop, onToggleList: noop, onToggleHelp: noop },
    overview: nothing,
    legend: [],
    status: {},
    total: n,
    onPeriod: noop,
    ...extra,
  };
}

describe('renderTimeline', () => {
  it('says so when there are no events', () => {
    const region = mount(renderTimeline(props(0))).querySelector('[role=region]')!;
    expect(region.getAttribute('aria-label')).to.equal('Troops');
    expect(region.textContent!.trim()).to.equal('No events to show');
  });

  it('shows the loading state as a status and marks the region busy, in place of "no events"', () => {
    const region = mount(renderTimeline(props(0, { status: { loading: 'Loading… 40%' } }))).querySelector('[role=region]')!;
    expect(region.getAttribute('aria-busy')).to.equal('true');
    expect(region.querySelector('[part~=status][role=status]')!.textContent!.trim()).to.equal('Loading… 40%');
    expect(region.querySelector('.empty')).to.equal(null);
  });

  it('shows why a load failed as an alert, beside the timeline it kept', () => {
    const region = mount(renderTimeline(props(3, { status: { failure: 'It failed.' } }))).querySelector('[role=region]')!;
    expect(region.hasAttribute('aria-busy')).to.equal(false);
    expect(region.querySelector('[part~=status][role=alert]')!.textContent!.trim()).to.equal('It failed.');
    expect(region.querySelectorAll('[part~=event]')).to.have.length(3);
  });

  it('is one named region, in the reading direction, holding toolbar, plot and a polite live region', () => {
    const region = mount(renderTimeline(props(5, { rtl: true }))).querySelector('[role=region]')!;
    expect(region.getAttribute('dir')).to.equal('rtl');
    expect(region.className).to.equal('horizontal');
    expect(region.querySelector('.toolbar')).not.to.equal(null);
    expect(region.querySelectorAll('[part~=event]')).to.have.length(5);
    expect(region.querySelector('.announcer')!.getAttribute('aria-live')).to.equal('polite');
    expect(region.hasAttribute('aria-describedby')).to.equal(false);
  });

  it(`describes timelines of more than ${SUMMARY_THRESHOLD} events with their count`, () => {
    const region = mount(renderTimeline(props(SUMMARY_THRESHOLD + 1))).querySelector('[role=region]')!;
    expect(region.getAttribute('aria-describedby')).to.equal('summary');
    expect(region.querySelector('#summary')!.textContent).to.equal(`${SUMMARY_THRESHOLD + 1} events. The list view reads them all.`);
  });
});
