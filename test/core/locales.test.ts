import { expect } from '@open-wc/testing';
import { MESSAGES, isRtlLocale, messagesFor } from '../../src/core/locales.js';
import { en } from '../../src/core/messages.js';

describe('shipped messages', () => {
  it('ship English, Korean, Ukrainian, Russian, French, German, Spanish and Arabic, each complete', () => {
    expect(Object.keys(MESSAGES).sort()).to.deep.equal(['ar', 'de', 'en', 'es', 'fr', 'ko', 'ru', 'uk']);
    for (const [lang, m] of Object.entries(MESSAGES)) {
      expect(Object.keys(m).sort(), lang).to.deep.equal(Object.keys(en).sort());
      expect(m.seasons, lang).to.have.length(21);
      expect(m.keys, lang).to.have.length(en.keys.length);
      expect(m.claim('reported', 'X'), lang).to.contain('X');
    }
  });

  it('picks messages by language and knows right-to-left languages', () => {
    expect(messagesFor('ko-KR')).to.equal(MESSAGES.ko);
    expect(messagesFor('pt-BR')).to.equal(en);
    expect(isRtlLocale('ar-EG')).to.equal(true);
    expect(isRtlLocale('fr')).to.equal(false);
  });
});
