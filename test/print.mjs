/**
 * Paper and files for the tests, through Chromium (puppeteer):
 * - `executeServerCommand('pdf')` prints the test's page with `page.pdf()` (A4, as a person's
 *   "Save as PDF" would) and returns its text, page by page, read by poppler's `pdftotext`.
 * - `executeServerCommand('svg-document', { svg })` opens an SVG string as a document of its own
 *   (a file, not a part of the page) and says whether it parsed, with its root's name and size.
 */
import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

export function printCommands() {
  return {
    name: 'dateline-print',
    async executeCommand({ command, payload, session }) {
      if (command !== 'pdf' && command !== 'svg-document') return undefined;
      if (session.browser.type !== 'puppeteer') throw new Error(`${command} needs Chromium through puppeteer; ${session.browser.name} is not`);
      const page = session.browser.getPage(session.id);
      const dir = await mkdtemp(join(tmpdir(), 'dateline-'));
      try {
        if (command === 'pdf') {
          // Paper is print media: an earlier test's emulated media (say, screen) would stand in its way.
          await page.emulateMediaType(null);
          await writeFile(join(dir, 'page.pdf'), await page.pdf({ format: 'A4', printBackground: true }));
          const { stdout } = await run('pdftotext', ['-layout', join(dir, 'page.pdf'), '-']).catch((e) => {
            throw new Error(`pdftotext could not read the PDF (${e.message}); install poppler-utils (apt-get install poppler-utils)`);
          });
          return { pages: stdout.split('\f').filter((p) => p.trim()) };
        }
        await writeFile(join(dir, 'drawing.svg'), payload.svg);
        const other = await page.browser().newPage();
        try {
          await other.goto(`file://${join(dir, 'drawing.svg')}`);
          return await other.evaluate(() => ({
            parsed: !document.querySelector('parsererror'),
            root: document.documentElement.localName,
            namespace: document.documentElement.namespaceURI,
            width: document.documentElement.getAttribute('width'),
            height: document.documentElement.getAttribute('height'),
          }));
        } finally {
          await other.close();
        }
      } finally {
        await rm(dir, { recursive: true, force: true });
      }
    },
  };
}
