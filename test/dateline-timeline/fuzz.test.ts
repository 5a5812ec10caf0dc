// A standing fuzz of the whole public surface: random sequences of hostile property values,
// attribute changes, keys, wheel, resizes, re-attaching and method calls. No operation may leave an
// uncaught error or an update that never settles, and after resetting to valid values the element
// draws what a fresh one draws. `npm run fuzz` runs many more sequences (FUZZ_RUNS).
import { expect, fixture, html } from '@open-wc/testing';
import fc from 'fast-check';
import '../../src/index.js';
import type { DatelineTimeline, TimelineEvent } from '../../src/index.js';
import { showcaseEvents, showcaseGroups } from '../../stories/data/showcase.js';

/** The showcase, with two instants: their text depends on the time zone. */
const events: TimelineEvent[] = [
  ...showcaseEvents,
  { id: 'instant', start: '2024-10-18T09:30+09:00', title: 'An instant in Seoul', group: 'South Korea' },
  { id: 'date', start: new Date(Date.UTC(2024, 9, 17, 22)), title: 'A Date instant', group: 'Ukraine' },
];

const RUNS = Number((globalThis as { FUZZ_RUNS?: number }).FUZZ_RUNS) || 100;
const SEED = Number((globalThis as { FUZZ_SEED?: number }).FUZZ_SEED) || 20261130;

/** Values that arrive in practice: templates left unfilled, nulls while loading, junk from URLs. */
const hostile = fc.oneof(
  fc.constantFrom<unknown>(
    null, undefined, NaN, -1, 0, Infinity, '', ' ', 'auto', '..', '{{lang}}', 'zz-ZZ-invalid!!', '\u202e\u2066evil\u2069', 'x'.repeat(20_000),
    'Europe/Nowhere', 'UTC', 'Asia/Seoul', '2024-13', '2024-10-18', 'vertical', 'horizontal', 'off', 'en', 'ar', 'ko-KR', 'fr',
    'strike', 'treaty', 'no-such-id', true, {}, [], [null], new Date(NaN), new Date(0), { zoomIn: 5, claim: 'x', keys: 'nope', columns: 3 },
    [{ id: 'Ukraine', color: 'red;x:y' }, null, 7],
    [{ start: '2024-06', end: '2024-09', label: 'Summer <b>offensive</b>', color: 'red;x:y' }, { start: 'x', end: null, label: 5 }, null],
    { text: 'troops' }, { groups: ['russia', 'nope'], certainty: ['claimed'] }, { text: 5, tags: 'x' }, () => false, (e: { id: string }) => e.id.length > 5,
  ),
  fc.string({ maxLength: 30 }),
  fc.integer(),
  fc.double(),
  fc.object({ maxDepth: 1 }),
);

const PROPERTIES = ['locale', 'timeZone', 'layout', 'breakpoint', 'gaps', 'referenceDate', 'selected', 'label', 'messages', 'groups', 'legend', 'eras', 'filter', 'filterBar'] as const;
const ATTRIBUTES = ['locale', 'time-zone', 'layout', 'breakpoint', 'gaps', 'reference-date', 'selected', 'label', 'legend', 'filter-bar'] as const;
const KEYS = ['ArrowRight', 'ArrowLeft', 'ArrowUp', 'ArrowDown', 'Home', 'End', 'PageUp', 'PageDown', 'Enter', ' ', 'Escape', '+', '-', '0', '?'];

type Op =
  | { kind: 'property'; name: (typeof PROPERTIES)[number]; value: unknown }
  | { kind: 'attribute'; name: (typeof ATTRIBUTES)[number]; value: string | null }
  | { kind: 'lang' | 'dir'; value: string | null }
  | { kind: 'key'; key: string }
  | { kind: 'wheel'; deltaY: number }
  | { kind: 'resize'; width: number }
  | { kind: 'reattach' }
  | { kind: 'fit' }
  | { kind: 'zoomTo'; start: unknown; end: unknown }
  | { kind: 'focusEvent'; id: unknown };

const text = fc.oneof(fc.constantFrom('', 'auto', 'zz-ZZ-invalid!!', 'Europe/Nowhere', 'vertical', 'off', '2024-13', 'NaN', '-5', 'fr', 'ar', 'strike'), fc.string({ maxLength: 12 }));
const op: fc.Arbitrary<Op> = fc.oneof(
  { arbitrary: fc.record({ kind: fc.constant('property' as const), name: fc.constantFrom(...PROPERTIES), value: hostile }), weight: 6 },
  { arbitrary: fc.record({ kind: fc.constant('attribute' as const), name: fc.constantFrom(...ATTRIBUTES), value: fc.option(text) }), weight: 4 },
  fc.record({ kind: fc.constantFrom('lang' as const, 'dir' as const), value: fc.option(text) }),
  { arbitrary: fc.record({ kind: fc.constant('key' as const), key: fc.constantFrom(...KEYS) }), weight: 3 },
  fc.record({ kind: fc.constant('wheel' as const), deltaY: fc.integer({ min: -300, max: 300 }) }),
  fc.record({ kind: fc.constant('resize' as const), width: fc.integer({ min: 0, max: 1400 }) }),
  fc.record({ kind: fc.constant('reattach' as const) }),
  fc.record({ kind: fc.constant('fit' as const) }),
  fc.record({ kind: fc.constant('zoomTo' as const), start: hostile, end: hostile }),
  fc.record({ kind: fc.constant('focusEvent' as const), id: hostile }),
);

/** What the element draws, without focus state: each mark's key, name and place, the ticks and the lanes. */
function drawing(el: DatelineTimeline): string {
  const root = el.shadowRoot!;
  const marks = [...root.querySelectorAll<HTMLElement>('[data-key]')].map((m) => [m.dataset.key, m.getAttribute('aria-label'), m.style.transform, m.style.width].join('|'));
  const ticks = [...root.querySelectorAll('[part~=tick-label]')].map((t) => t.textContent);
  const lanes = [...root.querySelectorAll('[part~=lane-label]')].map((t) => t.textContent);
  return JSON.stringify({ marks, ticks, lanes, region: root.querySelector('[role=region]')?.getAttribute('aria-label') });
}

async function settled(el: DatelineTimeline): Promise<void> {
  const timeout = new Promise((_, reject) => setTimeout(() => reject(new Error('updateComplete did not settle within 5 s')), 5000));
  await Promise.race([el.updateComplete, timeout]);
  await Promise.race([el.updateComplete, timeout]);
}

async function apply(el: DatelineTimeline, wrapper: HTMLElement, o: Op): Promise<void> {
  const root = el.shadowRoot!;
  switch (o.kind) {
    case 'property':
      (el as unknown as Record<string, unknown>)[o.name] = o.value;
      break;
    case 'attribute':
      if (o.value === null) el.removeAttribute(o.name);
      else el.setAttribute(o.name, o.value);
      break;
    case 'lang':
    case 'dir':
      if (o.value === null) wrapper.removeAttribute(o.kind);
      else wrapper.setAttribute(o.kind, o.value);
      break;
    case 'key': {
      const target = (root.activeElement as HTMLElement | null) ?? root.querySelector<HTMLElement>('[data-key]') ?? root.querySelector<HTMLElement>('[role=region]');
      target?.dispatchEvent(new KeyboardEvent('keydown', { key: o.key, bubbles: true, composed: true, cancelable: true }));
      break;
    }
    case 'wheel':
      root.querySelector('.viewport')?.dispatchEvent(new WheelEvent('wheel', { deltaY: o.deltaY, ctrlKey: true, clientX: 300, bubbles: true, cancelable: true }));
      break;
    case 'resize':
      wrapper.style.width = `${o.width}px`;
      await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
      break;
    case 'reattach':
      el.remove();
      wrapper.append(el);
      break;
    case 'fit':
      el.fit();
      break;
    case 'zoomTo':
      try {
        el.zoomTo(o.start as string, o.end as string);
      } catch (e) {
        // Its documented answer to dates it cannot read.
        if (!(e instanceof RangeError)) throw e;
      }
      break;
    case 'focusEvent':
      await el.focusEvent(o.id as string);
      break;
  }
  await settled(el);
}

/** Back to valid values: what a fresh element with the same data has. */
async function reset(el: DatelineTimeline, wrapper: HTMLElement): Promise<void> {
  for (const name of ATTRIBUTES) el.removeAttribute(name);
  wrapper.removeAttribute('lang');
  wrapper.removeAttribute('dir');
  wrapper.style.width = '1000px';
  if (!el.isConnected) wrapper.append(el);
  Object.assign(el, { legend: 'auto', locale: 'en-GB', timeZone: undefined, layout: 'auto', breakpoint: 640, gaps: 'auto', referenceDate: undefined, selected: null, label: undefined, messages: undefined, groups: showcaseGroups, eras: [], filter: null, filterBar: false });
  await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
  el.fit();
  await settled(el);
}

async function fresh(): Promise<[DatelineTimeline, HTMLElement]> {
  const wrapper = await fixture<HTMLDivElement>(html`<div style="width: 1000px">
    <dateline-timeline locale="en-GB" .groups=${showcaseGroups} .events=${events}></dateline-timeline>
  </div>`);
  const el = wrapper.querySelector('dateline-timeline')!;
  await el.updateComplete;
  return [el, wrapper];
}

describe('the whole public surface, fuzzed', () => {
  it(`survives ${RUNS} random sequences of hostile values, attributes, keys, wheel, resizes and calls`, async function () {
    this.timeout(Math.max(60_000, RUNS * 10_000));
    const [reference] = await fresh();
    const expected = drawing(reference);
    const errors: string[] = [];
    const onError = (e: ErrorEvent) => errors.push(String(e.error ?? e.message));
    const onRejection = (e: PromiseRejectionEvent) => errors.push(String(e.reason));
    window.addEventListener('error', onError);
    window.addEventListener('unhandledrejection', onRejection);
    const warn = console.warn;
    console.warn = () => {};
    try {
      await fc.assert(
        fc.asyncProperty(fc.array(op, { minLength: 1, maxLength: 25 }), async (ops) => {
          errors.length = 0;
          const [el, wrapper] = await fresh();
          for (const o of ops) {
            await apply(el, wrapper, o);
            expect(errors, `after ${JSON.stringify(o)}`).to.deep.equal([]);
          }
          await reset(el, wrapper);
          expect(errors).to.deep.equal([]);
          expect(drawing(el)).to.equal(expected);
        }),
        { numRuns: RUNS, seed: SEED, endOnFailure: false },
      );
    } finally {
      console.warn = warn;
      window.removeEventListener('error', onError);
      window.removeEventListener('unhandledrejection', onRejection);
    }
  });
});
