// The exported SVG where only Chromium's tooling reaches (web-test-runner.config.mjs names why):
// opened as a file of its own through puppeteer (test/print.mjs), and drawn in the dark scheme,
// which needs media emulation.
import { expect } from '@open-wc/testing';
import { emulateMedia, executeServerCommand } from '@web/test-runner-commands';
import { mount, parse, showcase } from './export-helpers.js';

describe('toSVG, outside the page and in the dark', () => {
  afterEach(() => emulateMedia({ colorScheme: 'light' }));

  it('parses as a file of its own, outside the page', async () => {
    const el = await mount([...showcase, { id: 'odd', start: '2024-10-05', title: 'Ampersands & <angles> "quoted"' }]);
    const result = (await executeServerCommand('svg-document', { svg: el.toSVG({ width: 800 }) })) as Record<string, unknown>;
    expect(result).to.include({ parsed: true, root: 'svg', namespace: 'http://www.w3.org/2000/svg', width: '800' });
  });

  it('takes its colours from the element as shown in the dark scheme', async () => {
    await emulateMedia({ colorScheme: 'dark' });
    const el = await mount(showcase);
    expect(parse(el.toSVG()).querySelector('svg > rect')!.getAttribute('fill')).to.equal('#0d1117');
    el.style.setProperty('--dateline-background', 'rebeccapurple');
    expect(parse(el.toSVG()).querySelector('svg > rect')!.getAttribute('fill')).to.equal('#663399');
  });
});
