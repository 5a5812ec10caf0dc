// Data out as images: toSVG() and toPNG() through the public API, and the Download menu
// (export-outside.test.ts opens the SVG as a file of its own and draws it dark, in Chromium).
import { expect, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { drawnIds, held, many, mount, parse, showcase } from './export-helpers.js';

describe('toSVG', () => {
  it('is a standalone SVG document: parses, sizes itself, holds every event as a <g data-id> with its name', async () => {
    const el = await mount(showcase);
    const svg = el.toSVG();
    const doc = parse(svg);
    expect(doc.querySelector('parsererror')).to.equal(null);
    const root = doc.documentElement;
    expect(root.namespaceURI).to.equal('http://www.w3.org/2000/svg');
    expect(root.getAttribute('width')).to.equal('1000');
    expect(root.getAttribute('viewBox')).to.equal(`0 0 1000 ${root.getAttribute('height')}`);
    expect(Number(root.getAttribute('height'))).to.be.above(200);
    expect(doc.querySelector('title')!.textContent).to.equal('Troops');
    expect(drawnIds(doc).sort()).to.deep.equal(showcase.map((e) => e.id).sort());
    // The accessible name, as the element's mark has it.
    const live = el.shadowRoot!.querySelector('[data-id="ships"]')!.getAttribute('aria-label');
    expect(doc.querySelector('g[data-id="ships"] > title')!.textContent).to.equal(live);
    // No external references, no script, no HTML.
    expect(svg).not.to.match(/href=|<script|<foreignObject|https?:\/\/(?!www\.w3\.org\/2000\/svg)/);
    // Lanes with their names, the axis's ticks, the reference marker.
    expect([...doc.querySelectorAll('g.lane')].map((g) => g.getAttribute('data-lane'))).to.deep.equal(['north-korea', 'russia', 'ukraine']);
    expect(doc.querySelector('g.reference text')!.textContent).to.contain('18 October 2024');
    const ticks = [...el.shadowRoot!.querySelectorAll('[part~=tick-label]')].map((t) => t.textContent);
    for (const t of ticks.slice(0, 3)) expect(svg).to.contain(`>${t}</text>`);
  });

  it('draws certainty by line and fill, and labels as real text', async () => {
    const doc = parse((await mount(showcase)).toSVG());
    const shape = (id: string) => doc.querySelector(`g[data-id="${id}"] circle, g[data-id="${id}"] rect`)!;
    expect(shape('zelensky').getAttribute('stroke-dasharray')).to.equal('4 3');
    expect(shape('talks').getAttribute('stroke-dasharray')).to.equal('1.5 2.5');
    expect(shape('strike').getAttribute('stroke-dasharray')).to.equal(null);
    expect(doc.querySelectorAll('g[data-id="munitions"] rect')).to.have.length(2, 'reported: a double line');
    expect(doc.querySelector('g[data-id="talks"] g')!.getAttribute('mask')).to.equal('url(#dateline-approximate)');
    expect(doc.querySelector('g[data-id="munitions"] g')!.getAttribute('mask')).to.equal('url(#dateline-open-end)');
    expect(doc.querySelector('g[data-id="doubt"]')!.textContent).to.contain('?');
    expect(shape('treaty').getAttribute('fill')).to.match(/^url\(#dateline-hatch-\d\)$/);
    expect(doc.querySelector('g[data-id="treaty"] > text')!.textContent).to.equal('Strategic partnership treaty signed');
  });

  it('escapes titles and leaves nothing to be read as markup; characters XML forbids are replaced', async () => {
    const title = `<b onclick="x()">Tom & 'Jerry'</b>\u0001`;
    const el = await mount([{ id: 'q"<&>', start: '2024-10-03', title }]);
    const svg = el.toSVG();
    expect(svg).to.contain('&lt;b onclick=&quot;x()&quot;&gt;Tom &amp; &apos;Jerry&apos;&lt;/b&gt;');
    const doc = parse(svg);
    expect(doc.querySelector('parsererror')).to.equal(null);
    expect(doc.querySelector('b')).to.equal(null);
    expect(drawnIds(doc)).to.deep.equal(['q"<&>']);
    expect(doc.querySelector('g[data-id] > title')!.textContent).to.contain(`<b onclick="x()">Tom & 'Jerry'</b>\uFFFD`);
  });

  it('lays out every event at the width asked for, and only those in view with range "view"', async () => {
    const el = await mount(showcase);
    expect(parse(el.toSVG({ width: 2400 })).documentElement.getAttribute('width')).to.equal('2400');
    el.zoomTo('2024-09-25', '2024-10-20');
    await el.updateComplete;
    const view = drawnIds(parse(el.toSVG({ range: 'view' })));
    expect(view).to.include.members(['strike', 'zelensky', 'ships']);
    expect(view).not.to.include('korean-war');
    expect(drawnIds(parse(el.toSVG())).sort()).to.deep.equal(showcase.map((e) => e.id).sort());
  });

  it('holds every event at 2,000 events: marks plus cluster counts', async () => {
    const events = many(2000);
    const doc = parse((await mount(events)).toSVG());
    expect(doc.querySelectorAll('g.cluster').length).to.be.above(0);
    expect(held(doc)).to.equal(events.length);
  });

  it('takes its colours from the element as shown, themed by the custom properties', async () => {
    const el = await mount(showcase);
    expect(parse(el.toSVG()).querySelector('svg > rect')!.getAttribute('fill')).to.equal('#ffffff');
    el.style.setProperty('--dateline-background', 'rebeccapurple');
    el.style.setProperty('--dateline-lane-background', 'rgb(1 2 3)');
    const doc = parse(el.toSVG());
    expect(doc.querySelector('svg > rect')!.getAttribute('fill')).to.equal('#663399');
    expect(doc.querySelector('g.lane > rect')!.getAttribute('fill')).to.equal('#010203');
  });

  it('mirrors right to left, and draws in every shipped language', async () => {
    for (const locale of ['ar', 'ko', 'uk', 'ru', 'fr', 'de', 'es', 'en']) {
      const el = await mount(showcase, { locale });
      const doc = parse(el.toSVG());
      expect(doc.querySelector('parsererror'), locale).to.equal(null);
      expect(drawnIds(doc).length, locale).to.equal(showcase.length);
      const label = doc.querySelector('g[data-id="treaty"] > text')!;
      expect(label.getAttribute('text-anchor'), locale).to.equal(locale === 'ar' ? 'end' : 'start');
    }
    // Right to left, the earliest event is at the right.
    const doc = parse((await mount(showcase, { locale: 'ar' })).toSVG());
    const x = (id: string) => Number(doc.querySelector(`g[data-id="${id}"] rect`)!.getAttribute('x'));
    expect(x('korean-war')).to.be.above(x('treaty'));
  });

  it('of no events is an empty drawing that still parses', async () => {
    const doc = parse((await mount([])).toSVG());
    expect(doc.querySelector('parsererror')).to.equal(null);
    expect(drawnIds(doc)).to.deep.equal([]);
  });
});

describe('toPNG', () => {
  it('decodes to the size asked for, with marks drawn in each lane', async () => {
    const el = await mount(showcase);
    const blob = await el.toPNG({ width: 900, scale: 2 });
    expect(blob.type).to.equal('image/png');
    const bitmap = await createImageBitmap(blob);
    const height = Number(parse(el.toSVG({ width: 900 })).documentElement.getAttribute('height'));
    expect([bitmap.width, bitmap.height]).to.deep.equal([1800, height * 2]);
    const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
    const context = canvas.getContext('2d')!;
    context.drawImage(bitmap, 0, 0);
    // Each lane's band holds pixels of its marks: strongly coloured, unlike the background, shading and grid.
    const lanes = [...parse(el.toSVG({ width: 900 })).querySelectorAll('g.lane > rect')].map((r) => [Number(r.getAttribute('y')), Number(r.getAttribute('height'))]);
    expect(lanes).to.have.length(3);
    for (const [y, h] of lanes) {
      const { data } = context.getImageData(0, y * 2, bitmap.width, h * 2);
      let coloured = 0;
      for (let i = 0; i < data.length; i += 4) if (Math.max(data[i], data[i + 1], data[i + 2]) - Math.min(data[i], data[i + 1], data[i + 2]) > 60) coloured++;
      expect(coloured, `lane at ${y}`).to.be.above(100);
    }
  });

  it('defaults to the device pixel ratio', async () => {
    const el = await mount(showcase);
    const bitmap = await createImageBitmap(await el.toPNG());
    expect(bitmap.width).to.equal(Math.round(1000 * devicePixelRatio));
  });
});

describe('exportable', () => {
  it('has a Download menu that the keyboard opens, moves through and closes', async () => {
    const el = await mount(showcase);
    expect(el.shadowRoot!.querySelector('.download')).to.equal(null);
    el.exportable = true;
    await el.updateComplete;
    const button = el.shadowRoot!.querySelector<HTMLButtonElement>('.download > button')!;
    expect(button.getAttribute('aria-haspopup')).to.equal('menu');
    expect(button.textContent!.trim()).to.equal('Download');
    button.focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(button.getAttribute('aria-expanded')).to.equal('true');
    const items = [...el.shadowRoot!.querySelectorAll<HTMLElement>('[role=menuitem]')];
    expect(items.map((i) => i.textContent)).to.deep.equal(['Image (SVG)', 'Image (PNG)']);
    expect(el.shadowRoot!.activeElement).to.equal(items[0]);
    await sendKeys({ press: 'ArrowDown' });
    expect(el.shadowRoot!.activeElement).to.equal(items[1]);
    await sendKeys({ press: 'ArrowDown' });
    expect(el.shadowRoot!.activeElement).to.equal(items[0]);
    await sendKeys({ press: 'Escape' });
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('[role=menu]')).to.equal(null);
    expect(el.shadowRoot!.activeElement).to.equal(button);
    // Escape closed the menu only: the details or help are untouched.
    expect(el.selected).to.equal(null);
  });

  it('saves a file named from the label and the dates', async () => {
    const el = await mount(showcase);
    el.exportable = true;
    await el.updateComplete;
    const saved: { name: string; href: string }[] = [];
    // A download is a click on a link with `download`: catch it before the browser saves.
    el.shadowRoot!.addEventListener('click', (e) => {
      const a = e.target as HTMLAnchorElement;
      if (a.localName === 'a' && a.download) {
        saved.push({ name: a.download, href: a.href });
        e.preventDefault();
      }
    });
    el.shadowRoot!.querySelector<HTMLButtonElement>('.download > button')!.click();
    await el.updateComplete;
    el.shadowRoot!.querySelector<HTMLElement>('[role=menuitem]')!.click();
    // Saving loads its code on first use.
    await waitUntil(() => saved.length > 0, 'the file is saved', { timeout: 5000 });
    // The dates run to the end of the approximate October.
    expect(saved.map((s) => s.name)).to.deep.equal(['troops_1950-01-01_2024-10-31.svg']);
    const text = await (await fetch(saved[0].href)).text();
    expect(parse(text).querySelectorAll('g[data-id]').length).to.equal(showcase.length);
  });

  it('says Download in the timeline’s language', async () => {
    const el = await mount(showcase, { locale: 'de' });
    el.exportable = true;
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('.download > button')!.textContent!.trim()).to.equal('Herunterladen');
  });
});
