import { expect } from '@open-wc/testing';
import { AnnouncerController } from '../../src/controllers/announcer.js';
import { host } from './host.js';

describe('AnnouncerController', () => {
  it('writes the sentence into the host’s .announcer live region, and does nothing without one', async () => {
    const [h, announcer] = await host((h) => new AnnouncerController(h));
    h.renderRoot.querySelector('.live')!.classList.add('announcer');
    announcer.announce('Showing October 2024');
    expect(h.renderRoot.querySelector('.announcer')!.textContent).to.equal('Showing October 2024');
    h.renderRoot.querySelector('.live')!.classList.remove('announcer');
    announcer.announce('Nothing hears this');
    expect(h.renderRoot.querySelector('.live')!.textContent).to.equal('Showing October 2024');
    h.remove();
  });
});
