// Screenshots of every Storybook story at 1200px and 360px, light and dark, via headless Chromium.
// Usage: npm run build-storybook && node scripts/screenshots.mjs [filter] [outdir]
import puppeteer from 'puppeteer-core';
import { mkdir, readFile } from 'node:fs/promises';
import { serve } from './serve.mjs';

export const CHROME_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];
const filter = process.argv[2] ?? '';
const out = process.argv[3] ?? 'screenshots';
await mkdir(out, { recursive: true });
const index = JSON.parse(await readFile('storybook-static/index.json', 'utf8'));
const stories = Object.values(index.entries).filter((e) => e.type === 'story' && e.id.includes(filter));
const server = await serve('storybook-static');
const origin = `http://127.0.0.1:${server.address().port}`;
const browser = await puppeteer.launch({ executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium', headless: true, args: CHROME_ARGS });
const errors = [];
try {
  const page = await browser.newPage();
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  page.on('pageerror', (e) => errors.push(String(e)));
  for (const story of stories) {
    for (const width of [1200, 360]) {
      for (const scheme of ['light', 'dark']) {
        await page.setViewport({ width, height: 800 });
        await page.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: scheme }]);
        await page.goto(`${origin}/iframe.html?id=${story.id}&viewMode=story`, { waitUntil: 'load' });
        await page.waitForFunction(() => document.querySelector('dateline-timeline')?.shadowRoot?.querySelector('[role=region]'), { timeout: 60_000 });
        await page.evaluate(`document.body.style.background = '${scheme === 'dark' ? '#0d1117' : '#fff'}'`);
        await new Promise((r) => setTimeout(r, 1000));
        const path = `${out}/${story.id}-${width}-${scheme}.png`;
        // Grow the viewport to the page instead of fullPage, whose capture can miss layers here.
        const height = await page.evaluate('document.documentElement.scrollHeight');
        await page.setViewport({ width, height: Math.max(400, Math.min(4000, height)) });
        await new Promise((r) => setTimeout(r, 300));
        await page.screenshot({ path });
        console.log(path);
      }
    }
  }
} finally {
  await browser.close();
  server.close();
}
if (errors.length) console.log('console errors:\n' + errors.join('\n'));
