// A fresh headless Chromium (software rendering, as every figure in RESULTS.md) showing
// bench/page.html with Dateline's bundle loaded: the start of bench/frame-cost.mjs and
// bench/first-render.mjs. `server` is scripts/serve.mjs's server for the repository.
import puppeteer from 'puppeteer-core';

export async function openBenchPage(server) {
  const browser = await puppeteer.launch({ executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium', headless: true, args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'] });
  const page = await browser.newPage();
  await page.setViewport({ width: 1280, height: 800 });
  await page.goto(`http://127.0.0.1:${server.address().port}/bench/page.html`);
  await page.addScriptTag({ type: 'module', url: '/dist/dateline.bundle.js' });
  await page.waitForFunction(() => customElements.get('dateline-timeline'));
  return { browser, page };
}
