import { expect } from '@open-wc/testing';
import { validateEvents } from '../../src/core/validate.js';
import { readBody as read, readJSON } from '../../src/import/read.js';

const readBody = (body: string) => read(body, validateEvents);

describe('readBody', () => {
  it('recognises Dateline JSON, as an array or an object with groups, eras and a title', () => {
    const list = readBody('[{"id":"a","start":"2024","title":"A"}]');
    expect(list.ok && list.format).to.equal('dateline');
    const object = readBody(JSON.stringify({ events: [{ id: 'a', start: '2024', title: 'A' }], groups: [{ id: 'x' }], eras: [{ start: '2024', end: '2025', label: 'E' }], title: 'T' }));
    expect(object.ok && object.format).to.equal('dateline');
    expect(object.ok && [object.data.groups.length, object.data.eras.length, object.data.title?.headline]).to.deep.equal([1, 1, 'T']);
  });

  it('recognises TimelineJS JSON by its slides, and CSV by its header, whatever the file is called', () => {
    const tl = readBody('\uFEFF{"events":[{"start_date":{"year":"2024"},"text":{"headline":"<b>A</b>"}}]}');
    expect(tl.ok && tl.format).to.equal('timelinejs');
    expect(tl.ok && tl.data.events[0].title).to.equal('A');
    const csv = readBody('Year,Headline\n2024,A\n');
    expect(csv.ok && csv.format).to.equal('csv');
  });

  it('says why a body is in no known format', () => {
    const why = (body: string) => {
      const r = readBody(body);
      return r.ok ? '' : r.message;
    };
    expect(why('{"events": [1,')).to.match(/^the JSON cannot be read/);
    expect(why('{"items": []}')).to.equal('the JSON is neither an array of events nor an object with an "events" array');
    expect(why('<!doctype html><p>Moved</p>')).to.equal('the response is a web page (HTML), not JSON or CSV');
    expect(why('  ')).to.equal('the response is empty');
    expect(why('PK\u0003\u0004 zip')).to.contain("neither TimelineJS's columns");
    expect(readJSON(42, validateEvents).ok).to.equal(false);
  });
});
