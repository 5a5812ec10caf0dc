import { expect, oneEvent, waitUntil } from '@open-wc/testing';
import { DataController } from '../../src/controllers/data.js';
import { en } from '../../src/core/messages.js';
import type { TimelineEra, TimelineEvent, TimelineGroup } from '../../src/types.js';
import { host, type TestHost } from './host.js';

type DataTestHost = TestHost & { events: TimelineEvent[]; groups: TimelineGroup[]; eras: TimelineEra[] };

async function setup(timeout?: number) {
  const extents: unknown[] = [];
  const [h, data] = await host((h) => {
    Object.assign(h, { events: [], groups: [], eras: [] });
    return new DataController(h as DataTestHost, { changed: (extent) => extents.push(extent), timeout });
  });
  return { h: h as DataTestHost, data, extents };
}

describe('DataController', () => {
  it('reads events and eras once per assignment, and tells the host the extent', async () => {
    const { h, data, extents } = await setup();
    h.events = [{ id: 'a', start: '2024', title: 'A' }];
    data.update(new Map([['events', undefined]]), false, {});
    expect(data.data.spans.items).to.have.length(1);
    data.update(new Map([['label', undefined]]), false, {});
    expect(extents).to.have.length(1);
    h.remove();
  });

  it('gives up on a request that takes longer than its time-out, as a time-out', async () => {
    const { h, data } = await setup(150);
    const error = oneEvent(h, 'dateline-error');
    data.update(new Map(), false, { src: '/__dateline/slow/2000/examples/data/timelinejs/eras.json' });
    expect(data.loading).to.equal(true);
    expect(data.status(en).loading).to.equal('Loading…');
    const e = await error;
    expect(e.detail.message).to.equal('no answer within 0.15 s');
    expect(data.loading).to.equal(false);
    expect(data.status(en).failure).to.equal('The timeline could not be loaded: the server took too long. What was shown before stays.');
    h.remove();
  });

  it('cancels a request when the host leaves the page, and makes it again on return', async () => {
    const { h, data } = await setup();
    const src = '/__dateline/slow/300/examples/data/timelinejs/eras.json';
    data.update(new Map(), false, { src });
    h.remove();
    expect(data.loading).to.equal(false);
    document.body.append(h);
    const loaded = oneEvent(h, 'dateline-load');
    data.update(new Map(), false, { src });
    expect(data.loading).to.equal(true);
    // The answer takes 300 ms, longer when the machine is busy.
    await waitUntil(() => !data.loading, 'the file arrives', { timeout: 8000 });
    // The host applies what was loaded in its next update, which tells it the count.
    data.update(new Map([['events', undefined]]), false, { src });
    expect((await loaded).detail.count).to.equal(20);
    h.remove();
  });

  it('makes the data set of a loaded file from the validation made while reading it, with positions in the events it assigned', async () => {
    const { h, data } = await setup();
    const loaded = oneEvent(h, 'dateline-load');
    const body = { events: [{ text: { headline: 'No date' } }, { start_date: { year: 2024 }, text: { headline: 'A' } }, { start_date: { year: 2023 }, text: { headline: 'B' } }] };
    data.update(new Map(), false, { src: `data:application/json,${encodeURIComponent(JSON.stringify(body))}` });
    await waitUntil(() => h.events.length > 0, 'the file is read', { timeout: 8000 });
    expect(h.events.map((e) => e.title)).to.deep.equal(['A', 'B']);
    data.update(new Map([['events', undefined]]), false, {});
    await loaded;
    // The file's problem is said once, by its slide; positions are those in the assigned events.
    expect(data.problems.map((p) => p.message)).to.deep.equal(['slide 1 ("No date"): its start_date is missing']);
    expect(data.data.spans.items.map((it) => [it.id, it.index, it.pos])).to.deep.equal([['b', 1, 0], ['a', 0, 1]]);
    h.remove();
  });
});
