import { expect } from '@open-wc/testing';
import { DARK_PALETTE, PALETTE, contrast } from '../../src/core/palette.js';
import { showcaseGroups } from '../../stories/data/showcase.js';

const LIGHT_BACKGROUNDS = ['#ffffff', '#f6f8fa'];
const DARK_BACKGROUNDS = ['#0d1117', '#161b22'];

describe('contrast', () => {
  it('computes WCAG ratios', () => {
    expect(contrast('#000000', '#ffffff')).to.be.closeTo(21, 0.01);
    expect(contrast('#ffffff', '#ffffff')).to.equal(1);
  });

  it('the light palette has 4.5:1 against the light backgrounds', () => {
    for (const c of PALETTE) for (const bg of LIGHT_BACKGROUNDS) expect(contrast(c, bg), `${c} on ${bg}`).to.be.at.least(4.5);
  });

  it('the dark palette has 4.5:1 against the dark backgrounds', () => {
    for (const c of DARK_PALETTE) for (const bg of DARK_BACKGROUNDS) expect(contrast(c, bg), `${c} on ${bg}`).to.be.at.least(4.5);
  });

  it('the showcase lane colours have 3:1 against every background, light and dark', () => {
    for (const { color } of showcaseGroups) {
      for (const bg of [...LIGHT_BACKGROUNDS, ...DARK_BACKGROUNDS]) expect(contrast(color!, bg), `${color} on ${bg}`).to.be.at.least(3);
    }
  });
});
