import { expect } from '@open-wc/testing';
import { createMeasure } from '../../src/render/measure.js';

describe('createMeasure', () => {
  it('measures labels in the host’s font, wider for longer text and a larger font', () => {
    const small = document.createElement('div');
    small.style.font = '13px sans-serif';
    const large = document.createElement('div');
    large.style.font = '26px sans-serif';
    document.body.append(small, large);
    const a = createMeasure(small);
    const b = createMeasure(large);
    expect(a.width('Strike')).to.be.below(a.width('Strike on Kursk'));
    expect(b.width('Strike')).to.be.above(1.8 * a.width('Strike') - 8);
    expect(a.em()).to.equal(13);
    expect(b.em()).to.equal(26);
    small.remove();
    large.remove();
  });

  it('measures at most 300 characters of a title (longer ones are cut anyway)', () => {
    const m = createMeasure(document.body);
    expect(m.width('x'.repeat(300))).to.equal(m.width('x'.repeat(5000)));
  });
});
