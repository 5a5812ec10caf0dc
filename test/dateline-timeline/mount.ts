/** Mounts a timeline inside a wrapper with a `dir`, as a page would, and waits for its first render. */
import { fixture, html } from '@open-wc/testing';
import '../../src/index.js';
import type { DatelineTimeline, TimelineEvent, TimelineGroup } from '../../src/index.js';

export interface MountOptions {
  events: TimelineEvent[];
  groups?: TimelineGroup[];
  width?: number;
  locale?: string;
  dir?: string;
}

export async function mountIn({ events, groups = [], width = 1000, locale = 'en-GB', dir = 'ltr' }: MountOptions): Promise<DatelineTimeline> {
  const wrapper = await fixture<HTMLDivElement>(html`<div dir=${dir}>
    <dateline-timeline style="width: ${width}px" locale=${locale} .groups=${groups} .events=${events}></dateline-timeline>
  </div>`);
  const el = wrapper.querySelector('dateline-timeline')!;
  await el.updateComplete;
  return el;
}
