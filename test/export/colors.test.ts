import { expect } from '@open-wc/testing';
import { mix, parseColor, toHex } from '../../src/export/colors.js';

describe('export colours', () => {
  it('reads the forms a browser normalises colours to', () => {
    expect(parseColor('#0b5cad')).to.deep.equal([11, 92, 173, 1]);
    expect(parseColor('#fff')).to.deep.equal([255, 255, 255, 1]);
    expect(parseColor('#00000080')[3]).to.be.closeTo(0.5, 0.01);
    expect(parseColor('rgb(1, 2, 3)')).to.deep.equal([1, 2, 3, 1]);
    expect(parseColor('rgba(1, 2, 3, 0.25)')).to.deep.equal([1, 2, 3, 0.25]);
    expect(parseColor('rgb(1 2 3 / 0.5)')).to.deep.equal([1, 2, 3, 0.5]);
  });

  it('treats what it cannot read as black rather than passing it into the drawing', () => {
    expect(toHex('url(javascript:alert(1))')).to.equal('#000000');
    expect(toHex('"><script>')).to.equal('#000000');
  });

  it('mixes as color-mix(in srgb) does', () => {
    expect(mix('#000000', '#ffffff', 0.22)).to.equal('#c7c7c7');
    expect(mix('#0b5cad', '#ffffff', 1)).to.equal('#0b5cad');
    expect(mix('#0b5cad', '#ffffff', 0)).to.equal('#ffffff');
  });
});
