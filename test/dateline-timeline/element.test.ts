import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/index.js';
import { DatelineTimeline } from '../../src/index.js';
import type { TimelineEvent } from '../../src/types.js';
import { showcaseEvents, showcaseGroups } from '../../stories/data/showcase.js';
import { denseEvents, precisionEvents, spanEvents } from '../../stories/data/samples.js';

const marks = (el: DatelineTimeline) => [...el.shadowRoot!.querySelectorAll<HTMLElement>('[part~=event]')];
const ids = (el: DatelineTimeline) => marks(el).map((m) => m.dataset.id);
const mark = (el: DatelineTimeline, id: string) => el.shadowRoot!.querySelector<HTMLElement>(`[data-id="${id}"]`)!;

async function render(events: unknown, width = 1000, extra: Partial<DatelineTimeline> = {}): Promise<DatelineTimeline> {
  const el = await fixture<DatelineTimeline>(html`<dateline-timeline
    style="width: ${width}px"
    locale="en-GB"
    layout=${extra.layout ?? 'auto'}
    .events=${events as TimelineEvent[]}
  ></dateline-timeline>`);
  Object.assign(el, extra);
  await el.updateComplete;
  return el;
}

const three: TimelineEvent[] = [
  { id: 'a', start: '2024-06', title: 'Treaty' },
  { id: 'b', start: '2024-10-03', title: 'Strike' },
  { id: 'c', start: '2024-10-18', title: 'Statement' },
];

describe('<dateline-timeline>', () => {
  it('is defined and importing twice does not throw', async () => {
    expect(customElements.get('dateline-timeline')).to.equal(DatelineTimeline);
    await import('../../src/index.js');
  });

  it('renders one [part~=event] per event with its data-id, in time order', async () => {
    const el = await render([three[2], three[0], three[1]]);
    expect(ids(el)).to.deep.equal(['a', 'b', 'c']);
  });

  it('draws an axis with tick labels', async () => {
    const el = await render(three);
    expect(el.shadowRoot!.querySelector('[part~=axis]')).not.to.equal(null);
    expect(el.shadowRoot!.querySelectorAll('[part~=tick-label]').length).to.be.greaterThan(2);
  });

  it('names each event with its title and the date at its precision', async () => {
    const el = await render(three);
    expect(mark(el, 'a').getAttribute('aria-label')).to.contain('Treaty, June 2024');
    expect(mark(el, 'b').getAttribute('aria-label')).to.contain('Strike, 3 October 2024');
  });

  it('speaks certainty and source in the accessible name', async () => {
    const el = await render(showcaseEvents, 1200, { groups: showcaseGroups });
    expect(mark(el, 'strike').getAttribute('aria-label')).to.equal(
      'Six North Koreans reported killed in a Ukrainian missile strike, 3 October 2024 (“on 3 October”), Ukraine, reported by Ukrainian media',
    );
    expect(mark(el, 'zelensky-10000').getAttribute('aria-label')).to.contain('claimed by Volodymyr Zelensky');
    expect(mark(el, 'munitions').getAttribute('aria-label')).to.contain('August 2023 – ongoing');
    expect(mark(el, 'russia-denies').getAttribute('aria-label')).to.contain('about October 2024');
  });

  it('encodes qualifiers, open ends and certainty with classes that have their own styles', async () => {
    const el = await render(precisionEvents, 1200);
    const has = (id: string, cls: string) => mark(el, id).classList.contains(cls);
    expect(has('approximate', 'approximate')).to.equal(true);
    expect(has('uncertain', 'uncertain')).to.equal(true);
    expect(has('both', 'approximate') && has('both', 'uncertain')).to.equal(true);
    expect(has('open', 'open-end')).to.equal(true);
    expect(has('unknown', 'unknown-end') && !has('unknown', 'open-end')).to.equal(true);
    expect(has('month', 'extent')).to.equal(true);
    expect(has('interval', 'span')).to.equal(true);
    for (const c of ['confirmed', 'reported', 'claimed', 'disputed']) expect(has(c, c)).to.equal(true);
    // Certainty is not colour alone: the mark's border style differs.
    const border = (id: string) => getComputedStyle(mark(el, id).querySelector('.mark')!).borderTopStyle;
    expect([border('confirmed'), border('claimed'), border('disputed')]).to.deep.equal(['solid', 'dashed', 'dotted']);
  });

  it('runs an open end to the edge of the view', async () => {
    const el = await render(precisionEvents, 1200);
    const open = mark(el, 'open').querySelector('.mark')!.getBoundingClientRect();
    expect(open.right).to.be.at.least(el.getBoundingClientRect().right - 2);
  });

  it('draws a span wider than a point', async () => {
    const el = await render(spanEvents);
    const war = mark(el, 'war').querySelector<HTMLElement>('.mark')!.getBoundingClientRect().width;
    const armistice = mark(el, 'armistice').querySelector<HTMLElement>('.mark')!.getBoundingClientRect().width;
    expect(war).to.be.greaterThan(armistice * 5);
  });

  it('draws a month as its whole month, wider than a day in it', async () => {
    const el = await render([
      { id: 'month', start: '2024-06', title: 'June' },
      { id: 'day', start: '2024-06-19', title: 'Day' },
      { id: 'end', start: '2024-07-15', title: 'End' },
    ]);
    const w = (id: string) => mark(el, id).querySelector<HTMLElement>('.mark')!.getBoundingClientRect().width;
    expect(w('month')).to.be.greaterThan(w('day') * 5);
  });

  it('puts events in lanes per group with lane labels', async () => {
    const el = await fixture<DatelineTimeline>(html`<dateline-timeline style="width: 1200px" .groups=${showcaseGroups} .events=${showcaseEvents}></dateline-timeline>`);
    const labels = [...el.shadowRoot!.querySelectorAll('[part~=lane-label]')].map((l) => l.textContent!.trim());
    expect(labels).to.deep.equal(['North Korea', 'Russia', 'Ukraine', 'South Korea', 'NATO / West']);
    expect(marks(el).length).to.equal(showcaseEvents.length);
  });

  it('re-renders when a new array is assigned', async () => {
    const el = await render(three);
    el.events = [...three, { id: 'd', start: '2024-10-20', title: 'Later' }];
    await el.updateComplete;
    expect(ids(el)).to.deep.equal(['a', 'b', 'c', 'd']);
  });

  it('shows an empty state for an empty array', async () => {
    const el = await render([]);
    expect(marks(el)).to.have.length(0);
    expect(el.shadowRoot!.querySelector('.empty')!.textContent).to.equal('No events to show');
  });

  it('fit() shows every event after a zoom', async () => {
    const el = await render(three);
    el.zoomTo('2024-10-01', '2024-10-05');
    await el.updateComplete;
    const box = el.getBoundingClientRect();
    const inside = (id: string) => {
      const m = mark(el, id)?.querySelector('.mark')?.getBoundingClientRect();
      return Boolean(m && m.left >= box.left - 1 && m.right <= box.right + 1);
    };
    expect(inside('c')).to.equal(false);
    el.fit();
    await el.updateComplete;
    for (const m of marks(el)) {
      const r = m.querySelector('.mark')!.getBoundingClientRect();
      expect(r.left).to.be.at.least(box.left - 1);
      expect(r.right).to.be.at.most(box.right + 1);
    }
  });

  it('zoomTo() with an invalid date throws a RangeError with the reason', async () => {
    const el = await render(three);
    expect(() => el.zoomTo('2024-13', '2024-14')).to.throw(RangeError, /not a valid EDTF date/);
  });

  it('reports invalid events through dateline-invalid and still renders the rest', async () => {
    const el = document.createElement('dateline-timeline');
    el.style.width = '800px';
    document.body.append(el);
    const seen = oneEvent(el, 'dateline-invalid');
    el.events = [three[0], { id: 'x', start: '2024-13-45', title: 'Bad' } as TimelineEvent];
    const { detail } = await seen;
    expect(detail.problems).to.deep.equal([{ index: 1, id: 'x', field: 'start', message: "start '2024-13-45' is not a valid EDTF date: month 13 does not exist" }]);
    await el.updateComplete;
    expect(ids(el)).to.deep.equal(['a']);
    expect(el.problems).to.have.length(1);
    el.remove();
  });

  it('selects on click: reflects selected, fires dateline-select, shows details', async () => {
    const el = await render(showcaseEvents, 1200);
    setTimeout(() => mark(el, 'treaty').click());
    const { detail } = await oneEvent(el, 'dateline-select');
    expect(detail.id).to.equal('treaty');
    expect(detail.event).to.equal(showcaseEvents.find((e) => e.id === 'treaty'));
    await el.updateComplete;
    expect(el.getAttribute('selected')).to.equal('treaty');
    const details = el.shadowRoot!.querySelector('[part~=details]')!;
    expect(details.textContent).to.contain('June 2024');
    expect(details.textContent).to.contain('according to The Independent');
  });

  it('setting selected from code fires no dateline-select', async () => {
    const el = await render(three);
    let fired = 0;
    el.addEventListener('dateline-select', () => fired++);
    el.selected = 'b';
    await el.updateComplete;
    expect(fired).to.equal(0);
    expect(mark(el, 'b').getAttribute('aria-pressed')).to.equal('true');
  });

  it('links a source only when its URL is http(s)', async () => {
    const el = await render([
      { id: 'ok', start: '2024', title: 'Ok', source: { name: 'Good', url: 'https://example.org/' } },
      { id: 'bad', start: '2025', title: 'Bad', source: { name: 'Evil', url: 'javascript:alert(1)' } },
    ]);
    el.selected = 'ok';
    await el.updateComplete;
    const a = el.shadowRoot!.querySelector('[part~=details] a')!;
    expect(a.getAttribute('href')).to.equal('https://example.org/');
    expect(a.getAttribute('rel')).to.equal('noopener noreferrer');
    el.selected = 'bad';
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('[part~=details] a')).to.equal(null);
  });

  it('never interprets a title as HTML', async () => {
    const el = await render([{ id: 'x', start: '2024', title: '<img src=x onerror="window.__pwned=1">' }]);
    expect(el.shadowRoot!.querySelector('img')).to.equal(null);
    expect(mark(el, 'x').textContent).to.contain('<img src=x');
    expect((window as unknown as { __pwned?: number }).__pwned).to.equal(undefined);
  });

  it('is one Tab stop and moves with arrow keys, Home and End', async () => {
    const el = await render(three);
    expect(marks(el).filter((m) => m.tabIndex === 0)).to.have.length(1);
    mark(el, 'a').focus();
    await sendKeys({ press: 'ArrowRight' });
    await el.updateComplete;
    expect(el.shadowRoot!.activeElement?.getAttribute('data-id')).to.equal('b');
    await sendKeys({ press: 'End' });
    await el.updateComplete;
    expect(el.shadowRoot!.activeElement?.getAttribute('data-id')).to.equal('c');
    await sendKeys({ press: 'Home' });
    await el.updateComplete;
    expect(el.shadowRoot!.activeElement?.getAttribute('data-id')).to.equal('a');
  });

  it('Enter selects and Escape closes the details, returning focus to the event', async () => {
    const el = await render(three);
    mark(el, 'b').focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(el.selected).to.equal('b');
    el.shadowRoot!.querySelector<HTMLElement>('[part~=details] .close')!.focus();
    await sendKeys({ press: 'Escape' });
    await el.updateComplete;
    await el.updateComplete;
    expect(el.selected).to.equal(null);
    expect(el.shadowRoot!.activeElement?.getAttribute('data-id')).to.equal('b');
  });

  it('focusEvent() brings an event outside the view into view and focuses it', async () => {
    const el = await render(three);
    el.zoomTo('2024-06-01', '2024-06-30');
    await el.updateComplete;
    await el.focusEvent('c');
    expect(el.shadowRoot!.activeElement?.getAttribute('data-id')).to.equal('c');
  });

  it('fires dateline-range-change when the zoom buttons are used, not when code zooms', async () => {
    const el = await render(three);
    let fired = 0;
    el.addEventListener('dateline-range-change', () => fired++);
    el.zoomTo('2024-10-01', '2024-10-20');
    el.fit();
    await el.updateComplete;
    expect(fired).to.equal(0);
    setTimeout(() => el.shadowRoot!.querySelector<HTMLButtonElement>('.toolbar button')!.click());
    const { detail } = await oneEvent(el, 'dateline-range-change');
    expect(detail.start).to.be.instanceOf(Date);
    expect(+detail.end - +detail.start).to.be.greaterThan(0);
  });

  it('compresses the decades of empty time in the showcase into axis breaks', async () => {
    const el = await render(showcaseEvents, 1200, { groups: showcaseGroups });
    const breaks = el.shadowRoot!.querySelectorAll('.break');
    expect(breaks.length).to.be.greaterThan(1);
    // October 2024 is legible: the 3 and 18 October marks are far apart.
    const x = (id: string) => mark(el, id).querySelector('.mark')!.getBoundingClientRect().left;
    expect(x('nis-statement') - x('strike')).to.be.greaterThan(150);
    const labels = [...el.shadowRoot!.querySelectorAll('[part~=tick-label]')].map((t) => t.textContent);
    expect(labels).to.include('1952');
    expect(labels.some((l) => /Oct 2024/.test(l ?? ''))).to.equal(true);
  });

  describe('with hundreds of events in one month', () => {
    it('merges marks that cannot be separated into clusters that say how many and when', async () => {
      const el = await render(denseEvents(300), 1000);
      const clusters = [...el.shadowRoot!.querySelectorAll<HTMLElement>('[part~=cluster]')];
      expect(clusters.length).to.be.greaterThan(0);
      const counted = clusters.reduce((n, c) => n + Number(c.textContent), 0);
      expect(counted + marks(el).length).to.equal(300);
      expect(clusters[0].getAttribute('aria-label')).to.match(/^\d+ events, .*October 2024/);
    });

    it('zooms into a cluster when it is activated', async () => {
      const el = await render(denseEvents(300), 1000);
      const before = marks(el).length;
      setTimeout(() => el.shadowRoot!.querySelector<HTMLElement>('[part~=cluster]')!.click());
      await oneEvent(el, 'dateline-range-change');
      await el.updateComplete;
      expect(marks(el).length).to.not.equal(before);
    });

    it('says the range of each cluster, from its earliest start to its latest end', async () => {
      const days = Array.from({ length: 90 }, (_, i) => ({
        id: `d${i}`,
        title: `Day ${i}`,
        start: new Date(Date.UTC(2024, 0, 1 + i)).toISOString().slice(0, 10),
        // Every third event runs a week, so a cluster's end can come from any member.
        end: i % 3 ? undefined : new Date(Date.UTC(2024, 0, 8 + i)).toISOString().slice(0, 10),
      }));
      const el = await render(days, 1000);
      const clusters = [...el.shadowRoot!.querySelectorAll<HTMLElement>('[part~=cluster]')];
      expect(clusters.length).to.be.above(3);
      const day = (d: number) => new Intl.DateTimeFormat('en-GB', { dateStyle: 'long', timeZone: 'UTC' }).format(Date.UTC(2024, 0, d));
      for (const cluster of clusters.slice(0, 3)) {
        // Its members are consecutive days, from the first it names; some run a week.
        const count = Number(cluster.textContent);
        const from = days.findIndex((_, i) => cluster.getAttribute('aria-label')!.startsWith(`${count} events, ${day(1 + i)} –`));
        expect(from).to.be.at.least(0);
        const ends = Array.from({ length: count }, (_, k) => from + k).map((i) => (i % 3 ? 1 + i : 8 + i));
        expect(cluster.getAttribute('aria-label')).to.equal(`${count} events, ${day(1 + from)} – ${day(Math.max(...ends))}`);
      }
    });

    it('reaches clusters with the arrow keys, moving through time', async function () {
      this.timeout(20_000);
      const events = denseEvents(300);
      const el = await render(events, 1000);
      const active = () => el.shadowRoot!.activeElement as HTMLElement;
      // The earliest event is in a cluster at the full view: focusing it focuses the cluster.
      const earliest = [...events].sort((a, b) => (a.start < b.start ? -1 : 1))[0];
      await el.focusEvent(earliest.id);
      const key = active().dataset.key!;
      expect(active().getAttribute('part')).to.equal('cluster');
      // Right and left step to the marks holding the events just after and before the focused
      // mark's (in any lane), so each press lands on another mark: a cluster or an event. (The
      // walk starts rightwards: the first cluster may hold the earliest event.)
      const seen = [key];
      for (const press of ['ArrowRight', 'ArrowRight', 'ArrowRight', 'ArrowLeft']) {
        await sendKeys({ press });
        await el.updateComplete;
        expect(active().dataset.key).not.to.equal(seen[seen.length - 1]);
        expect(active().getAttribute('part')).to.match(/^(event|cluster)$/);
        seen.push(active().dataset.key!);
      }
      expect(seen.some((k, i) => i > 0 && k.startsWith('cluster:'))).to.equal(true);
    });
  });

  describe('the overview strip', () => {
    it('draws each lane in its row and colour, and draws again when the lanes are reordered', async () => {
      const spans = [
        { id: 'r', start: '2024-01/2024-12', title: 'Red', group: 'a' },
        { id: 'b', start: '2024-01/2024-12', title: 'Blue', group: 'b' },
      ];
      const el = await render(spans, 1000, { groups: [{ id: 'a', color: 'rgb(255, 0, 0)' }, { id: 'b', color: 'rgb(0, 0, 255)' }] });
      const canvas = el.shadowRoot!.querySelector<HTMLCanvasElement>('[part~=overview] canvas')!;
      // The first lane's row, in the middle of the strip.
      const firstRow = () => [...canvas.getContext('2d')!.getImageData(canvas.width / 2, Math.round(canvas.height * 0.3), 1, 1).data.slice(0, 3)];
      expect(firstRow()).to.deep.equal([255, 0, 0]);
      el.groups = [{ id: 'b', color: 'rgb(0, 0, 255)' }, { id: 'a', color: 'rgb(255, 0, 0)' }];
      await el.updateComplete;
      expect(firstRow()).to.deep.equal([0, 0, 255]);
    });

    it('shows all events and the visible window', async () => {
      const el = await render(showcaseEvents, 1200, { groups: showcaseGroups });
      const overview = el.shadowRoot!.querySelector<HTMLElement>('[part~=overview]')!;
      const canvas = overview.querySelector('canvas')!;
      expect(canvas.width).to.be.greaterThan(0);
      const win = overview.querySelector<HTMLElement>('.window')!;
      expect(win.getBoundingClientRect().width).to.be.closeTo(overview.getBoundingClientRect().width - 2, 4);
      el.zoomTo('2024-10-01', '2024-10-31');
      await el.updateComplete;
      expect(win.getBoundingClientRect().width).to.be.below(overview.getBoundingClientRect().width / 2);
    });

    it('moves the view when the window is dragged, and fires dateline-range-change', async () => {
      const el = await render(three, 1000);
      el.zoomTo('2024-06-01', '2024-07-15');
      await el.updateComplete;
      const overview = el.shadowRoot!.querySelector<HTMLElement>('[part~=overview]')!;
      const win = overview.querySelector<HTMLElement>('.window')!;
      const before = win.getBoundingClientRect();
      const offset = before.left - overview.getBoundingClientRect().left;
      const y = before.top + before.height / 2;
      const start = before.left + before.width / 2;
      win.dispatchEvent(new PointerEvent('pointerdown', { bubbles: true, clientX: start, clientY: y, pointerId: 1 }));
      overview.dispatchEvent(new PointerEvent('pointermove', { bubbles: true, clientX: start + 200, clientY: y, pointerId: 1 }));
      setTimeout(() => overview.dispatchEvent(new PointerEvent('pointerup', { bubbles: true, clientX: start + 200, clientY: y, pointerId: 1 })));
      const { detail } = await oneEvent(el, 'dateline-range-change');
      await el.updateComplete;
      // Relative to the strip, so a page scroll between the two readings does not count.
      expect(win.getBoundingClientRect().left - overview.getBoundingClientRect().left - offset).to.be.closeTo(200, 2);
      expect(+detail.start).to.be.greaterThan(Date.UTC(2024, 5, 1));
    });
  });

  it('gaps="off" keeps one linear scale', async () => {
    const el = await render(showcaseEvents, 1200, { gaps: 'off' });
    expect(el.shadowRoot!.querySelectorAll('.break')).to.have.length(0);
  });

  it('limits zoom: not past twice the finest precision, not out past all data', async () => {
    const el = await render(three, 1000, { gaps: 'off' });
    const spans: number[] = [];
    el.addEventListener('dateline-range-change', (e) => spans.push(+e.detail.end - +e.detail.start));
    const [zoomIn, zoomOut] = el.shadowRoot!.querySelectorAll<HTMLButtonElement>('.toolbar button');
    for (let i = 0; i < 20; i++) zoomIn.click();
    expect(Math.min(...spans)).to.be.at.least(2 * 86_400_000 - 1000);
    for (let i = 0; i < 30; i++) zoomOut.click();
    // Zooming out stops at all data: the last steps change nothing, and nothing is wider.
    const last = spans[spans.length - 1];
    expect(spans[spans.length - 2]).to.be.closeTo(last, 1000);
    expect(Math.max(...spans)).to.be.closeTo(last, 1000);
  });

  it('draws the zoom buttons as icons and names them by their labels', async () => {
    const el = await render(three);
    const buttons = [...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('.toolbar button')].slice(0, 3);
    expect(buttons.map((b) => b.getAttribute('aria-label'))).to.deep.equal(['Zoom in', 'Zoom out', 'Show all']);
    for (const b of buttons) {
      const icon = b.querySelector('svg')!;
      expect(icon.getAttribute('aria-hidden')).to.equal('true');
      expect(b.textContent!.trim()).to.equal('');
      expect(getComputedStyle(icon.querySelector('path')!).stroke).to.equal(getComputedStyle(b).color);
      expect(icon.getBoundingClientRect().width).to.equal(16);
    }
  });

  it('lets a page scroll pass through a plain wheel until the timeline has focus', async () => {
    const el = await render(three);
    const viewport = el.shadowRoot!.querySelector('.viewport')!;
    const plain = new WheelEvent('wheel', { deltaY: -100, bubbles: true, cancelable: true, clientX: 500, clientY: 50 });
    viewport.dispatchEvent(plain);
    expect(plain.defaultPrevented).to.equal(false);
    const pinch = new WheelEvent('wheel', { deltaY: -100, ctrlKey: true, bubbles: true, cancelable: true, clientX: 500, clientY: 50 });
    viewport.dispatchEvent(pinch);
    expect(pinch.defaultPrevented).to.equal(true);
  });

  it('draws the vertical layout below the breakpoint, in time order, without horizontal overflow', async () => {
    const el = await render(showcaseEvents, 320);
    expect(el.shadowRoot!.querySelector('.vertical')).not.to.equal(null);
    const tops = marks(el).map((m) => m.getBoundingClientRect().top);
    expect([...tops].sort((a, b) => a - b)).to.deep.equal(tops);
    expect(el.scrollWidth).to.be.at.most(320);
    for (const m of marks(el)) expect(m.getBoundingClientRect().right).to.be.at.most(el.getBoundingClientRect().right + 1);
  });

  it('gives every vertical entry room for its title, short or long, in any script', async () => {
    // A minute apart, so each entry is pushed below the one before: titles around one line long.
    const titles = [
      ...Array.from({ length: 30 }, (_, i) => 'W'.repeat(8 + i)),
      ...Array.from({ length: 12 }, (_, i) => '😀'.repeat(4 + i)),
      ...Array.from({ length: 12 }, (_, i) => '한국어'.repeat(3 + i)),
      ...Array.from({ length: 12 }, (_, i) => '\ufdfd'.repeat(2 + i)),
      ...Array.from({ length: 12 }, (_, i) => 'ＷＩＤＥ'.repeat(2 + i)),
    ];
    const events = titles.map((title, i) => ({ id: `t${i}`, start: `2024-10-03T10:${String(i % 60).padStart(2, '0')}`, title }));
    const el = await render(events, 320);
    expect(el.shadowRoot!.querySelector('.vertical')).not.to.equal(null);
    const boxes = marks(el).map((m) => m.getBoundingClientRect());
    expect(boxes).to.have.length(titles.length);
    for (let i = 1; i < boxes.length; i++) expect(boxes[i].top, `entry ${i}`).to.be.at.least(boxes[i - 1].bottom - 0.5);
  });

  it('draws the reference-date marker with its label', async () => {
    const el = await render(three, 1000, { referenceDate: '2024-10-18' });
    expect(el.shadowRoot!.querySelector('.reference')!.textContent).to.contain('Published 18 October 2024');
  });

  it('renders the showcase without console errors', async () => {
    const errors: unknown[] = [];
    const original = console.error;
    console.error = (...a: unknown[]) => errors.push(a);
    try {
      const el = await render(showcaseEvents, 1200);
      el.groups = showcaseGroups;
      el.referenceDate = '2024-10-18';
      await el.updateComplete;
      expect(marks(el)).to.have.length(showcaseEvents.length);
    } finally {
      console.error = original;
    }
    expect(errors).to.deep.equal([]);
  });
});

describe('<dateline-timeline> with 100,000 events', () => {
  it('draws them with fewer than 3,000 nodes in its shadow DOM', async function () {
    this.timeout(120_000);
    const { largeEvents } = await import('../../stories/data/samples.js');
    const el = await render(largeEvents(100_000), 1200);
    const nodes = el.shadowRoot!.querySelectorAll('*').length;
    expect(nodes).to.be.below(3000);
    const clustered = [...el.shadowRoot!.querySelectorAll('[part~=cluster]')].reduce((n, c) => n + Number(c.textContent), 0);
    expect(clustered + el.shadowRoot!.querySelectorAll('[part~=event]').length).to.equal(100_000);
  });
});

describe('<dateline-timeline> vertical, with many events', () => {
  afterEach(() => window.scrollTo(0, 0));

  it('draws only the entries near the screen, follows the scroll, and lets keys reach any entry', async function () {
    this.timeout(60_000);
    const { largeEvents } = await import('../../stories/data/samples.js');
    const events = largeEvents(5000);
    const el = await render(events, 320);
    expect(el.shadowRoot!.querySelector('.vertical')).not.to.equal(null);
    expect(el.getBoundingClientRect().height).to.be.above(100_000);
    const onScreen = () =>
      marks(el).filter((m) => {
        const r = m.getBoundingClientRect();
        return r.bottom > 0 && r.top < innerHeight;
      });
    const first = marks(el).map((m) => m.dataset.id);
    expect(first.length).to.be.within(1, 300);
    expect(onScreen().length).to.be.above(0);
    window.scrollTo(0, el.getBoundingClientRect().top + scrollY + 200_000);
    // The scroll event comes in a later frame, later still on a busy machine.
    await waitUntil(() => onScreen().length > 0 && !onScreen().some((m) => first.includes(m.dataset.id)), 'entries near the screen are drawn', { timeout: 8000 });
    await el.updateComplete;
    expect(onScreen().length).to.be.above(0);
    expect(onScreen().some((m) => first.includes(m.dataset.id))).to.equal(false);
    // The last event was never drawn; focusing it draws it and scrolls it into view.
    window.scrollTo(0, 0);
    const last = [...events].sort((a, b) => String(b.start).localeCompare(String(a.start)))[0].id;
    await el.focusEvent(last);
    expect(el.shadowRoot!.activeElement?.getAttribute('data-id')).to.equal(last);
    const r = mark(el, last).getBoundingClientRect();
    expect(r.top).to.be.at.least(0);
    expect(r.bottom).to.be.at.most(innerHeight + 0.5); // WebKit lays out in fractions of a pixel
  });
});

describe('caches', () => {
  it('forget formatted dates when the locale changes', async () => {
    const el = await render(three, 1000);
    expect(mark(el, 'a').getAttribute('aria-label')).to.contain('June 2024');
    el.locale = 'de';
    await el.updateComplete;
    expect(mark(el, 'a').getAttribute('aria-label')).to.contain('Juni 2024');
  });

  it('rebuild the names of marks and the lane labels when groups change', async () => {
    const el = await render(
      three.map((e, i) => ({ ...e, group: i ? 'b' : 'a' })),
      1000,
    );
    el.zoomTo('2024-09-01', '2024-10-25');
    await el.updateComplete;
    expect(mark(el, 'b').getAttribute('aria-label')).to.equal('Strike, 3 October 2024, b');
    el.groups = [
      { id: 'b', label: 'Front line' },
      { id: 'a', label: 'Diplomacy' },
    ];
    await el.updateComplete;
    expect(mark(el, 'b').getAttribute('aria-label')).to.contain('Front line');
    expect(el.shadowRoot!.querySelector('[part~=lane-label]')!.textContent).to.equal('Front line');
  });

  it('move the nodes of marks that stay in view instead of drawing new ones', async () => {
    const el = await render(three, 1000);
    const before = mark(el, 'b');
    const x = before.getBoundingClientRect().left;
    el.zoomTo('2024-09-15', '2024-10-25');
    await el.updateComplete;
    expect(mark(el, 'b')).to.equal(before);
    expect(mark(el, 'b').getBoundingClientRect().left).not.to.be.closeTo(x, 1);
  });

  it('keep clusters (and their nodes) while panning, with bins fixed in time', async function () {
    this.timeout(20_000);
    const { largeEvents } = await import('../../stories/data/samples.js');
    const el = await render(largeEvents(5000), 1200);
    el.zoomTo('2006-01-01', '2012-01-01');
    await el.updateComplete;
    const pick = [...el.shadowRoot!.querySelectorAll<HTMLElement>('[part~=cluster]')].find((c) => {
      const r = c.getBoundingClientRect();
      return r.left > 500 && r.left < 700;
    })!;
    const [key, count, left] = [pick.dataset.key, pick.textContent, pick.getBoundingClientRect().left];
    // A pan of about a month: the same cluster, with the same members, moved.
    el.zoomTo('2006-02-01', '2012-02-01');
    await el.updateComplete;
    const after = el.shadowRoot!.querySelector<HTMLElement>(`[data-key="${key}"]`)!;
    expect(after).to.equal(pick);
    expect(after.textContent).to.equal(count);
    expect(after.getBoundingClientRect().left).to.be.below(left - 10);
  });

  it('turn lanes of the same density into rows of labels one or two per zoom step, not all at once', async function () {
    this.timeout(30_000);
    // Eight lanes with the very same dates: only their thresholds can tell them apart.
    const day = (i: number) => new Date(Date.UTC(2000, 0, 1) + Math.floor((i * 9131) / 500) * 86_400_000).toISOString().slice(0, 10);
    const events = Array.from({ length: 4000 }, (_, i) => ({ id: `e${i}`, group: `L${i % 8}`, title: `Event ${i}`, start: day(i >> 3) }));
    const el = await render(events, 1200);
    const labelled = () => [...el.shadowRoot!.querySelectorAll('.lane-marks')].filter((l) => l.querySelector('[part~=event-label]')).length;
    // Zoom in by 15% a step around mid-2012 until every lane shows labels.
    const [from, to] = [Date.UTC(2000, 0, 1), Date.UTC(2025, 0, 1)];
    const centre = Date.UTC(2012, 6, 1);
    let half = (to - from) / 2;
    let before = labelled();
    const changes: number[] = [];
    for (let step = 0; step < 60 && before < 8; step++) {
      half /= 1.15;
      el.zoomTo(new Date(centre - half), new Date(centre + half));
      await el.updateComplete;
      const now = labelled();
      changes.push(now - before);
      before = now;
    }
    // Each lane has its own threshold, spread over one doubling (about five steps of 15%).
    expect(before).to.equal(8);
    expect(Math.max(...changes)).to.be.at.most(2);
    expect(changes.filter((n) => n > 0).length).to.be.at.least(4);
  });

  it('leave every mark, node and place, as it is when the help opens', async () => {
    const el = await render(three, 1000);
    const before = marks(el).map((m) => [m, m.getBoundingClientRect().left, m.getBoundingClientRect().width]);
    el.shadowRoot!.querySelector<HTMLButtonElement>('[aria-controls=help]')!.click();
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('.help')).not.to.equal(null);
    expect(marks(el).map((m) => [m, m.getBoundingClientRect().left, m.getBoundingClientRect().width])).to.deep.equal(before);
  });
});
