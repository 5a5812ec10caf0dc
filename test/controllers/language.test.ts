import { expect } from '@open-wc/testing';
import { LanguageController } from '../../src/controllers/language.js';
import { host } from './host.js';

describe('LanguageController', () => {
  const original = document.documentElement.lang;
  afterEach(() => (document.documentElement.lang = original));

  it('resolves locale, else the nearest lang, else undefined; and skips tags Intl cannot use', async () => {
    const wrapper = document.createElement('div');
    wrapper.lang = 'de';
    document.body.append(wrapper);
    const [h, language] = await host((h) => {
      wrapper.append(h);
      return new LanguageController(h);
    });
    expect(language.locale(undefined)).to.equal('de');
    expect(language.locale('ko')).to.equal('ko');
    expect(language.locale('zz-ZZ-invalid!!')).to.equal(undefined);
    wrapper.removeAttribute('lang');
    document.documentElement.lang = 'fr';
    expect(language.locale(undefined)).to.equal('fr');
    wrapper.remove();
    expect(h.isConnected).to.equal(false);
  });

  it('runs right to left by the nearest dir, else by the language', async () => {
    const [h, language] = await host((h) => new LanguageController(h));
    expect(language.rtl('ar')).to.equal(true);
    expect(language.rtl('en')).to.equal(false);
    document.body.dir = 'ltr';
    expect(language.rtl('ar')).to.equal(false);
    document.body.removeAttribute('dir');
    h.remove();
  });

  it('asks for an update when a lang or dir changes on the page, until disconnected', async () => {
    const [h] = await host((h) => new LanguageController(h));
    document.documentElement.lang = 'uk';
    await new Promise((r) => setTimeout(r));
    expect(h.updates).to.be.at.least(1);
    h.remove();
    h.updates = 0;
    document.documentElement.lang = 'ru';
    await new Promise((r) => setTimeout(r));
    expect(h.updates).to.equal(0);
  });
});
