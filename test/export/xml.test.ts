import { expect } from '@open-wc/testing';
import { escapeXML, fitText, num } from '../../src/export/xml.js';

/** Every character 7px wide, plus the 4px the element's measure adds. */
const measure = { width: (t: string) => [...t].length * 7 + 4, em: () => 13 };

describe('export text', () => {
  it('escapes markup and replaces characters XML forbids, keeping whole surrogate pairs', () => {
    expect(escapeXML(`<a href="x">'&'</a>`)).to.equal('&lt;a href=&quot;x&quot;&gt;&apos;&amp;&apos;&lt;/a&gt;');
    expect(escapeXML('a\u0000b\u001Fc\uFFFE')).to.equal('a\uFFFDb\uFFFDc\uFFFD');
    expect(escapeXML('tab\tline\nok')).to.equal('tab\tline\nok');
    expect(escapeXML('😀 \uD800 \uDC00')).to.equal('😀 \uFFFD \uFFFD');
  });

  it('cuts a label to its room with an ellipsis, never inside a surrogate pair', () => {
    expect(fitText('Treaty', 100, measure)).to.equal('Treaty');
    expect(fitText('Strategic partnership treaty', 60, measure)).to.equal('Strateg…');
    expect(fitText('😀😀😀😀😀😀', 32, measure)).to.equal('😀😀😀…');
    expect(fitText('Treaty', 5, measure)).to.equal('');
    // At a smaller font size more fits.
    expect(fitText('Strategic partnership', 60, measure, 0.5).length).to.be.above(8);
  });

  it('writes coordinates with at most two decimals', () => {
    expect(num(1 / 3)).to.equal('0.33');
    expect(num(12)).to.equal('12');
    expect(num(-0.004)).to.equal('0');
  });
});
