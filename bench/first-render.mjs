// node bench/first-render.mjs [events=10000] [runs=7]: where the first render's time goes. In a
// fresh page per run (as `npm run bench` measures it: a 1200px element, then `events` assigned),
// the element's update phases and the frame methods inside them are timed by wrapping them, and
// the median of each over the runs is printed, with the time to the end of the update
// (`complete`) and to the end of the first painted frame (`painted`). Method names are Dateline's
// internals, so this is a tool for working on Dateline, not a stable interface. The figures are
// quoted in bench/RESULTS.md. Needs dist/dateline.bundle.js (npm run build).
import { serve } from '../scripts/serve.mjs';
import { openBenchPage } from './open.mjs';

const count = Number(process.argv[2] ?? 10000);
const runs = Number(process.argv[3] ?? 7);
const METHODS = ['willUpdate', '_computeFrame', '_baseScale', '_lanesOf', '_segmentTicks', 'update', 'render', 'updated', '_drawOverview'];
const server = await serve('.');
const all = [];
for (let run = 0; run < runs; run++) {
  const { browser, page } = await openBenchPage(server);
  all.push(
    await page.evaluate(
      async (count, methods) => {
        const { events, iso } = window.makeData(count);
        const data = events.map((e) => ({ id: e.id, group: e.group, title: e.title, start: iso(e.start), end: e.end && iso(e.end) }));
        const el = document.createElement('dateline-timeline');
        el.style.width = '1200px';
        document.getElementById('host').append(el);
        await el.updateComplete;
        const times = {};
        const proto = Object.getPrototypeOf(el);
        for (const name of methods) {
          const original = proto[name];
          proto[name] = function (...args) {
            const t = performance.now();
            const result = original.apply(this, args);
            times[name] = (times[name] ?? 0) + performance.now() - t;
            return result;
          };
        }
        const t0 = performance.now();
        el.events = data;
        await el.updateComplete;
        times.complete = performance.now() - t0;
        await window.painted();
        times.painted = performance.now() - t0;
        return times;
      },
      count,
      METHODS,
    ),
  );
  await browser.close();
}
server.close();
const median = (key) => all.map((t) => t[key] ?? 0).sort((a, b) => a - b)[(runs - 1) >> 1];
console.log(`${count.toLocaleString('en')} events, median of ${runs} fresh pages (ms):`);
for (const key of [...METHODS, 'complete', 'painted']) console.log(`  ${key.padEnd(14)} ${median(key).toFixed(1).padStart(6)}`);
