import { expect } from '@open-wc/testing';
import { fold, isActive, matchItems, narrows } from '../../src/core/match.js';
import { validateEvents } from '../../src/core/validate.js';
import type { TimelineEvent } from '../../src/types.js';

const events: TimelineEvent[] = [
  { id: 'kursk', start: '2024-10', title: 'Troops reported near Kursk', group: 'russia', tags: ['troops', 'kursk'], certainty: 'reported' },
  { id: 'pyongyang', start: '2024-06', title: 'Treaty signed in Pyongyang', description: 'A mutual défense clause.', group: 'north-korea', tags: ['treaty'] },
  { id: 'ko', start: '2024-10-18', title: '북한군 러시아 파병', group: 'south-korea', source: { name: '국가정보원' }, certainty: 'claimed' },
  { id: 'uk', start: '2024-10-17', title: 'Зеленський: війська КНДР готуються', group: 'ukraine', displayDate: 'у четвер', certainty: 'disputed' },
  { id: 'ru', start: '2024-10-19', title: 'Ёлка у Кремля', group: 'russia' },
  { id: 'ar', start: '2024-10-20', title: 'قُوّات كوريّة شماليّة', group: '' },
];
const { events: items } = validateEvents(events);
const ids = (keep: Uint8Array | null) => (keep ? items.filter((_, i) => keep[i]).map((it) => it.id) : 'all');

describe('fold', () => {
  it('ignores case and accents, in the language given', () => {
    expect(fold('Défense ÉTÉ')).to.equal('defense ete');
    expect(fold('İstanbul', 'tr')).to.equal('istanbul');
    expect(fold('Ёлка Йошкар-Ола')).to.equal('елка иошкар-ола');
    expect(fold('قُوّات')).to.equal('قوات');
    expect(fold('كـــوريا')).to.equal('كوريا');
  });
});

describe('matchItems', () => {
  it('leaves nothing out without a filter, or with an empty one', () => {
    for (const f of [null, undefined, {}, { text: '  ' }, { groups: [] }, { text: 5 } as never]) expect(ids(matchItems(items, f, 'en')), JSON.stringify(f)).to.equal('all');
    expect(isActive({ tags: ['x'] })).to.equal(true);
  });

  it('matches text in title, description, source name and original phrase, every word, ignoring case and accents', () => {
    expect(ids(matchItems(items, { text: 'KURSK' }, 'en'))).to.deep.equal(['kursk']);
    expect(ids(matchItems(items, { text: 'defense' }, 'en'))).to.deep.equal(['pyongyang']);
    expect(ids(matchItems(items, { text: 'treaty pyongyang' }, 'en'))).to.deep.equal(['pyongyang']);
    expect(ids(matchItems(items, { text: 'treaty kursk' }, 'en'))).to.deep.equal([]);
  });

  it('works for Korean, Ukrainian, Russian and Arabic', () => {
    expect(ids(matchItems(items, { text: '파병' }, 'ko'))).to.deep.equal(['ko']);
    // A syllable being typed matches by its letters, and the source name is searched.
    expect(ids(matchItems(items, { text: '국가정' }, 'ko'))).to.deep.equal(['ko']);
    expect(ids(matchItems(items, { text: 'ЗЕЛЕНСЬКИЙ четвер' }, 'uk'))).to.deep.equal(['uk']);
    expect(ids(matchItems(items, { text: 'елка' }, 'ru'))).to.deep.equal(['ru']);
    expect(ids(matchItems(items, { text: 'قوات' }, 'ar'))).to.deep.equal(['ar']);
  });

  it('takes any value within a set, and every set given', () => {
    expect(ids(matchItems(items, { groups: ['russia', 'ukraine'] }, 'en'))).to.deep.equal(['kursk', 'uk', 'ru']);
    expect(ids(matchItems(items, { groups: ['russia'], certainty: ['reported'] }, 'en'))).to.deep.equal(['kursk']);
    expect(ids(matchItems(items, { tags: ['treaty', 'troops'] }, 'en'))).to.deep.equal(['kursk', 'pyongyang']);
    expect(ids(matchItems(items, { certainty: ['confirmed'] }, 'en'))).to.deep.equal(['pyongyang', 'ru', 'ar']);
    expect(ids(matchItems(items, { groups: [''] }, 'en'))).to.deep.equal(['ar']);
  });

  it('takes a predicate, leaving out the events it throws for', () => {
    expect(ids(matchItems(items, (e) => e.id.length === 2, 'en'))).to.deep.equal(['ko', 'uk', 'ru', 'ar']);
    expect(
      ids(
        matchItems(
          items,
          (e) => {
            if (e.id === 'ko') throw new Error('no');
            return true;
          },
          'en',
        ),
      ),
    ).to.not.include('ko');
  });
});

describe('narrows', () => {
  it('holds when every earlier word is within a later one and the sets are the same', () => {
    expect(narrows({ text: 'Kurs' }, { text: 'Kur' }, 'en')).to.equal(true);
    expect(narrows({ text: 'troops kursk' }, { text: 'Kursk' }, 'en')).to.equal(true);
    expect(narrows({ text: 'ÉLKA', groups: ['russia'] }, { text: 'elk', groups: ['russia'] }, 'en')).to.equal(true);
    expect(narrows({ text: 'Kur' }, { text: 'Kurs' }, 'en')).to.equal(false);
    expect(narrows({ text: 'Kursk', groups: ['russia'] }, { text: 'Kur' }, 'en')).to.equal(false);
    expect(narrows({ text: 'Kursk' }, (e) => e.id === 'kursk', 'en')).to.equal(false);
    expect(narrows({ text: 'Kursk' }, null, 'en')).to.equal(false);
  });

  it('gives the same matches testing only the earlier ones as testing all', () => {
    const sets = { groups: ['russia', 'ukraine'], certainty: ['reported', 'disputed', 'confirmed'] as NonNullable<TimelineEvent['certainty']>[] };
    const keep = matchItems(items, { ...sets, text: 'к' }, 'uk')!;
    expect(ids(matchItems(items, { ...sets, text: 'кр' }, 'uk', { keep, filter: { ...sets, text: 'к' } }))).to.deep.equal(ids(matchItems(items, { ...sets, text: 'кр' }, 'uk')));
    for (const [before, after] of [['t', 'tr'], ['', 'Kursk'], ['к', 'кнд'], ['тро', 'тро кнд'], ['війська', 'війська зел'], ['treaty', 'treaty pyong']]) {
      const keep = matchItems(items, { text: before }, 'uk') ?? new Uint8Array(items.length).fill(1);
      expect(ids(matchItems(items, { text: after }, 'uk', { keep, filter: { text: before } }))).to.deep.equal(ids(matchItems(items, { text: after }, 'uk')));
    }
  });
});
