// node bench/frame-cost.mjs: what a zoom frame costs this machine's Chromium, apart from Dateline's
// own code. 200 cluster pills (Dateline's stylesheet and markup, 8 lanes) are redrawn for 40
// frames in four ways, and the main thread's time per frame is printed (median and p95):
//   move         every pill moved (a transform), as a zoom step that keeps its clusters;
//   move+new36   the same, and 36 pills replaced by new elements, as a step that regrids lanes;
//   canvas       the pills drawn on a canvas instead;
//   canvas+new36 the canvas, and 36 new focusable stand-ins in an off-screen container with
//                `content-visibility: auto` (what a canvas would need for keyboard and screen
//                reader users).
// The figures are quoted in bench/RESULTS.md. Needs dist/dateline.bundle.js (npm run build).
import { serve } from '../scripts/serve.mjs';
import { openBenchPage } from './open.mjs';

const server = await serve('.');
const { browser, page } = await openBenchPage(server);

for (const variant of ['move', 'move+new36', 'canvas', 'canvas+new36']) {
  const result = await page.evaluate(async (variant) => {
    // Dateline's own stylesheet, taken from an element, in a shadow root shaped like its own.
    const probe = document.createElement('dateline-timeline');
    document.body.append(probe);
    await probe.updateComplete;
    const sheets = probe.shadowRoot.adoptedStyleSheets;
    probe.remove();
    const host = document.createElement('div');
    document.getElementById('host').replaceChildren(host);
    const root = host.attachShadow({ mode: 'open' });
    root.adoptedStyleSheets = sheets;
    root.innerHTML = '<div dir="ltr" class="horizontal"><div class="viewport"><div class="plot" style="height: 600px"><div class="marks"></div></div></div></div>';
    const plot = root.querySelector('.plot');
    const lanes = Array.from({ length: 8 }, () => {
      const lane = document.createElement('div');
      lane.className = 'lane-marks';
      lane.style.setProperty('--_lane-color', '#0b5cad');
      root.querySelector('.marks').append(lane);
      return lane;
    });
    let serial = 0;
    const pill = () => {
      const b = document.createElement('div');
      const n = serial++;
      b.setAttribute('role', 'button');
      b.setAttribute('part', 'cluster');
      b.className = 'cluster';
      b.dataset.key = `cluster:e${n}`;
      b.tabIndex = -1;
      b.setAttribute('aria-label', `${n} events, 3 May 2004 – 9 June 2004`);
      b.title = b.getAttribute('aria-label');
      b.textContent = String((n % 97) + 2);
      b.addEventListener('click', () => {});
      return b;
    };
    const at = (i, f) => [(i * 37 + f * 5) % 1200, (i % 8) * 70 + 20];
    let els = [];
    let ctx;
    if (variant.startsWith('canvas')) {
      const canvas = document.createElement('canvas');
      canvas.width = 1200;
      canvas.height = 600;
      canvas.style.cssText = 'position: absolute; left: 0; top: 0';
      plot.append(canvas);
      ctx = canvas.getContext('2d');
      const proxies = document.createElement('div');
      proxies.style.cssText = 'position: absolute; left: -99999px; top: 0; width: 200px; content-visibility: auto; contain-intrinsic-size: 200px 20px';
      plot.append(proxies);
      for (let i = 0; i < 200; i++) els.push(proxies.appendChild(pill()));
    } else for (let i = 0; i < 200; i++) els.push(lanes[i % 8].appendChild(pill()));
    const times = [];
    for (let f = 0; f < 40; f++) {
      await window.frame();
      times.push(
        await window.zoomFrame(() => {
          if (variant.endsWith('new36')) {
            for (let j = 0; j < 36; j++) {
              const i = (f * 36 + j) % 200;
              const b = pill();
              els[i].replaceWith(b);
              els[i] = b;
            }
          }
          if (ctx) {
            ctx.clearRect(0, 0, 1200, 600);
            ctx.fillStyle = '#0b5cad';
            ctx.beginPath();
            for (let i = 0; i < 200; i++) ctx.roundRect(...at(i, f), 30, 24, 12);
            ctx.fill();
            ctx.fillStyle = 'white';
            ctx.font = 'bold 12px sans-serif';
            ctx.textAlign = 'center';
            ctx.textBaseline = 'middle';
            for (let i = 0; i < 200; i++) ctx.fillText(String(((i * 7 + f) % 97) + 2), at(i, f)[0] + 15, at(i, f)[1] + 12);
          } else els.forEach((b, i) => (b.style.transform = `translate(${at(i, f)[0]}px, ${at(i, f)[1]}px)`));
        }),
      );
    }
    return { median: window.median(times), p95: window.p95(times) };
  }, variant);
  console.log(`${variant.padEnd(14)} median ${result.median.toFixed(1)} ms, p95 ${result.p95.toFixed(1)} ms`);
}
await browser.close();
server.close();
