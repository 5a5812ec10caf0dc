import { expect } from '@open-wc/testing';
import { en } from '../../src/core/messages.js';
import { canonicalLocale, checkOptions, createWarner, describeOption, isTimeZone, VERTICAL_BREAKPOINT } from '../../src/data/options.js';

const valid = { layout: 'vertical', breakpoint: 500, gaps: 'off', locale: 'fr', timeZone: 'Asia/Seoul', referenceDate: '2024-10-18', selected: 'a', label: 'L', messages: { list: 'All' }, groups: [{ id: 'g' }], legend: 'off', src: 'events.csv', filter: { text: 'kursk' } };

describe('checkOptions', () => {
  it('passes usable values as they are, with no problems', () => {
    const { options, problems } = checkOptions(valid);
    expect(problems).to.deep.equal([]);
    expect(options).to.deep.equal(valid);
  });

  it('treats absent values (undefined, null, empty text) as the defaults, with no problems', () => {
    const { options, problems } = checkOptions({ layout: 'auto', breakpoint: VERTICAL_BREAKPOINT, gaps: 'auto', locale: '', timeZone: null, selected: null, label: undefined, groups: null });
    expect(problems).to.deep.equal([]);
    expect(options).to.deep.include({ locale: undefined, timeZone: undefined, selected: null, label: undefined, groups: [] });
  });

  it('replaces each unusable value by its default and names property, value and fallback', () => {
    const bad = { layout: 'sideways', breakpoint: NaN, gaps: 'on', locale: 'zz-ZZ-invalid!!', timeZone: 'Europe/Nowhere', referenceDate: '2024-13', selected: 7, label: {}, messages: 'x', groups: 'g', legend: 'sometimes', src: 5, filter: 5 };
    const { options, problems } = checkOptions(bad);
    expect(options).to.deep.equal({ layout: 'auto', breakpoint: VERTICAL_BREAKPOINT, gaps: 'auto', locale: undefined, timeZone: undefined, referenceDate: undefined, selected: null, label: undefined, messages: undefined, groups: [], legend: 'auto', src: undefined, filter: null });
    expect(problems.map((p) => p.property)).to.deep.equal(Object.keys(bad));
    expect(problems.find((p) => p.property === 'locale')).to.deep.equal({ property: 'locale', value: 'zz-ZZ-invalid!!', fallback: "the page's language" });
  });

  it('reads every language value a page may hold without throwing', () => {
    for (const locale of [' ', 'auto', '..', '{{lang}}', -1, {}, [], true, 'x'.repeat(10_000)]) {
      const { options, problems } = checkOptions({ locale });
      expect(options.locale, String(locale)).to.equal(undefined);
      expect(problems.map((p) => p.property)).to.include('locale');
    }
    expect(checkOptions({ locale: 'EN-gb' }).options.locale).to.equal('en-GB');
  });

  it('keeps the messages of the right kind and reports the others', () => {
    const claim = () => 'c';
    const { options, problems } = checkOptions({ messages: { list: 'All', claim, zoomIn: 5, showing: 'not a function', nope: 'x', columns: { date: 'D' }, keys: [['a', 'b']] } });
    expect(options.messages).to.deep.equal({ list: 'All', claim, keys: [['a', 'b']] });
    expect(problems.map((p) => p.property)).to.deep.equal(['messages.zoomIn', 'messages.showing', 'messages.nope', 'messages.columns']);
    expect(checkOptions({ messages: { ...en } }).problems).to.deep.equal([]);
  });
});

describe('canonicalLocale and isTimeZone', () => {
  it('canonicalise tags and know zones, never throwing', () => {
    expect(canonicalLocale('ko-kr')).to.equal('ko-KR');
    expect(canonicalLocale('auto')).to.equal(undefined);
    expect(canonicalLocale(null)).to.equal(undefined);
    expect(isTimeZone('Pacific/Kiritimati')).to.equal(true);
    expect(isTimeZone('Europe/Nowhere')).to.equal(false);
    expect(isTimeZone(3)).to.equal(false);
  });
});

describe('describeOption and createWarner', () => {
  it('say the property, the value and the fallback, each once', () => {
    expect(describeOption({ property: 'layout', value: 'sideways', fallback: '"auto"' })).to.equal('dateline-timeline: layout "sideways" cannot be used; using "auto" instead.');
    expect(describeOption({ property: 'label', value: Object.create(null), fallback: 'x' })).to.contain('a value of type object');
    const said: unknown[] = [];
    const warn = console.warn;
    console.warn = (m: unknown) => said.push(m);
    try {
      const w = createWarner();
      w('a');
      w('a');
      w('b');
    } finally {
      console.warn = warn;
    }
    expect(said).to.deep.equal(['a', 'b']);
  });
});
