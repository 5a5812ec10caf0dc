// npm run bench: Dateline and vis-timeline on the same generated data in one headless Chromium
// run, for 1k, 10k and 100k events (BENCH_SIZES=1000,10000 to choose), Dateline three times per
// size (BENCH_RUNS). Prints a table of first render, zoom-frame p95 and median, DOM nodes and heap
// growth, with ratios, then Dateline's arrow-key steps and list-view opening, and writes
// bench/results.json. How each figure is taken is written in bench/RESULTS.md.
// Needs `npm run build` first (it loads dist/dateline.bundle.js, as an embedding page would).
import puppeteer from 'puppeteer-core';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { gzipSync } from 'node:zlib';
import { cpus, totalmem } from 'node:os';
import { serve } from '../scripts/serve.mjs';
import { datelineCsv } from '../scripts/csv-data.mjs';

const SIZES = (process.env.BENCH_SIZES ?? '1000,10000,100000').split(',').map(Number);
const VIS_LIMIT_MS = Number(process.env.BENCH_VIS_LIMIT_MS ?? 60_000);
const STEPS = 30;
const PRESSES = 10;
const RUNS = Number(process.env.BENCH_RUNS ?? 3);
/** BENCH_PARTS=append,export runs only those parts (render, cycles, csv, filter, export, append, changes, feed); all by default. */
const PARTS = new Set((process.env.BENCH_PARTS ?? 'render,cycles,csv,filter,export,append,changes,feed').split(','));
const sorted = (xs) => [...xs].sort((a, b) => a - b);
const p95 = (xs) => sorted(xs)[Math.min(xs.length - 1, Math.floor(xs.length * 0.95))];
const median = (xs) => sorted(xs)[xs.length >> 1];
const ARGS = ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--js-flags=--expose-gc', '--enable-precise-memory-info'];
const VIS = '/node_modules/vis-timeline/standalone/umd/vis-timeline-graph2d.min.js';

/** Loads the bundle into `page`, as an embedding page would, and waits for the element. */
async function addBundle(page) {
  await page.addScriptTag({ type: 'module', url: '/dist/dateline.bundle.js' });
  await page.waitForFunction(() => customElements.get('dateline-timeline'));
}

/**
 * Measures Dateline in the page: first render, 30 Ctrl+wheel zoom steps, nodes, heap, then 10 →
 * presses at the full view and the opening of the list view.
 */
async function dateline(page, count) {
  await addBundle(page);
  return page.evaluate(
    async (count, steps, presses) => {
      const { events, iso } = window.makeData(count);
      const data = events.map((e) => ({ id: e.id, group: e.group, title: e.title, start: iso(e.start), end: e.end && iso(e.end) }));
      const el = document.createElement('dateline-timeline');
      el.style.width = '1200px';
      el.label = 'Benchmark';
      document.getElementById('host').append(el);
      await el.updateComplete;
      const heap0 = window.heap();
      const t0 = performance.now();
      el.events = data;
      await el.updateComplete;
      await window.painted();
      const first = performance.now() - t0;
      const viewport = el.shadowRoot.querySelector('.viewport');
      const r = viewport.getBoundingClientRect();
      const times = [];
      for (let i = 0; i < steps; i++) {
        await window.frame();
        times.push(
          await window.zoomFrame(() =>
            viewport.dispatchEvent(new WheelEvent('wheel', { deltaY: -10, ctrlKey: true, bubbles: true, cancelable: true, clientX: r.left + r.width / 2, clientY: r.top + 40 })),
          ),
        );
      }
      const nodes = el.shadowRoot.querySelectorAll('*').length;
      const heap = (window.heap() - heap0) / 1048576;
      // Arrow keys over the whole data: each press to the end of the frame after focus moved.
      el.fit();
      await el.updateComplete;
      await window.frame();
      el.shadowRoot.querySelector('[tabindex="0"]').focus();
      const keys = [];
      for (let i = 0; i < presses; i++) {
        await window.frame();
        const key = new KeyboardEvent('keydown', { key: 'ArrowRight', bubbles: true, composed: true, cancelable: true });
        keys.push(await window.zoomFrame(() => el.shadowRoot.activeElement.dispatchEvent(key), () => el.updateComplete));
      }
      // The list view: opening it, to the end of the first frame that shows it.
      const toggle = el.shadowRoot.querySelector('.toolbar button[aria-pressed]');
      await window.frame();
      const t1 = performance.now();
      toggle.click();
      await el.updateComplete;
      await window.painted();
      const list = performance.now() - t1;
      return { first, times, nodes, heap, keys, list };
    },
    count,
    STEPS,
    PRESSES,
  );
}

/** Measures vis-timeline in the page: construction to its first `changed`, 30 zoomIn steps, nodes, heap. */
async function vis(page, count) {
  await page.addScriptTag({ url: VIS });
  return page.evaluate(
    async (count, steps) => {
      const { events } = window.makeData(count);
      const items = new vis.DataSet(events.map((e) => ({ id: e.id, group: e.group, content: e.title, start: new Date(e.start), end: e.end ? new Date(e.end) : undefined })));
      const groups = new vis.DataSet(Array.from({ length: 8 }, (_, i) => ({ id: `g${i}`, content: `Lane ${i + 1}` })));
      const host = document.getElementById('host');
      const heap0 = window.heap();
      const t0 = performance.now();
      const timeline = new vis.Timeline(host, items, groups, { width: '1200px', height: '600px' });
      await new Promise((r) => timeline.once('changed', r));
      await window.painted();
      const first = performance.now() - t0;
      const times = [];
      for (let i = 0; i < steps; i++) {
        await window.frame();
        let changed;
        times.push(
          await window.zoomFrame(() => {
            changed = new Promise((r) => timeline.once('changed', r));
            timeline.zoomIn(0.13, { animation: false });
          }, () => changed),
        );
      }
      const nodes = host.querySelectorAll('*').length;
      const heap = (window.heap() - heap0) / 1048576;
      timeline.destroy();
      return { first, zoomP95: window.p95(times), zoomMedian: window.median(times), nodes, heap };
    },
    count,
    STEPS,
  );
}

/** Heap growth (MB) after 50 mount/unmount cycles of a 1,000-event Dateline, after a forced GC. */
async function mountCycles(page) {
  await addBundle(page);
  return page.evaluate(async () => {
    const { events, iso } = window.makeData(1000);
    const data = events.map((e) => ({ id: e.id, group: e.group, title: e.title, start: iso(e.start), end: e.end && iso(e.end) }));
    const cycle = async () => {
      const el = document.createElement('dateline-timeline');
      el.style.width = '1200px';
      el.events = data;
      document.getElementById('host').append(el);
      await el.updateComplete;
      el.remove();
    };
    for (let i = 0; i < 5; i++) await cycle(); // warm up caches and JIT first
    // Let pending timers and microtasks settle, then collect twice: one GC leaves noise of a few MB.
    const settled = async () => {
      await new Promise((r) => setTimeout(r, 500));
      window.heap();
      return window.heap();
    };
    const before = await settled();
    for (let i = 0; i < 50; i++) await cycle();
    const after50 = await settled();
    for (let i = 0; i < 50; i++) await cycle();
    const after100 = await settled();
    return { heap: (after50 - before) / 1048576, heap100: (after100 - before) / 1048576 };
  });
}

/**
 * Loading a CSV of `count` rows by `src`: from setting `src` to the first painted frame of its
 * events, with whether the loading state showed the share received meanwhile.
 */
async function loadCsv(page, count) {
  await addBundle(page);
  return page.evaluate(async (src) => {
    const el = document.createElement('dateline-timeline');
    el.style.width = '1200px';
    el.label = 'Benchmark';
    document.getElementById('host').append(el);
    await el.updateComplete;
    const shown = new Set();
    let watching = true;
    const watch = () => {
      const status = el.shadowRoot.querySelector('[part~=status]')?.textContent.trim();
      if (status) shown.add(status);
      if (watching) requestAnimationFrame(watch);
    };
    const loaded = new Promise((resolve) => el.addEventListener('dateline-load', resolve, { once: true }));
    const t0 = performance.now();
    el.src = src;
    watch();
    const { detail } = await loaded;
    await el.updateComplete;
    await window.painted();
    const first = performance.now() - t0;
    watching = false;
    return { first, count: detail.count, progress: [...shown].filter((s) => /\d%/.test(s)) };
  }, `/tmp/bench-${count}.csv`);
}

/**
 * Changing `filter.text` at `count` events, as a person types: each value from assigning it to the
 * end of the frame painted after it, with the filter bar shown. "E" matches every event; each
 * further key narrows.
 */
async function filterTyping(page, count) {
  await addBundle(page);
  return page.evaluate(async (count) => {
    // Typed into the bar: with the bar shown, the events' text is folded while the page is idle.
    const { el } = await window.mountDateline(count, (el) => (el.filterBar = true));
    await new Promise((r) => setTimeout(r, 1500));
    const steps = [];
    for (const text of ['E', 'Ev', 'Eve', 'Even', 'Event', 'Event ', 'Event 1', 'Event 12', 'Event 123', 'Event 1234', '']) {
      await window.frame();
      const t0 = performance.now();
      const updated = window.updated(el);
      el.filter = { text };
      await updated;
      const ms = performance.now() - t0;
      // Lanes that turn into rows of labels do so over the next frames: the last of them.
      await el.updateComplete;
      await window.painted();
      steps.push({ text, ms, settled: performance.now() - t0, shown: el.shadowRoot.querySelectorAll('[part~=event]').length });
    }
    return { steps };
  }, count);
}

/**
 * `toSVG()` of every event at `count` events, the element 1200px wide: each of six calls timed (the
 * first lays out the whole range; the others reuse the base scale and lane columns), with the
 * document's size and how many events it draws alone.
 */
async function exportSvg(page, count) {
  await addBundle(page);
  return page.evaluate(async (count) => {
    const { el, events, iso } = await window.mountDateline(count);
    el.zoomTo(iso(events[0].start), iso(events[Math.min(events.length - 1, 50)].start));
    await el.updateComplete;
    const times = [];
    let svg = '';
    for (let i = 0; i < 6; i++) {
      const t0 = performance.now();
      svg = el.toSVG();
      times.push(performance.now() - t0);
    }
    return { times, kib: svg.length / 1024, alone: svg.split('<g data-id=').length - 1 };
  }, count);
}

/**
 * A live feed at `count` events: a new array that reuses the event objects plus 1 or 100 new ones,
 * from assigning it to the painted frame; and, for comparison, the same events as new objects
 * (read whole).
 */
async function appendEvents(page, count) {
  await addBundle(page);
  return page.evaluate(async (count) => {
    const { el, events, iso } = await window.mountDateline(count);
    let n = 0;
    // A feed's events are the latest (the generated events are not in time order).
    const latest = events.reduce((t, e) => Math.max(t, e.start), -Infinity);
    const fresh = (k, at = () => latest + n * 60_000) => Array.from({ length: k }, () => ({ id: `live-${n++}`, group: 'g1', title: `Live ${n}`, start: iso(at()) }));
    const time = async (next) => {
      await window.frame();
      const t0 = performance.now();
      el.events = next;
      await el.updateComplete;
      await window.painted();
      return performance.now() - t0;
    };
    const one = [];
    for (let i = 0; i < 5; i++) one.push(await time([...el.events, ...fresh(1)]));
    const hundred = [];
    for (let i = 0; i < 3; i++) hundred.push(await time([...el.events, ...fresh(100)]));
    // An event that comes in late, at a random earlier time: every later event moves one place.
    const middle = [];
    for (let i = 0; i < 3; i++) middle.push(await time([...el.events, ...fresh(1, () => events[(n * 7919) % events.length].start)]));
    const whole = await time(el.events.map((e) => ({ ...e })));
    return { one, hundred, middle, whole };
  }, count);
}

/**
 * The other changes at `count` events, each to the painted frame, three times: a resize (1200 →
 * 1000 px and back), the switch to the vertical layout and back, opening a cluster (a click on
 * the first in view, from the full view), fit() and zoomTo() a year.
 */
async function interactions(page, count) {
  await addBundle(page);
  return page.evaluate(async (count) => {
    const { el } = await window.mountDateline(count);
    // The first painted frame of the change, and (when lanes turned into rows of labels over the next frames) the last.
    const time = async (change) => {
      await window.frame();
      const t0 = performance.now();
      const updated = window.updated(el);
      await change();
      await updated;
      const first = performance.now() - t0;
      await el.updateComplete;
      await window.painted();
      return { first, settled: performance.now() - t0 };
    };
    const out = { resize: [], vertical: [], horizontal: [], cluster: [], fit: [], zoomTo: [] };
    for (let i = 0; i < 3; i++) {
      out.resize.push(await time(() => (el.style.width = i % 2 ? '1200px' : '1000px')));
      out.vertical.push(await time(() => (el.layout = 'vertical')));
      out.horizontal.push(await time(() => (el.layout = 'horizontal')));
      el.fit();
      await el.updateComplete;
      await window.painted();
      const cluster = el.shadowRoot.querySelector('.cluster');
      out.cluster.push(cluster ? await time(() => cluster.click()) : { first: NaN, settled: NaN });
      out.fit.push(await time(() => el.fit()));
      out.zoomTo.push(await time(() => el.zoomTo(`${2010 + i}-01-01`, `${2010 + i}-12-31`)));
    }
    return out;
  }, count);
}

/**
 * A live feed while a person zooms: `count` events, 10 more appended every second for 30 s (a new
 * array reusing the objects), while Ctrl+wheel steps zoom in and out every 100 ms around the
 * middle. Every frame's interval is recorded; a frame is dropped when an interval spans more than
 * one and a half frames (over 25 ms at 60 Hz), and counted as the frames it skipped.
 */
async function liveFeed(page, count) {
  await addBundle(page);
  return page.evaluate(async (count) => {
    const { el, events, iso } = await window.mountDateline(count);
    const viewport = el.shadowRoot.querySelector('.viewport');
    const box = viewport.getBoundingClientRect();
    let n = 0;
    // A feed's events are the latest (the generated events are not in time order).
    const last = events.reduce((t, e) => Math.max(t, e.start), -Infinity);
    const feed = setInterval(() => {
      const next = Array.from({ length: 10 }, () => ({ id: `feed-${n++}`, group: `g${n % 8}`, title: `Feed ${n}`, start: iso(last + n * 3_600_000) }));
      el.events = [...el.events, ...next];
    }, 1000);
    let step = 0;
    const zoom = setInterval(() => {
      // Ten steps in, ten out, around the middle of the plot.
      const deltaY = Math.floor(step++ / 10) % 2 ? 40 : -40;
      viewport.dispatchEvent(new WheelEvent('wheel', { deltaY, ctrlKey: true, clientX: box.left + box.width / 2, clientY: box.top + 40, bubbles: true, cancelable: true }));
    }, 100);
    const intervals = [];
    await new Promise((resolve) => {
      let previous = performance.now();
      const end = previous + 30_000;
      const tick = (now) => {
        intervals.push(now - previous);
        previous = now;
        if (now < end) requestAnimationFrame(tick);
        else resolve();
      };
      requestAnimationFrame(tick);
    });
    clearInterval(feed);
    clearInterval(zoom);
    const frame = 1000 / 60;
    const dropped = intervals.reduce((sum, t) => sum + (t > 1.5 * frame ? Math.round(t / frame) - 1 : 0), 0);
    const sorted = [...intervals].sort((a, b) => a - b);
    return { frames: intervals.length, dropped, p95: sorted[Math.floor(sorted.length * 0.95)], worst: sorted[sorted.length - 1], appended: n };
  }, count);
}

async function measure(browser, origin, fn, count, limit) {
  const page = await browser.newPage();
  await page.setViewport({ width: 1280, height: 800 });
  await page.goto(`${origin}/bench/page.html`, { waitUntil: 'load' });
  let timer;
  try {
    return await Promise.race([fn(page, count), new Promise((_, reject) => (timer = setTimeout(() => reject(new Error('timeout')), limit)))]);
  } catch (error) {
    return { skipped: String(error.message ?? error) };
  } finally {
    // A pending limit would keep the process alive for minutes after the run.
    clearTimeout(timer);
    await page.close().catch(() => {});
  }
}

const server = await serve('.');
const origin = `http://127.0.0.1:${server.address().port}`;
const browser = await puppeteer.launch({ executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium', headless: true, args: ARGS, protocolTimeout: 600_000 });
const results = [];
let cycles;
// A CSV to load by src, written where the static server serves it (tmp/ is not committed).
const CSV_ROWS = 100_000;
await mkdir('tmp', { recursive: true });
await writeFile(`tmp/bench-${CSV_ROWS}.csv`, datelineCsv(CSV_ROWS));
const loads = [];
const FILTER_EVENTS = 100_000;
const typing = [];
const EXPORT_SIZES = SIZES.filter((n) => n <= 10_000);
/** A change's first painted frame, and in brackets its last (lanes turn into rows of labels over the frames after the first). */
const withLabels = ({ first, settled }) => `${first.toFixed(0)} (${settled.toFixed(0)})`;
const exports = [];
const APPEND_EVENTS = Math.max(...SIZES);
const appends = [];
const feeds = [];
const changes = [];
const chromium = await browser.version();
try {
  for (const count of PARTS.has('render') ? SIZES : []) {
    // Dateline runs RUNS times, each in a fresh page: the first render is the median run's, the
    // zoom frames are pooled (30 × RUNS), the rest come from the median run.
    const runs = [];
    for (let r = 0; r < RUNS; r++) runs.push(await measure(browser, origin, dateline, count, 300_000));
    const ok = runs.filter((x) => !x.skipped).sort((a, b) => a.first - b.first);
    const times = ok.flatMap((x) => x.times);
    const keys = ok.flatMap((x) => x.keys);
    const d = ok.length
      ? { ...ok[(ok.length - 1) >> 1], firsts: ok.map((x) => x.first), zoomP95: p95(times), zoomMedian: median(times), times: undefined, keyP95: p95(keys), keyMedian: median(keys), keys: undefined }
      : runs[0];
    const v = await measure(browser, origin, vis, count, VIS_LIMIT_MS);
    results.push({ count, dateline: d, vis: v });
    console.error(`measured ${count}`);
  }
  cycles = PARTS.has('cycles') ? await measure(browser, origin, mountCycles, 0, 120_000) : { skipped: 'not run' };
  for (let r = 0; r < (PARTS.has('csv') ? RUNS : 0); r++) loads.push(await measure(browser, origin, loadCsv, CSV_ROWS, 120_000));
  for (let r = 0; r < (PARTS.has('filter') ? RUNS : 0); r++) typing.push(await measure(browser, origin, filterTyping, FILTER_EVENTS, 120_000));
  for (const count of PARTS.has('export') ? EXPORT_SIZES : []) exports.push({ count, ...(await measure(browser, origin, exportSvg, count, 120_000)) });
  for (let r = 0; r < (PARTS.has('append') ? RUNS : 0); r++) appends.push(await measure(browser, origin, appendEvents, APPEND_EVENTS, 180_000));
  for (let r = 0; r < (PARTS.has('changes') ? RUNS : 0); r++) changes.push(await measure(browser, origin, interactions, APPEND_EVENTS, 180_000));
  for (let r = 0; r < (PARTS.has('feed') ? RUNS : 0); r++) feeds.push(await measure(browser, origin, liveFeed, APPEND_EVENTS, 180_000));
} finally {
  await browser.close();
  server.close();
}

const gz = async (path) => gzipSync(await readFile(path), { level: 9 }).length / 1024;
const sizes = { dateline: await gz('dist/dateline.bundle.js'), vis: await gz(`.${VIS}`) };
const ms = (x) => (x === undefined ? '–' : `${x.toFixed(0)} ms`);
const ratio = (a, b) => (a && b ? `${(b / a).toFixed(1)}×` : '–');
const rows = results.map(({ count, dateline: d, vis: v }) =>
  [
    count.toLocaleString('en-GB'),
    d.firsts?.length > 1 ? `${ms(d.first)} (${d.firsts.map((x) => x.toFixed(0)).join(', ')})` : ms(d.first),
    v.skipped ? `skipped (${v.skipped === 'timeout' ? `over ${VIS_LIMIT_MS / 1000} s` : v.skipped})` : ms(v.first),
    ratio(d.first, v.first),
    d.zoomP95 === undefined ? '–' : `${d.zoomP95.toFixed(1)} ms (${d.zoomMedian.toFixed(1)})`,
    v.zoomP95 === undefined ? '–' : `${v.zoomP95.toFixed(1)} ms (${v.zoomMedian.toFixed(1)})`,
    String(d.nodes ?? '–'),
    String(v.nodes ?? '–'),
    d.heap === undefined ? '–' : `${d.heap.toFixed(1)} MB`,
    v.heap === undefined ? '–' : `${v.heap.toFixed(1)} MB`,
  ].join(' | '),
);
const machine = `${cpus().length} × ${cpus()[0]?.model ?? 'CPU'}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}, ${chromium}`;
const table = [
  `Dateline vs vis-timeline 8.5.4 — ${new Date().toISOString().slice(0, 10)} — ${machine}`,
  '',
  '| events | Dateline first render | vis-timeline first render | Dateline faster by | Dateline zoom frame p95 (median) | vis zoom frame p95 (median) | Dateline DOM nodes | vis DOM nodes | Dateline heap | vis heap |',
  '|---|---|---|---|---|---|---|---|---|---|',
  ...rows.map((r) => `| ${r} |`),
  '',
  `Bundle size, gzip -9: Dateline ${sizes.dateline.toFixed(1)} KiB (dist/dateline.bundle.js), vis-timeline ${sizes.vis.toFixed(1)} KiB (standalone UMD, minified).`,
  `Dateline arrow-key step at the full view (a press to the end of the frame after focus moved; p95 and median of ${PRESSES} presses per run): ${results.map(({ count, dateline: d }) => `${count.toLocaleString('en-GB')}: ${d.keyP95 === undefined ? '–' : `${d.keyP95.toFixed(1)} ms (${d.keyMedian.toFixed(1)})`}`).join('; ')}.`,
  `Dateline list view, opening it to its first painted frame (median run): ${results.map(({ count, dateline: d }) => `${count.toLocaleString('en-GB')}: ${ms(d.list)}`).join('; ')}.`,
  `Loading a ${CSV_ROWS.toLocaleString('en-GB')}-row CSV (${((await readFile(`tmp/bench-${CSV_ROWS}.csv`)).length / 2 ** 20).toFixed(1)} MiB) by src, from setting src to the first painted frame: ${loads.map((l) => (l.skipped ? l.skipped : `${ms(l.first)} (${l.count.toLocaleString('en-GB')} events; progress shown: ${l.progress.length ? l.progress.join(', ') : 'none'})`)).join('; ')}.`,
  `Changing filter.text at ${FILTER_EVENTS.toLocaleString('en-GB')} events, each value to its first painted frame (per run: the values typed, in ms; in brackets, to the last frame it changed, as lanes turn into rows of labels a few per frame): ${typing.map((t) => (t.skipped ? t.skipped : t.steps.map((s) => `${JSON.stringify(s.text)} ${withLabels({ first: s.ms, settled: s.settled })}`).join(', '))).join('; ')}.`,
  `toSVG() of every event, 1200px wide, zoomed in beforehand (each of six calls, in ms; the document's size; events drawn alone): ${exports.map((x) => `${x.count.toLocaleString('en-GB')}: ${x.skipped ?? `${x.times.map((t) => t.toFixed(0)).join(', ')}; ${x.kib.toFixed(0)} KiB; ${x.alone}`}`).join('; ')}.`,
  `A live feed at ${APPEND_EVENTS.toLocaleString('en-GB')} events, a new array reusing the objects, to the painted frame (per run: 1 more event, the latest, ×5; 100 more ×3; 1 more at a random earlier time ×3; all as new objects, read whole): ${appends.map((a) => (a.skipped ? a.skipped : `${a.one.map((t) => t.toFixed(0)).join(', ')} ms; ${a.hundred.map((t) => t.toFixed(0)).join(', ')} ms; ${a.middle.map((t) => t.toFixed(0)).join(', ')} ms; ${a.whole.toFixed(0)} ms`)).join('; ')}.`,
  `Other changes at ${APPEND_EVENTS.toLocaleString('en-GB')} events, to the first painted frame (per run, three each, in ms; in brackets, to the last frame it changed, as lanes turn into rows of labels a few per frame): ${changes.map((c) => (c.skipped ? c.skipped : Object.entries(c).map(([k, v]) => `${k} ${v.map(withLabels).join(', ')}`).join('; '))).join(' | ')}.`,
  `A live feed while zooming at ${APPEND_EVENTS.toLocaleString('en-GB')} events (10 appended a second for 30 s, a Ctrl+wheel step every 100 ms; per run: frames, frames dropped, p95 and worst frame interval): ${feeds.map((f) => (f.skipped ? f.skipped : `${f.frames} frames, ${f.dropped} dropped, p95 ${f.p95.toFixed(1)} ms, worst ${f.worst.toFixed(0)} ms`)).join('; ')}.`,
  `Heap growth after 50 and 100 mount/unmount cycles of a 1,000-event Dateline: ${cycles.heap === undefined ? cycles.skipped : `${cycles.heap.toFixed(2)} and ${cycles.heap100.toFixed(2)} MB`}.`,
].join('\n');
console.log(table);
await writeFile('bench/results.json', JSON.stringify({ date: new Date().toISOString(), machine, results, sizes, cycles, loads, typing, exports, appends, changes, feeds }, null, 2));
