import { expect } from '@open-wc/testing';
import { hashOf, idFromHash } from '../../src/controllers/hash-links.js';

describe('hash links', () => {
  it('reads the id of a hash with its prefix, decoded; other hashes name nothing', () => {
    expect(idFromHash('#event-strike', 'event-')).to.equal('strike');
    expect(idFromHash('event-a%20b%2F%C3%BC%23', 'event-')).to.equal('a b/ü#');
    expect(idFromHash('#troops-strike', 'event-')).to.equal(undefined);
    expect(idFromHash('#event-', 'event-')).to.equal(undefined);
    expect(idFromHash('', 'event-')).to.equal(undefined);
    expect(idFromHash('#event-%E0%A4%A', 'event-'), 'a broken escape').to.equal(undefined);
  });

  it('writes hashes that read back as the same id, for any id', () => {
    for (const id of ['strike', 'a b/ü#', '%41', '?q=1&x', '북한', '😀', '#']) expect(idFromHash(hashOf(id, 'p-'), 'p-')).to.equal(id);
    expect(hashOf('a b', 'event-')).to.equal('#event-a%20b');
  });
});
