import { expect } from '@open-wc/testing';
import { createDatelineEvent } from '../src/events.js';

describe('createDatelineEvent', () => {
  it('makes a CustomEvent that bubbles out of shadow roots, with its detail', () => {
    const e = createDatelineEvent('dateline-select', { id: 'a' });
    expect(e).to.be.instanceOf(CustomEvent);
    expect(e.type).to.equal('dateline-select');
    expect(e.detail).to.deep.equal({ id: 'a' });
    expect(e.bubbles).to.equal(true);
    expect(e.composed).to.equal(true);
  });
});
