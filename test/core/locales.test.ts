import { expect } from '@open-wc/testing';
import { LANGUAGES, isRtlLocale, loadMessages, messagesFor } from '../../src/core/locales.js';
import { en } from '../../src/core/messages.js';

describe('shipped messages', () => {
  it('ship English, Korean, Ukrainian, Russian, French, German, Spanish and Arabic, each complete', async () => {
    expect([...LANGUAGES].sort()).to.deep.equal(['ar', 'de', 'en', 'es', 'fr', 'ko', 'ru', 'uk']);
    for (const lang of LANGUAGES) await loadMessages(lang);
    for (const lang of LANGUAGES) {
      const m = messagesFor(lang);
      if (lang !== 'en') expect(m, lang).not.to.equal(en);
      expect(Object.keys(m).sort(), lang).to.deep.equal(Object.keys(en).sort());
      expect(m.seasons, lang).to.have.length(21);
      expect(m.keys, lang).to.have.length(en.keys.length);
      expect(m.claim('reported', 'X'), lang).to.contain('X');
    }
  });

  it('loads a language once, on first use, and picks messages by language', async () => {
    const ko = await (loadMessages('ko') ?? messagesFor('ko'));
    expect(loadMessages('ko-KR')).to.equal(null);
    expect(messagesFor('ko-KR')).to.equal(ko);
    expect(loadMessages('pt-BR')).to.equal(null);
    expect(messagesFor('pt-BR')).to.equal(en);
  });

  it('knows right-to-left languages', () => {
    expect(isRtlLocale('ar-EG')).to.equal(true);
    expect(isRtlLocale('fr')).to.equal(false);
  });
});
