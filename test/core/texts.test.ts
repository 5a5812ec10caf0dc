import { expect } from '@open-wc/testing';
import { loadMessages } from '../../src/core/locales.js';
import { en } from '../../src/core/messages.js';
import { clip, formatOf, textsFor } from '../../src/core/texts.js';
import { validateEvents } from '../../src/core/validate.js';
import { dashes } from '../text.js';

const { events } = validateEvents([
  { id: 'a', start: '2024-06', title: 'Treaty', certainty: 'reported', source: { name: 'Reuters' }, displayDate: 'in June' },
  { id: 'b', start: '2024-10-03', end: '2024-10-05', title: 'Strike' },
  { id: 'c', start: '2024-10-20/..', title: 'Ongoing' },
]);
const [a, b, c] = events;
// French ships in a chunk of its own, loaded on first use.
before(() => loadMessages('fr'));

describe('formatOf', () => {
  it('is the same object for the same owner and inputs, and the locale’s messages with overrides on top', () => {
    expect(formatOf({}, 'fr', undefined, undefined, en).messages!.zoomIn).to.equal('Zoom in');
    const owner = {};
    const fr = formatOf(owner, 'fr', undefined, undefined);
    expect(formatOf(owner, 'fr', undefined, undefined)).to.equal(fr);
    expect(fr.messages!.zoomIn).to.equal('Zoom avant');
    const custom = formatOf(owner, 'fr', undefined, { zoomIn: 'Plus près' });
    expect(custom).not.to.equal(fr);
    expect(custom.messages!.zoomIn).to.equal('Plus près');
    expect(custom.messages!.zoomOut).to.equal('Zoom arrière');
  });
});

describe('textsFor', () => {
  it('is made once per format', () => {
    const format = { locale: 'en-GB', messages: en };
    expect(textsFor(format)).to.equal(textsFor(format));
    expect(textsFor({ ...format })).not.to.equal(textsFor(format));
  });

  it('says dates as the data states them, with the original phrase', () => {
    const t = textsFor({ locale: 'en-GB', messages: en });
    expect(t.when(a)).to.equal('June 2024');
    expect(t.whenSaid(a)).to.equal('June 2024 (“in June”)');
    expect(t.count(10000)).to.equal('10,000');
  });

  it('says a cluster’s range from its earliest start to its latest end, or that it goes on', () => {
    const t = textsFor({ locale: 'en-GB', messages: en });
    expect(t.range(a, b)).to.equal('June 2024 – 5 October 2024');
    expect(t.range(b, c)).to.equal('3 October 2024 – ongoing');
  });

  it('names an event by title, date, lane and claim, and names it again in a new language', () => {
    const lane = { key: 'UA', label: 'Ukraine' };
    expect(textsFor({ locale: 'en-GB', messages: en }).name(a, lane)).to.equal('Treaty, June 2024 (“in June”), Ukraine, reported by Reuters');
    expect(dashes(textsFor({ locale: 'en-GB', messages: en }).name(b))).to.equal('Strike, 3 – 5 October 2024');
    const fr = textsFor(formatOf({}, 'fr', undefined, undefined));
    expect(fr.name(a, lane)).to.equal('Treaty, juin 2024 (“in June”), Ukraine, rapporté par Reuters');
  });

  it('announces a visible window', () => {
    expect(dashes(textsFor({ locale: 'en-GB', messages: en }).showing([Date.UTC(2024, 9, 1), Date.UTC(2024, 9, 31)]))).to.equal('Showing 1 – 31 October 2024');
  });

  it('gives the reference marker of a date, and none for a bad one', () => {
    const t = textsFor({ locale: 'en-GB', messages: en });
    expect(t.reference('2024-10-18')).to.deep.equal({ value: Date.UTC(2024, 9, 18), label: 'Published 18 October 2024' });
    expect(t.reference('not a date')).to.equal(undefined);
    expect(t.reference(undefined)).to.equal(undefined);
  });
});

describe('clip', () => {
  it('cuts text longer than the limit with an ellipsis', () => {
    expect(clip('abcdef', 3)).to.equal('abc…');
    expect(clip('abc', 3)).to.equal('abc');
  });
});
