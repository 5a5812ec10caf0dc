import { expect } from '@open-wc/testing';
import { en } from '../../src/core/messages.js';

describe('en', () => {
  it('says certainty and source as spoken with an event', () => {
    expect(en.claim('confirmed')).to.equal('');
    expect(en.claim('reported')).to.equal('reported');
    expect(en.claim('confirmed', 'NIS')).to.equal('according to NIS');
    expect(en.claim('claimed', 'Zelensky')).to.equal('claimed by Zelensky');
    expect(en.claim('disputed', 'Reuters')).to.equal('disputed, according to Reuters');
  });

  it('words dates, clusters, pages and the visible range', () => {
    expect(en.approximate('October 2024')).to.equal('about October 2024');
    expect(en.ongoing('August 2023')).to.equal('August 2023 – ongoing');
    expect(en.cluster(12, '1 – 18 October 2024')).to.equal('12 events, 1 – 18 October 2024');
    expect(en.listPage('101', '200', '10,000')).to.equal('Events 101–200 of 10,000');
    expect(en.showing('October 2024')).to.equal('Showing October 2024');
    expect(en.reference('18 October 2024')).to.equal('Published 18 October 2024');
  });

  it('names 21 seasons and lists every key the keyboard handles', () => {
    expect(en.seasons).to.have.length(21);
    expect(en.keys.map(([k]) => k)).to.include.members(['Home End', 'Escape', '+ −', '0', '?']);
  });

  it('holds only strings that the element uses (no dead entries)', () => {
    expect(Object.keys(en)).not.to.include('events');
  });
});
