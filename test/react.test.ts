// dateline/react: the component rendered with react-dom (React served as ES modules by the test
// server, see bundleReact in web-test-runner.config.mjs).
import { expect, waitUntil } from '@open-wc/testing';
import * as React from 'react';
import { createRoot } from 'react-dom/client';
import { DatelineTimeline, type DatelineTimelineElement, type TimelineEvent } from '../src/react.js';

const events: TimelineEvent[] = [
  { id: 'treaty', start: '2024-06', title: 'Treaty', group: 'russia' },
  { id: 'strike', start: '2024-10-03', title: 'Strike', group: 'ukraine' },
];

/** Counts the listeners added and removed on `target` while it is watched, by type. */
function watchListeners(target: EventTarget) {
  const live = new Map<string, number>();
  const [add, remove] = [target.addEventListener, target.removeEventListener];
  target.addEventListener = function (this: EventTarget, type: string, ...rest: unknown[]) {
    live.set(type, (live.get(type) ?? 0) + 1);
    return (add as (...a: unknown[]) => void).call(this, type, ...rest);
  } as typeof add;
  target.removeEventListener = function (this: EventTarget, type: string, ...rest: unknown[]) {
    live.set(type, (live.get(type) ?? 0) - 1);
    return (remove as (...a: unknown[]) => void).call(this, type, ...rest);
  } as typeof remove;
  return {
    live: () => [...live].filter(([, n]) => n > 0).map(([type]) => type),
    stop: () => Object.assign(target, { addEventListener: add, removeEventListener: remove }),
  };
}

describe('dateline/react', () => {
  it('sets props as properties, fires onSelect, keeps the element across re-renders and leaves no listeners behind', async () => {
    const container = document.createElement('div');
    document.body.append(container);
    const root = createRoot(container);
    const selected: string[] = [];
    const ranges: number[] = [];
    const ref = React.createRef<DatelineTimelineElement>();
    const windowListeners = watchListeners(window);
    const elementListeners = watchListeners(HTMLElement.prototype);
    const props = (list: TimelineEvent[]) => ({
      ref,
      events: list,
      groups: [{ id: 'russia', label: 'Russia', color: '#8250df' }],
      label: 'Troops',
      locale: 'en-GB',
      exportable: true,
      filter: (e: TimelineEvent) => e.id !== 'hidden',
      style: { display: 'block', width: '800px' },
      onSelect: (e: CustomEvent<{ id: string }>) => selected.push(e.detail.id),
      onRangeChange: (e: CustomEvent<{ start: Date; end: Date }>) => ranges.push(+e.detail.end - +e.detail.start),
    });
    try {
      React.startTransition(() => root.render(React.createElement(DatelineTimeline, props(events))));
      await waitUntil(() => container.querySelector('dateline-timeline')?.shadowRoot?.querySelector('[data-id="strike"]'), 'the element renders its events');
      const el = container.querySelector('dateline-timeline')!;
      expect(ref.current).to.equal(el);
      // Properties, not attributes: the very array and function.
      expect(el.events).to.equal(events);
      expect(typeof el.filter).to.equal('function');
      expect(el.label).to.equal('Troops');
      expect(el.shadowRoot!.querySelector('.download')).not.to.equal(null);
      expect(el.shadowRoot!.querySelector('[part~=lane-label]')!.textContent!.trim()).to.equal('Russia');

      el.shadowRoot!.querySelector<HTMLElement>('[data-id="strike"]')!.click();
      expect(selected).to.deep.equal(['strike']);
      el.shadowRoot!.querySelector<HTMLButtonElement>('.toolbar button')!.click();
      expect(ranges).to.have.length(1);

      const more = [...events, { id: 'hidden', start: '2024-10-05', title: 'Filtered out' }, { id: 'yoon', start: '2024-10-18', title: 'Yoon' }];
      React.startTransition(() => root.render(React.createElement(DatelineTimeline, props(more))));
      await waitUntil(() => el.events === more, 'new events reach the element');
      await el.updateComplete;
      expect(container.querySelector('dateline-timeline'), 'the same element, not a remount').to.equal(el);
      // The zoom kept across the new data; show all to see the new event.
      el.fit();
      await el.updateComplete;
      expect(el.shadowRoot!.querySelector('[data-id="yoon"]')).not.to.equal(null);
      expect(el.shadowRoot!.querySelector('[data-id="hidden"]')).to.equal(null);

      root.unmount();
      expect(container.querySelector('dateline-timeline')).to.equal(null);
      expect(windowListeners.live(), 'window').to.deep.equal([]);
      expect(elementListeners.live().filter((t) => t.startsWith('dateline-')), 'the element').to.deep.equal([]);
      // A detached element's events reach no handler.
      el.dispatchEvent(new CustomEvent('dateline-select', { detail: { id: 'late' } }));
      expect(selected).to.deep.equal(['strike']);
    } finally {
      windowListeners.stop();
      elementListeners.stop();
      container.remove();
    }
  });

  it('does not load React with the package entry', async () => {
    const entry = await (await fetch('/src/index.ts')).text();
    expect(entry).not.to.match(/from ['"]react/);
    const element = await (await fetch('/src/element.ts')).text();
    expect(element).not.to.match(/react/i);
  });
});
