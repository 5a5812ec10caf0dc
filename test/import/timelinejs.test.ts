import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { validateEvents } from '../../src/core/validate.js';
import { fromTimelineJS, parseCSV } from '../../src/import/converters.js';
import { slugOf, timelineDate } from '../../src/import/timelinejs.js';
import type { ImportedData } from '../../src/types.js';

const sample = async (name: string) => (await fetch(`/examples/data/timelinejs/${name}`)).text();
const load = async (name: string): Promise<ImportedData> => fromTimelineJS(JSON.parse(await sample(name)));

describe('timelineDate', () => {
  it('gives EDTF at the precision given, numbers as numbers or strings', () => {
    expect(timelineDate({ year: '2024' })).to.equal('2024');
    expect(timelineDate({ year: 2024, month: '6' })).to.equal('2024-06');
    expect(timelineDate({ year: 622, month: 8, day: 9 })).to.equal('0622-08-09');
    expect(timelineDate({ year: 2024, month: 10, day: 3, hour: 14 })).to.equal('2024-10-03T14:00');
    expect(timelineDate({ year: 2024, month: 10, day: 3, hour: '9', minute: '05', second: 30 })).to.equal('2024-10-03T09:05:30');
  });

  it('reads negative years as TimelineJS shows them: -500 is 500 BCE, EDTF -0499', () => {
    expect(timelineDate({ year: -500 })).to.equal('-0499');
    expect(timelineDate({ year: '-3500' })).to.equal('-3499');
  });

  it('writes cosmological years in EDTF Y form', () => {
    expect(timelineDate({ year: '-13800000000' })).to.equal('Y-13799999999');
    expect(timelineDate({ year: 170000 })).to.equal('Y170000');
  });

  it('says what is wrong with a date it cannot read', () => {
    expect(timelineDate(undefined)).to.deep.equal({ problem: 'is missing' });
    expect(timelineDate({ month: 3 })).to.deep.equal({ problem: 'has no year' });
    expect(timelineDate({ year: 'soon' })).to.have.property('problem').that.contains('not a whole number');
    expect(timelineDate({ year: 2024, month: 13 })).to.have.property('problem').that.contains('month "13"');
  });
});

describe('fromTimelineJS', () => {
  it('reads eras.json: 20 events in years, 3 eras, the title, plain-text titles', async () => {
    const r = await load('eras.json');
    expect(r.problems).to.deep.equal([]);
    expect(r.events).to.have.length(20);
    expect(r.eras.map((e) => [e.start, e.end, e.label])).to.deep.equal([
      ['0650', '0700', 'Era Test 650-700'],
      ['0600', '0650', 'Era Test 600-650'],
      ['0700', '0720', 'Era Test 700-720'],
    ]);
    expect(r.title!.headline).to.equal('Eras Test');
    const hijra = r.events.find((e) => e.id === 'muhammad-migrates-from-mecca-to-medina')!;
    expect([hijra.start, hijra.end]).to.deep.equal(['0622-08-09', '0622-08-23']);
    expect(r.events[0]).to.include({ start: '0602', end: '0629', title: 'Last great Roman-Persian War.' });
  });

  it('reads cosmo.json in deep time, every event drawable', async () => {
    const r = await load('cosmo.json');
    expect(r.problems).to.deep.equal([]);
    expect(r.events.map((e) => e.start)).to.deep.equal(['Y-13799999999', 'Y-13799629999', 'Y-12799999999', 'Y-4599999999', 'Y-538799999', 'Y-314999', '-3499']);
    expect(validateEvents(r.events).events).to.have.length(7);
    expect(r.title!.media!.credit).to.equal('NASA with modifications by Cherkash via Wikipedia');
  });

  it('reads women_in_computing.json: ids from headline slugs, HTML texts as plain text, media', async () => {
    const r = await load('women_in_computing.json');
    expect(r.problems).to.deep.equal([]);
    expect(r.events).to.have.length(10);
    const ada = r.events[0];
    expect(ada).to.include({ id: 'ada-lovelace', start: '1815-12-10', end: '1852-11-27', title: 'Ada Lovelace' });
    expect(ada.description).to.match(/^Women have been programming since before it was a thing\. Take Ada Lovelace: Daughter/);
    expect(ada.description).not.to.contain('<');
    expect(ada.media).to.deep.include({ credit: 'Wikimedia Commons', caption: 'Portrait by Alfred Edward Chalon' });
    // A quotation given as media is kept as text.
    expect(r.events[1].media).to.equal(undefined);
    expect(r.events[1].description).to.contain('There is no demand for women engineers');
  });

  it('reads all-media-types.json (groups, given ids) and example_timeline3.json', async () => {
    const media = await load('all-media-types.json');
    expect(media.problems).to.deep.equal([]);
    expect(media.events).to.have.length(41);
    expect(media.groups.map((g) => g.id)).to.deep.equal(['Video', 'Social Media', 'Audio', 'HTML', 'Image']);
    const given = JSON.parse(await sample('all-media-types.json')).events.filter((e: { unique_id?: string }) => e.unique_id).map((e: { unique_id: string }) => e.unique_id);
    expect(given).to.have.length(4);
    for (const id of given) expect(media.events.some((e) => e.id === id)).to.equal(true);
    expect(new Set(media.events.map((e) => e.id)).size).to.equal(41);
    const example = await load('example_timeline3.json');
    expect(example.problems).to.deep.equal([]);
    expect(example.events).to.have.length(18);
    for (const e of [...media.events, ...example.events]) expect(e.title).not.to.match(/<[a-z/]/i);
  });

  it('gives the events of my-own-timeline.csv from the same timeline as JSON', async () => {
    const csv = parseCSV(await sample('my-own-timeline.csv'));
    const json = await load('women_in_computing.json');
    expect(csv.problems).to.deep.equal([]);
    const strip = (r: ImportedData) => r.events.map(({ media, ...rest }) => ({ ...rest, media: !!media }));
    expect(strip(csv)).to.deep.equal(strip(json));
    // The two files differ in one media (Grace Hopper's sound clip) and in the title.
    const differ = csv.events.filter((e, i) => JSON.stringify(e.media) !== JSON.stringify(json.events[i].media)).map((e) => e.id);
    expect(differ).to.deep.equal(['grace-hopper-invents-the-compiler']);
    expect([csv.title!.headline, json.title!.headline]).to.deep.equal(['MY OWN CSV', 'Women in Computing']);
  });

  it('reports slides without a start date, keeping the rest, and makes slugs unique', () => {
    const r = fromTimelineJS({
      title: { text: { headline: 'Cover' } },
      events: [
        { start_date: { year: 2024 }, text: { headline: 'Same' } },
        { text: { headline: 'No date' } },
        { start_date: { year: 2025 }, text: { headline: 'Same' } },
        { start_date: { year: 2026 }, unique_id: 'same-2', text: { headline: 'Given' } },
      ],
    });
    expect(r.events.map((e) => e.id)).to.deep.equal(['same', 'same-3', 'same-2']);
    expect(r.problems).to.deep.equal([{ index: 1, field: 'start_date', message: 'slide 2 ("No date"): its start_date is missing' }]);
  });

  it('never throws on random input, and turns hostile headlines into text', () => {
    fc.assert(fc.property(fc.anything(), (v) => void fromTimelineJS(v)));
    fc.assert(fc.property(fc.anything(), (v) => void fromTimelineJS({ events: [v, { start_date: v, text: v, media: v }], eras: [v], title: v })));
    const r = fromTimelineJS({ events: [{ start_date: { year: 2024 }, text: { headline: '<img src=x onerror=alert(1)><script>alert(2)</script>Hi &lt;b&gt;', text: '<iframe src="javascript:alert(3)"></iframe>ok' } }] });
    expect(r.events[0].title).to.equal('Hi <b>');
    expect(r.events[0].description).to.equal('ok');
  });

  it('makes slugs of any script', () => {
    expect(slugOf('Ким Чен Ын прибыл')).to.equal('ким-чен-ын-прибыл');
    expect(slugOf('Café déjà vu!')).to.equal('cafe-deja-vu');
    expect(slugOf('<>')).to.equal('event');
  });
});
