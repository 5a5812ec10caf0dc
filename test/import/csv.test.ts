import { expect } from '@open-wc/testing';
import { csvFormatRows } from 'd3-dsv';
import fc from 'fast-check';
import { parseCSV } from '../../src/import/converters.js';
import { parseTime } from '../../src/import/csv.js';
import { CERTAINTIES, type TimelineEvent } from '../../src/types.js';

describe('parseTime', () => {
  it('reads h:mm[:ss] with am or pm, and hhmm', () => {
    expect(parseTime('9:05')).to.deep.equal({ hour: 9, minute: 5 });
    expect(parseTime('9:05 pm')).to.deep.equal({ hour: 21, minute: 5 });
    expect(parseTime('12:30 AM')).to.deep.equal({ hour: 0, minute: 30 });
    expect(parseTime('12:00p.m.')).to.deep.equal({ hour: 12, minute: 0 });
    expect(parseTime('23:59:30')).to.deep.equal({ hour: 23, minute: 59, second: 30 });
    expect(parseTime('1430')).to.deep.equal({ hour: 14, minute: 30 });
    for (const bad of ['noon', '25:00', '13:00 pm', '9', '9:5']) expect(parseTime(bad), bad).to.equal(null);
  });
});

describe('parseCSV', () => {
  it('reads TimelineJS columns in any order and case, with Tag as Group, a title row and an era row', () => {
    const csv = [
      'headline,YEAR,month,Day,Time,End Year,Type,Tag,Text,Display Date,Media,Media Caption,Media Credit,Alt Text',
      'My title,,,,,,title,,<p>About it</p>,,,,,',
      'Cold War,1947,,,,1991,era,,,,,,,',
      '"Treaty, signed",2024,6,19,9:30 pm,,,Russia,"Line one<br>line ""two""",on a Wednesday,https://example.org/a.jpg,A <i>photo</i>,AP &amp; Reuters,Two leaders',
    ].join('\r\n');
    const r = parseCSV(csv);
    expect(r.problems).to.deep.equal([]);
    expect(r.title).to.deep.equal({ headline: 'My title', text: 'About it' });
    expect(r.eras).to.deep.equal([{ start: '1947', end: '1991', label: 'Cold War' }]);
    expect(r.events).to.deep.equal([
      {
        id: 'treaty-signed',
        start: '2024-06-19T21:30',
        title: 'Treaty, signed',
        description: 'Line one\nline "two"',
        group: 'Russia',
        displayDate: 'on a Wednesday',
        media: { url: 'https://example.org/a.jpg', alt: 'Two leaders', caption: 'A photo', credit: 'AP & Reuters' },
      },
    ]);
    expect(r.groups).to.deep.equal([{ id: 'Russia' }]);
  });

  it('handles a byte order mark, CRLF, quoted commas and newlines', () => {
    const r = parseCSV('\uFEFFid,start,title,description\r\na,2024-10,"Troops, reported","two\r\nlines"\r\n');
    expect(r.events).to.deep.equal([{ id: 'a', start: '2024-10', title: 'Troops, reported', description: 'two\nlines' }]);
  });

  it('reads Dateline columns: tags by ";", source with its URL, media, certainty', () => {
    const r = parseCSV(
      'id,start,end,title,group,tags,certainty,source,source_url,display_date,media,media_alt\n' +
        'x,2024-10-03,,Strike,Ukraine,kursk; casualties,claimed,Reuters,https://reuters.com,on Thursday,https://e.org/p.png,A map\n',
    );
    expect(r.events[0]).to.deep.equal({
      id: 'x', start: '2024-10-03', title: 'Strike', group: 'Ukraine', tags: ['kursk', 'casualties'], certainty: 'claimed',
      source: { name: 'Reuters', url: 'https://reuters.com' }, displayDate: 'on Thursday', media: { url: 'https://e.org/p.png', alt: 'A map' },
    });
  });

  it('reports unusable rows by their spreadsheet row, keeping the rest', () => {
    const r = parseCSV('Year,Month,Headline,Time\n2024,,Fine,\nsoon,,Bad year,\n2024,14,Bad month,\n2024,1,Bad time,noonish\n');
    expect(r.events.map((e) => e.title)).to.deep.equal(['Fine']);
    expect(r.problems.map((p) => [p.index, p.message])).to.deep.equal([
      [1, 'row 3 ("Bad year"): its start_date has the year "soon", which is not a whole number'],
      [2, 'row 4 ("Bad month"): its start_date has the month "14", which is not between 1 and 12'],
      [3, 'row 5: "noonish" in Time is not a time (write h:mm, h:mm:ss, with am or pm if you like, or hhmm)'],
    ]);
    const d = parseCSV('id,start,title\na,2024,One\na,2025,Two\nb,June,Three\n');
    expect(d.events.map((e) => e.id)).to.deep.equal(['a']);
    expect(d.problems.map((p) => [p.index, p.field])).to.deep.equal([[1, 'id'], [2, 'start']]);
    expect(d.problems[0].message).to.match(/^row 3: id 'a' is used by an earlier event/);
  });

  it('says which columns it expected when it finds neither set', () => {
    const r = parseCSV('name,when\nx,2024\n');
    expect(r.events).to.deep.equal([]);
    expect(r.problems).to.have.length(1);
    expect(r.problems[0].field).to.equal('(columns)');
    expect(r.problems[0].message).to.contain('Year and Headline').and.to.contain('start and title').and.to.contain('its first row is: name, when');
  });

  it('never throws on random text', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 300 }), (s) => void parseCSV(s)));
    fc.assert(fc.property(fc.array(fc.array(fc.string({ maxLength: 12 }), { maxLength: 6 }), { maxLength: 8 }), (rows) => void parseCSV(csvFormatRows([['Year', 'Headline', 'Month', 'Type'], ...rows]))));
  });

  it('round-trips random valid rows of Dateline columns', () => {
    const text = fc.string({ minLength: 1, maxLength: 20 }).map((s) => s.trim()).filter((s) => s.length > 0 && !s.includes(';'));
    const row = fc.record({
      start: fc.date({ min: new Date('1900-01-01'), max: new Date('2100-01-01'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10)),
      title: text,
      description: fc.option(fc.string({ minLength: 1, maxLength: 40 }).map((s) => s.replace(/\r\n?/g, '\n').trim()).filter(Boolean), { nil: undefined }),
      group: fc.option(text, { nil: undefined }),
      tags: fc.option(fc.array(text, { minLength: 1, maxLength: 3 }), { nil: undefined }),
      certainty: fc.option(fc.constantFrom(...CERTAINTIES), { nil: undefined }),
    });
    fc.assert(
      fc.property(fc.array(row, { minLength: 1, maxLength: 10 }), (rows) => {
        const events: TimelineEvent[] = rows.map((r, i) => ({ id: `e${i}`, ...r }));
        const columns = ['id', 'start', 'title', 'description', 'group', 'tags', 'certainty'] as const;
        const cell = (e: TimelineEvent, c: (typeof columns)[number]) => (c === 'tags' ? (e.tags ?? []).join(';') : ((e[c] as string | undefined) ?? ''));
        const csv = csvFormatRows([[...columns], ...events.map((e) => columns.map((c) => cell(e, c)))]);
        const r = parseCSV(csv);
        expect(r.problems).to.deep.equal([]);
        const clean = (e: TimelineEvent) => JSON.parse(JSON.stringify(e));
        expect(r.events.map(clean)).to.deep.equal(events.map(clean));
      }),
    );
  });
});
