// Data in without code: `src` against the test server (files, statuses, slow and chunked bodies,
// test/server.mjs), inline JSON, eras and media, through the public API only.
import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import '../../src/index.js';
import type { DatelineErrorDetail, DatelineLoadDetail, DatelineTimeline, TimelineEvent } from '../../src/index.js';
import { dashes } from '../text.js';

const SAMPLES = '/examples/data/timelinejs';
const ids = (el: DatelineTimeline) => [...el.shadowRoot!.querySelectorAll<HTMLElement>('[part~=event]')].map((m) => m.dataset.id);
const status = (el: DatelineTimeline) => el.shadowRoot!.querySelector('[part~=status]')?.textContent?.trim() ?? '';
const region = (el: DatelineTimeline) => el.shadowRoot!.querySelector('[role=region]')!;
const three: TimelineEvent[] = [
  { id: 'a', start: '2024-06', title: 'Treaty' },
  { id: 'b', start: '2024-10-03', title: 'Strike' },
  { id: 'c', start: '2024-10-18', title: 'Statement' },
];

async function mount(attributes: { src?: string; events?: TimelineEvent[] } = {}): Promise<DatelineTimeline> {
  const el = await fixture<DatelineTimeline>(html`<dateline-timeline style="width: 1000px" locale="en-GB" .events=${attributes.events ?? []}></dateline-timeline>`);
  if (attributes.src) el.src = attributes.src;
  return el;
}

/** Sets `src` and waits for its outcome. */
async function load(el: DatelineTimeline, src: string): Promise<CustomEvent<DatelineLoadDetail | DatelineErrorDetail>> {
  const outcome = Promise.race([oneEvent(el, 'dateline-load'), oneEvent(el, 'dateline-error')]);
  el.src = src;
  const event = await outcome;
  await el.updateComplete;
  return event as CustomEvent<DatelineLoadDetail | DatelineErrorDetail>;
}

describe('<dateline-timeline> src', () => {
  it('loads a TimelineJS file: events, eras, the title as its name, a load event with the count', async () => {
    const el = await mount();
    const e = (await load(el, `${SAMPLES}/eras.json`)) as CustomEvent<DatelineLoadDetail>;
    expect(e.detail).to.deep.include({ src: `${SAMPLES}/eras.json`, format: 'timelinejs', count: 20 });
    expect(e.detail.title!.headline).to.equal('Eras Test');
    expect(el.events).to.have.length(20);
    expect(el.eras).to.have.length(3);
    expect(el.loading).to.equal(false);
    expect(region(el).getAttribute('aria-label')).to.equal('Eras Test');
    expect(region(el).hasAttribute('aria-busy')).to.equal(false);
    const eras = [...el.shadowRoot!.querySelectorAll('.plot [part~=era]')];
    expect(eras.map((x) => dashes(x.getAttribute('aria-label')))).to.deep.equal(['Era: Era Test 600-650, 600 – 650', 'Era: Era Test 650-700, 650 – 700', 'Era: Era Test 700-720, 700 – 720']);
    expect(el.shadowRoot!.querySelectorAll('.overview [part~=era]')).to.have.length(3);
  });

  it('loads CSV (the TimelineJS template) and Dateline JSON, recognised by content', async () => {
    const el = await mount();
    const csv = (await load(el, `${SAMPLES}/my-own-timeline.csv`)) as CustomEvent<DatelineLoadDetail>;
    expect([csv.detail.format, csv.detail.count]).to.deep.equal(['csv', 10]);
    expect(ids(el)).to.include('ada-lovelace');
    const json = (await load(el, `/__dateline/csv/30`)) as CustomEvent<DatelineLoadDetail>;
    expect([json.detail.format, json.detail.count]).to.deep.equal(['csv', 30]);
  });

  it('reads the deep time of cosmo.json', async () => {
    const el = await mount();
    const e = (await load(el, `${SAMPLES}/cosmo.json`)) as CustomEvent<DatelineLoadDetail>;
    expect(e.detail.count).to.equal(7);
    const ticks = [...el.shadowRoot!.querySelectorAll('[part~=tick-label]')].map((t) => t.textContent);
    expect(ticks).to.include("13,800,000,000 BCE");
  });

  for (const [name, path, reason, httpStatus] of [
    ['a 404', '/__dateline/status/404', /server answered 404/, 404],
    ['a 500', '/__dateline/status/500', /server answered 500/, 500],
    ['a body in no known format', '/__dateline/garbage', /neither TimelineJS's columns/, undefined],
    ['a web page', '/__dateline/html', /web page \(HTML\)/, undefined],
    ['a network error', 'http://127.0.0.1:9/none.json', /request failed/, undefined],
  ] as const) {
    it(`keeps the data it showed after ${name}, says why, and fires dateline-error`, async () => {
      const el = await mount({ events: three });
      const e = (await load(el, path)) as CustomEvent<DatelineErrorDetail>;
      expect(e.type).to.equal('dateline-error');
      expect(e.detail.src).to.equal(path);
      expect(e.detail.message).to.match(reason);
      expect(e.detail.status).to.equal(httpStatus);
      expect(ids(el)).to.deep.equal(['a', 'b', 'c']);
      expect(el.shadowRoot!.querySelector('[part~=status][role=alert]')).not.to.equal(null);
      expect(status(el)).to.match(/^The timeline could not be loaded: .*What was shown before stays\.$/);
    });
  }

  it('shows the loading state while a slow answer comes, then the data', async () => {
    const el = await mount({ events: three });
    const done = oneEvent(el, 'dateline-load');
    el.src = `/__dateline/slow/400/examples/data/timelinejs/eras.json`;
    await el.updateComplete;
    expect(el.loading).to.equal(true);
    expect(region(el).getAttribute('aria-busy')).to.equal('true');
    expect(el.shadowRoot!.querySelector('[part~=status][role=status]')!.textContent!.trim()).to.equal('Loading…');
    // The old data stays while the new one comes.
    expect(ids(el)).to.deep.equal(['a', 'b', 'c']);
    await done;
    await el.updateComplete;
    expect(el.loading).to.equal(false);
    expect(el.shadowRoot!.querySelector('[part~=status]')).to.equal(null);
  });

  it('shows the share received of a body whose length the server sends', async () => {
    const el = await mount();
    const seen = new Set<string>();
    const done = oneEvent(el, 'dateline-load');
    el.src = '/__dateline/csv/4000/8/60';
    await waitUntil(() => (seen.add(status(el)), /\d+%/.test(status(el))), 'no progress shown', { timeout: 4000, interval: 5 });
    await done;
    expect([...seen].some((s) => /^Loading… \d{1,2}%$/.test(s))).to.equal(true);
  });

  it('lets a newer src win over an older one that answers later', async () => {
    const el = await mount();
    const loads: string[] = [];
    el.addEventListener('dateline-load', (e) => loads.push(e.detail.src));
    el.src = '/__dateline/slow/500/examples/data/timelinejs/eras.json';
    await el.updateComplete;
    const fast = oneEvent(el, 'dateline-load');
    el.src = `${SAMPLES}/women_in_computing.json`;
    await fast;
    await new Promise((r) => setTimeout(r, 700));
    expect(loads).to.deep.equal([`${SAMPLES}/women_in_computing.json`]);
    expect(el.events).to.have.length(10);
  });

  it('lets events set from code afterwards win', async () => {
    const el = await mount();
    await load(el, `${SAMPLES}/eras.json`);
    el.events = three;
    await el.updateComplete;
    expect(ids(el)).to.deep.equal(['a', 'b', 'c']);
  });

  it('reports unusable slides of a loaded file through dateline-invalid', async () => {
    const el = await mount();
    const invalid = oneEvent(el, 'dateline-invalid');
    const body = encodeURIComponent(JSON.stringify({ events: [{ start_date: { year: 2024 }, text: { headline: 'Fine' } }, { text: { headline: 'No date' } }] }));
    el.src = `data:application/json,${body}`;
    const e = await invalid;
    expect(e.detail.problems).to.deep.equal([{ index: 1, field: 'start_date', message: 'slide 2 ("No date"): its start_date is missing' }]);
    expect(el.problems).to.have.length(1);
  });
});

describe('<dateline-timeline> inline JSON', () => {
  it('reads a child script of JSON when neither src nor events is set, as text', async () => {
    const json = JSON.stringify({ events: [{ start_date: { year: 2024, month: 6 }, text: { headline: '<img src=x onerror="window.hacked=1">Treaty &amp; talks' } }] });
    const wrapper = await fixture<HTMLDivElement>(`<div><dateline-timeline locale="en-GB" style="width: 900px"><script type="application/json">${json}</script></dateline-timeline></div>`);
    const el = wrapper.querySelector('dateline-timeline')!;
    await waitUntil(() => el.events.length === 1);
    await el.updateComplete;
    expect(el.events[0].title).to.equal('Treaty & talks');
    expect(el.shadowRoot!.querySelector('img')).to.equal(null);
    expect((window as { hacked?: number }).hacked).to.equal(undefined);
  });

  it('leaves the script alone when events are set', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div><dateline-timeline .events=${three}><script type="application/json">[{"id":"x","start":"2020","title":"X"}]</script></dateline-timeline></div>`);
    const el = wrapper.querySelector('dateline-timeline')!;
    await el.updateComplete;
    expect(ids(el)).to.deep.equal(['a', 'b', 'c']);
  });
});

describe('<dateline-timeline> eras and media', () => {
  it('draws eras as headings in the vertical column and lists them in the list view', async () => {
    const el = await mount({ events: three });
    el.eras = [{ start: '2024-06', end: '2024-08', label: 'Summer' }, { start: '2024-10', end: '2024-10', label: 'October' }];
    el.layout = 'vertical';
    await el.updateComplete;
    expect([...el.shadowRoot!.querySelectorAll('h3[part~=era]')].map((h) => h.textContent!.replace(/\s+/g, ' ').trim())).to.deep.equal(['Summer June – August 2024', 'October October 2024']);
    el.shadowRoot!.querySelector<HTMLButtonElement>('.toolbar button[aria-pressed]')?.click();
    await el.updateComplete;
    const list = el.shadowRoot!.querySelector('table.eras');
    expect(list?.querySelector('caption')?.textContent).to.equal('Eras');
    expect([...list!.querySelectorAll('th')].map((t) => t.textContent)).to.deep.equal(['Summer', 'October']);
  });

  it('shows an image with its alt text, caption and credit, and a link for other media, in the details', async () => {
    const pixel = 'data:image/png;base64,iVBORw0KGgo=';
    const el = await mount({
      events: [
        { id: 'i', start: '2024-06', title: 'Pictured', media: { url: 'https://example.invalid/photo.jpg', alt: 'Two men', caption: 'The signing', credit: 'AP' } },
        { id: 'l', start: '2024-07', title: 'Linked', media: { url: 'https://en.wikipedia.org/wiki/Treaty' } },
        { id: 'x', start: '2024-08', title: 'Unsafe', media: { url: 'javascript:alert(1)' } },
        { id: 'd', start: '2024-09', title: 'Data', media: { url: pixel } },
      ],
    });
    const details = async (id: string) => {
      el.selected = id;
      await el.updateComplete;
      return el.shadowRoot!.querySelector('[part~=details]')!;
    };
    const pictured = await details('i');
    const img = pictured.querySelector('img')!;
    expect([img.getAttribute('alt'), img.getAttribute('loading')]).to.deep.equal(['Two men', 'lazy']);
    expect(pictured.querySelector('figcaption')!.textContent!.replace(/\s+/g, ' ').trim()).to.equal('The signing AP');
    // The image does not load (the host does not exist): its link takes its place.
    await waitUntil(() => pictured.querySelector('figure')!.classList.contains('broken'), 'the broken image kept its place');
    expect(getComputedStyle(img).display).to.equal('none');
    expect(getComputedStyle(pictured.querySelector('.media-link')!).display).not.to.equal('none');
    const linked = await details('l');
    expect(linked.querySelector('img')).to.equal(null);
    expect(linked.querySelector<HTMLAnchorElement>('[part~=media] a')!.href).to.equal('https://en.wikipedia.org/wiki/Treaty');
    for (const id of ['x', 'd']) expect((await details(id)).querySelector('[part~=media]'), id).to.equal(null);
  });
});
