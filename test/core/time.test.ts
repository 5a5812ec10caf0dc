import { expect } from '@open-wc/testing';
import { anchorTime, DAY, HOUR } from '../../src/core/time.js';

describe('time units', () => {
  it('DAY is 24 HOURs of 3,600,000 ms', () => {
    expect(HOUR).to.equal(3_600_000);
    expect(DAY).to.equal(24 * HOUR);
  });
});

describe('anchorTime', () => {
  it('is the start, or the end for an open start', () => {
    expect(anchorTime({ min: 10, max: 20 })).to.equal(10);
    expect(anchorTime({ min: -Infinity, max: 20 })).to.equal(20);
  });
});
