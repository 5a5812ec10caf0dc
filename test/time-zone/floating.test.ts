// Runs once per browser time zone (see the groups in web-test-runner.config.mjs).
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/index.js';
import { normaliseDate } from '../../src/core/dates.js';
import { formatDate } from '../../src/core/format.js';
import type { DatelineTimeline } from '../../src/index.js';

const zone = Intl.DateTimeFormat().resolvedOptions().timeZone;

describe(`in the browser time zone ${zone}`, () => {
  it('runs in a non-UTC zone (the group set TZ)', () => {
    expect(['Pacific/Honolulu', 'Pacific/Kiritimati', 'Asia/Seoul']).to.include(zone);
  });

  it('reads a calendar date as the same day', () => {
    const r = normaliseDate('2024-10-03');
    expect(r.ok && r.date.start!.min).to.equal(Date.UTC(2024, 9, 3));
    expect(r.ok && formatDate(r.date, { locale: 'en-GB' })).to.equal('3 October 2024');
  });

  it('names a calendar-date event with its own day', async () => {
    const el = await fixture<DatelineTimeline>(html`<dateline-timeline
      style="width: 900px"
      locale="en-GB"
      .events=${[{ id: 'strike', start: '2024-10-03', title: 'Strike' }]}
    ></dateline-timeline>`);
    await el.updateComplete;
    const mark = el.shadowRoot!.querySelector('[part~=event]')!;
    expect(mark.getAttribute('aria-label')).to.contain('3 October 2024');
  });

  it('shows an instant in the viewer zone, and in the time-zone attribute when set', () => {
    const r = normaliseDate('2024-10-03T14:30Z');
    const local = new Intl.DateTimeFormat('en-GB', { dateStyle: 'long', timeStyle: 'short' }).format(Date.UTC(2024, 9, 3, 14, 30));
    expect(r.ok && formatDate(r.date, { locale: 'en-GB' })).to.equal(local);
    const utc = normaliseDate('2024-10-03T14:30Z', 'UTC');
    expect(utc.ok && formatDate(utc.date, { locale: 'en-GB', timeZone: 'UTC' })).to.equal('3 October 2024 at 14:30');
  });
});
