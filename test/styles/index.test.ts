import { expect } from '@open-wc/testing';
import { MARK, OVERVIEW_HEIGHT, ROW } from '../../src/layout/metrics.js';
import { styles } from '../../src/styles/index.js';

const sheets = styles.map((s) => s.styleSheet!);
const rules = (sheet: CSSStyleSheet): CSSStyleRule[] =>
  [...sheet.cssRules].flatMap((r) => (r instanceof CSSStyleRule ? [r] : r instanceof CSSMediaRule ? rules(r as unknown as CSSStyleSheet) : []));
const all = sheets.flatMap(rules);
const text = sheets.flatMap((s) => [...s.cssRules].map((r) => r.cssText)).join('\n');
/** Private tokens the templates set inline rather than in a sheet. */
const INLINE = ['--_lane-color', '--_era-color'];

describe('styles', () => {
  it('define every private --_ token they use, and use every one they define', () => {
    const used = new Set([...text.matchAll(/var\((--_[\w-]+)/g)].map((m) => m[1]));
    const defined = new Set([...text.matchAll(/(--_[\w-]+):/g)].map((m) => m[1]));
    for (const token of used) expect(defined.has(token) || INLINE.includes(token), `${token} is used but never defined`).to.equal(true);
    for (const token of defined) expect(used.has(token), `${token} is defined but never used`).to.equal(true);
  });

  it('feed every private colour and font token from a public --dateline- property', () => {
    const host = all.find((r) => r.selectorText === ':host')!;
    for (const name of ['--_bg', '--_fg', '--_muted', '--_grid', '--_accent', '--_focus', '--_lane-bg', '--_reference', '--_font', '--_size']) {
      expect(host.style.getPropertyValue(name), name).to.match(/^\s*var\(--dateline-/);
    }
  });

  it('take the row height, the mark and the overview height from the layout’s constants', () => {
    const host = all.find((r) => r.selectorText === ':host')!;
    expect(host.style.getPropertyValue('--_row').trim()).to.equal(`${ROW}px`);
    const mark = all.find((r) => r.selectorText === '.mark')!;
    expect([mark.style.width, mark.style.height]).to.deep.equal([`${MARK}px`, `${MARK}px`]);
    expect(all.find((r) => r.selectorText === '.overview')!.style.height).to.equal(`${OVERVIEW_HEIGHT}px`);
  });

  it('declare each selector in one rule of one sheet', () => {
    const seen = new Map<string, number>();
    for (const sheet of sheets) for (const r of [...sheet.cssRules].filter((r): r is CSSStyleRule => r instanceof CSSStyleRule)) seen.set(r.selectorText, (seen.get(r.selectorText) ?? 0) + 1);
    expect([...seen].filter(([, n]) => n > 1).map(([s]) => s)).to.deep.equal([]);
  });
});
