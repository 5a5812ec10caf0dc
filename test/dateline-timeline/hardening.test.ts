// Bad input, hostile text and lifecycle: the element never breaks the page it is embedded in.
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import fc from 'fast-check';
import '../../src/index.js';
import type { DatelineTimeline } from '../../src/index.js';
import type { TimelineEvent } from '../../src/types.js';

const marks = (el: DatelineTimeline) => [...el.shadowRoot!.querySelectorAll<HTMLElement>('[part~=event]')];
const flag = window as unknown as { __pwned?: number };

async function mount(events: unknown, groups: unknown = []): Promise<DatelineTimeline> {
  const el = await fixture<DatelineTimeline>(html`<dateline-timeline style="width: 900px" .groups=${groups as never} .events=${events as TimelineEvent[]}></dateline-timeline>`);
  await el.updateComplete;
  return el;
}

describe('hostile text', () => {
  afterEach(() => delete flag.__pwned);

  const payloads = [
    '<img src=x onerror="window.__pwned=1">',
    '<script>window.__pwned=1</script>',
    '"><svg onload="window.__pwned=1">',
    '{{constructor.constructor("window.__pwned=1")()}}',
  ];

  it('shows titles, descriptions, source names, lane labels and displayDate as literal text', async () => {
    const events = payloads.map((p, i) => ({
      id: `e${i}`,
      start: `2024-0${i + 1}`,
      title: p,
      description: p,
      displayDate: p,
      group: p,
      source: { name: p },
    }));
    const el = await mount(events, [{ id: payloads[0], label: payloads[1] }]);
    el.selected = 'e0';
    await el.updateComplete;
    await new Promise((r) => setTimeout(r, 50));
    const root = el.shadowRoot!;
    // The toolbar's own icons are the only SVG there is.
    expect([...root.querySelectorAll('img, script, svg')].filter((e) => !e.closest('.toolbar'))).to.have.length(0);
    expect(root.querySelector('[part~=details]')!.textContent).to.contain(payloads[0]);
    expect([...root.querySelectorAll('[part~=lane-label]')].map((l) => l.textContent!.trim())).to.include(payloads[1]);
    expect(flag.__pwned).to.equal(undefined);
  });

  for (const url of ['javascript:window.__pwned=1', 'data:text/html,<script>window.__pwned=1</script>', 'vbscript:x', '  javascript:alert(1)']) {
    it(`does not link the source url ${url.slice(0, 20)}…`, async () => {
      const el = await mount([{ id: 'x', start: '2024', title: 'x', source: { name: 'Bad', url } }]);
      el.selected = 'x';
      await el.updateComplete;
      expect(el.shadowRoot!.querySelector('[part~=details] a')).to.equal(null);
      expect(el.shadowRoot!.querySelector('[part~=details]')!.textContent).to.contain('according to Bad');
    });
  }

  it('ignores a group colour that is not a CSS colour (no style injection)', async () => {
    const el = await mount([{ id: 'x', start: '2024', title: 'x', group: 'g' }], [{ id: 'g', color: 'red; background-image: url(https://evil.example/x)' }]);
    const style = el.shadowRoot!.querySelector('.marks')!.innerHTML;
    expect(style).not.to.contain('evil');
    expect(style).not.to.contain('background-image');
    const good = await mount([{ id: 'y', start: '2024', title: 'y', group: 'g' }], [{ id: 'g', color: 'rebeccapurple' }]);
    expect(getComputedStyle(marks(good)[0]).getPropertyValue('--_lane-color').trim()).to.equal('rebeccapurple');
  });

  it('cuts a megabyte title in the mark and shows it whole in the details panel', async () => {
    const title = 'A very long title. '.repeat(60_000);
    const el = await mount([{ id: 'long', start: '2024', title }]);
    const name = marks(el)[0].getAttribute('aria-label')!;
    expect(name.length).to.be.below(700);
    el.selected = 'long';
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('[part~=details] h2')!.textContent!.length).to.equal(title.length);
  });
});

describe('bad input at the element', () => {
  it('never throws for arbitrary values, renders the valid ones and reports the rest once', async function () {
    this.timeout(60_000);
    const el = await mount([]);
    const valid = fc.record({ id: fc.uuid(), start: fc.constantFrom('2024', '2024-06', '2024-10-03'), title: fc.constant('ok') });
    let previous: unknown = [];
    await fc.assert(
      fc.asyncProperty(fc.oneof(fc.array(fc.oneof(valid, fc.anything()), { maxLength: 15 }), fc.anything()), async (input) => {
        let reports = 0;
        const count = () => reports++;
        el.addEventListener('dateline-invalid', count);
        el.events = input as TimelineEvent[];
        await el.updateComplete;
        el.removeEventListener('dateline-invalid', count);
        // Every valid event is drawn on its own or inside a cluster.
        const clustered = [...el.shadowRoot!.querySelectorAll('[part~=cluster]')].reduce((n, c) => n + Number(c.textContent), 0);
        const rendered = marks(el).length + clustered;
        const problems = new Set(el.problems.map((p) => p.index));
        // Assigning the very same value again is no new assignment (Lit sees no change).
        if (!Object.is(input, previous)) expect(reports).to.equal(el.problems.length ? 1 : 0);
        previous = input;
        if (Array.isArray(input)) expect(rendered + problems.size).to.equal(input.length);
        else expect(rendered).to.equal(0);
      }),
      { numRuns: 60, timeout: 3000 },
    );
  });

  it('accepts junk as groups', async () => {
    for (const groups of [null, 'x', [null, 1, { id: 2 }, { id: 'g', label: {} }]]) {
      const el = await mount([{ id: 'x', start: '2024', title: 'x', group: 'g' }], groups);
      expect(marks(el)).to.have.length(1);
    }
  });

  it('warns once per assignment on the console', async () => {
    const warn = console.warn;
    const calls: unknown[][] = [];
    console.warn = (...a: unknown[]) => calls.push(a);
    try {
      await mount([null, 1, 'x', { id: 'a' }]);
    } finally {
      console.warn = warn;
    }
    expect(calls).to.have.length(1);
    expect(String(calls[0][0])).to.contain('4 event(s) left out');
  });
});

describe('lifecycle', () => {
  it('leaves no observers or window listeners after 50 mount/unmount cycles', async () => {
    const RO = window.ResizeObserver;
    let live = 0;
    window.ResizeObserver = class extends RO {
      constructor(cb: ResizeObserverCallback) {
        super(cb);
        live++;
      }
      override disconnect() {
        live--;
        super.disconnect();
      }
    };
    const add = window.addEventListener;
    const remove = window.removeEventListener;
    let windowListeners = 0;
    window.addEventListener = function (this: Window, ...a: Parameters<typeof add>) {
      windowListeners++;
      return add.apply(this, a);
    } as typeof add;
    window.removeEventListener = function (this: Window, ...a: Parameters<typeof remove>) {
      windowListeners--;
      return remove.apply(this, a);
    } as typeof remove;
    try {
      const events = [{ id: 'a', start: '2024-06', title: 'A' }];
      for (let i = 0; i < 50; i++) {
        const el = document.createElement('dateline-timeline');
        el.events = events;
        document.body.append(el);
        await el.updateComplete;
        el.remove();
      }
    } finally {
      window.ResizeObserver = RO;
      window.addEventListener = add;
      window.removeEventListener = remove;
    }
    expect(live).to.equal(0);
    expect(windowListeners).to.be.at.most(0);
  });

  it('removes the zoom listeners on disconnect and restores them on reconnect', async () => {
    const el = await mount([{ id: 'a', start: '2024-06', title: 'A' }]);
    // A Ctrl+wheel that the zoom takes is prevented (the page does not zoom); one nobody hears is not.
    const zooms = (viewport: Element) => !viewport.dispatchEvent(new WheelEvent('wheel', { deltaY: -100, ctrlKey: true, clientX: 100, bubbles: true, cancelable: true }));
    const viewport = el.shadowRoot!.querySelector('.viewport')!;
    expect(zooms(viewport)).to.equal(true);
    const parent = el.parentElement!;
    el.remove();
    expect(zooms(viewport)).to.equal(false);
    parent.append(el);
    await el.updateComplete;
    expect(zooms(el.shadowRoot!.querySelector('.viewport')!)).to.equal(true);
  });

  it('renders events assigned while disconnected once connected', async () => {
    const el = document.createElement('dateline-timeline');
    el.events = [{ id: 'a', start: '2024', title: 'A' }];
    document.body.append(el);
    await el.updateComplete;
    expect(marks(el)).to.have.length(1);
    el.remove();
    el.events = [
      { id: 'a', start: '2024', title: 'A' },
      { id: 'b', start: '2025', title: 'B' },
    ];
    document.body.append(el);
    await el.updateComplete;
    expect(marks(el)).to.have.length(2);
    el.remove();
  });

  it('keeps two elements on one page apart', async () => {
    const a = await mount([{ id: 'a', start: '2024', title: 'A' }]);
    const b = await mount([{ id: 'b', start: '1950', title: 'B' }]);
    a.selected = 'a';
    await a.updateComplete;
    expect(b.selected).to.equal(null);
    expect(marks(a).map((m) => m.dataset.id)).to.deep.equal(['a']);
    expect(marks(b).map((m) => m.dataset.id)).to.deep.equal(['b']);
  });

  it('works inside another component’s shadow root', async () => {
    const host = document.createElement('div');
    document.body.append(host);
    const root = host.attachShadow({ mode: 'open' });
    const el = document.createElement('dateline-timeline');
    el.style.width = '800px';
    el.events = [{ id: 'a', start: '2024-06', title: 'A' }];
    root.append(el);
    await el.updateComplete;
    expect(marks(el)).to.have.length(1);
    host.remove();
  });

  it('refresh() picks up an array mutated in place', async () => {
    const events: TimelineEvent[] = [{ id: 'a', start: '2024', title: 'A' }];
    const el = await mount(events);
    events.push({ id: 'b', start: '2025', title: 'B' });
    el.refresh();
    await el.updateComplete;
    expect(marks(el)).to.have.length(2);
  });

  it('coalesces a burst of assignments into a few renders', async () => {
    const el = await mount([]);
    // Each render changes the shadow DOM once; the observer hears of each render's changes once.
    let renders = 0;
    new MutationObserver(() => renders++).observe(el.shadowRoot!, { subtree: true, childList: true, attributes: true, characterData: true });
    const start = performance.now();
    for (let i = 0; i < 30; i++) {
      el.events = [{ id: `e${i}`, start: '2024', title: `E${i}` }];
      await new Promise((r) => setTimeout(r, 2));
    }
    await el.updateComplete;
    const frames = (performance.now() - start) / 16;
    expect(renders).to.be.at.most(Math.ceil(frames) + 1);
    expect(marks(el).map((m) => m.dataset.id)).to.deep.equal(['e29']);
  });

  it('draws the first events at once, even right after the empty first render', async () => {
    const el = await mount([]);
    let timerRan = false;
    setTimeout(() => (timerRan = true));
    el.events = [{ id: 'a', start: '2024', title: 'A' }];
    await el.updateComplete;
    expect(marks(el)).to.have.length(1);
    // Drawn within the same task: no wait for the rest of a frame.
    expect(timerRan).to.equal(false);
  });

  it('a dateline-invalid listener added after assignment still hears the next assignment', async () => {
    const el = await mount([]);
    setTimeout(() => (el.events = [{ id: 'x' } as TimelineEvent]));
    const { detail } = (await oneEvent(el, 'dateline-invalid')) as CustomEvent<{ problems: { field: string }[] }>;
    expect(detail.problems.map((p) => p.field)).to.deep.equal(['title', 'start']);
  });
});

describe('embedding', () => {
  it('does not throw when the bundle is loaded twice, or after the tag was defined', async function () {
    this.timeout(10_000);
    // Absolute addresses: a srcdoc frame resolves relative ones against about:srcdoc in WebKit.
    const bundle = `${location.origin}/dist/dateline.bundle.js`;
    const frame = document.createElement('iframe');
    frame.srcdoc = `<!doctype html><body>
      <dateline-timeline></dateline-timeline>
      <script type="module">
        const errors = [];
        window.addEventListener('error', (e) => errors.push(String(e.message)));
        await import('${bundle}');
        await import('${bundle}?again');
        const el = document.querySelector('dateline-timeline');
        el.events = [{ id: 'a', start: '2024-06', title: 'In a frame' }];
        await el.updateComplete;
        parent.postMessage({ errors, marks: el.shadowRoot.querySelectorAll('[part~=event]').length }, '*');
      </script></body>`;
    const message = new Promise<{ errors: string[]; marks: number }>((resolve) => window.addEventListener('message', (e) => resolve(e.data), { once: true }));
    document.body.append(frame);
    const { errors, marks: count } = await message;
    expect(errors).to.deep.equal([]);
    expect(count).to.equal(1);
    frame.remove();
  });
});
