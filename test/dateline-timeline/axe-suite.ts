// axe-core over every story, at 1200px and 360px, and over the element with an event selected and
// with the help and list view open (one page, and in pages), the Download menu and Copy link: the
// suite, run here in the light scheme and by axe-dark.test.ts in the dark one.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import type { TemplateResult } from 'lit';
import '../../src/index.js';
import type { DatelineTimeline } from '../../src/dateline-timeline.js';
import meta, * as stories from '../../stories/timeline.stories.js';
import dataMeta, * as dataStories from '../../stories/data-in.stories.js';

type Args = Record<string, unknown>;
interface StoryLike {
  args?: Args;
  render?: (args: Args) => TemplateResult;
  decorators?: ((story: () => TemplateResult) => TemplateResult)[];
}

function storyTemplate(story: StoryLike, defaults: StoryLike = meta as StoryLike): TemplateResult {
  const args = { ...defaults.args, ...story.args };
  const render = (story.render ?? defaults.render) as (a: Args) => TemplateResult;
  const decorated = (story.decorators ?? []).reduce<() => TemplateResult>((inner, d) => () => d(inner), () => render(args));
  return decorated();
}

async function mount(story: StoryLike, width: number, defaults?: StoryLike): Promise<DatelineTimeline> {
  const wrapper = await fixture<HTMLDivElement>(html`<div style="width: ${width}px">${storyTemplate(story, defaults)}</div>`);
  const el = wrapper.querySelector('dateline-timeline')!;
  await el.updateComplete;
  return el;
}

/** Mounts a data story and waits until its data arrived or its load failed. */
async function mountLoaded(story: StoryLike, width: number): Promise<DatelineTimeline> {
  const el = await mount(story, width, dataMeta as StoryLike);
  await waitUntil(() => !el.loading && (el.events.length > 0 || el.shadowRoot!.querySelector('[part~=status]')), 'the data did not arrive', { timeout: 10_000 });
  await el.updateComplete;
  return el;
}

const entries = Object.entries(stories).filter(([name]) => name !== 'default') as [string, StoryLike][];
const dataEntries = Object.entries(dataStories).filter(([name]) => name !== 'default') as [string, StoryLike][];

/**
 * The axe checks in one colour scheme. Light is the browsers' default; dark is emulated, which
 * only Chromium's tooling can do (axe-dark.test.ts, run in Chromium).
 */
export function axeSuite(scheme: 'light' | 'dark'): void {
  describe(`axe, ${scheme} scheme`, function () {
    this.timeout(60_000);
    if (scheme === 'dark') {
      before(() => emulateMedia({ colorScheme: 'dark' }));
      after(() => emulateMedia({ colorScheme: 'light' }));
    }

    for (const [name, story] of entries) {
      // 100,000 events take seconds to generate and draw: checked once, at 1200px in light.
      const widths = name === 'HundredThousand' ? (scheme === 'light' ? [1200] : []) : [1200, 360];
      for (const width of widths) {
        it(`${name} at ${width}px has no violations`, async () => {
          const el = await mount(story, width);
          await expect(el).to.be.accessible();
        });
      }
    }

    for (const [name, story] of dataEntries) {
      for (const width of [1200, 360]) {
        it(`Data in: ${name} at ${width}px has no violations`, async () => {
          const el = await mountLoaded(story, width);
          await expect(el).to.be.accessible();
        });
      }
    }

    it('eras and media, with the list view open, have no violations', async () => {
      const el = await mountLoaded(dataStories.ErasAndMedia as StoryLike, 1200);
      el.shadowRoot!.querySelector<HTMLButtonElement>('.toolbar button[aria-pressed]')!.click();
      await el.updateComplete;
      expect(el.shadowRoot!.querySelector('table.eras')).not.to.equal(null);
      expect(el.shadowRoot!.querySelector('[part~=media]')).not.to.equal(null);
      await expect(el).to.be.accessible();
    });

    it('the showcase with an event selected, the help and the list view open has no violations', async () => {
      const el = await mount(stories.Showcase as StoryLike, 1200);
      el.selected = 'treaty';
      await el.updateComplete;
      for (const b of el.shadowRoot!.querySelectorAll<HTMLButtonElement>('.toolbar button[aria-pressed], .toolbar button[aria-expanded]')) b.click();
      await el.updateComplete;
      expect(el.shadowRoot!.querySelector('[part~=details]')).not.to.equal(null);
      expect(el.shadowRoot!.querySelector('[part~=list]')).not.to.equal(null);
      await expect(el).to.be.accessible();
    });

    it('the Download menu open, and the details with Copy link and its fallback field, have no violations', async () => {
      const el = await mount(stories.ExportAndLinks as StoryLike, 1200);
      el.shadowRoot!.querySelector<HTMLButtonElement>('.download > button')!.click();
      await el.updateComplete;
      expect(el.shadowRoot!.querySelector('[role=menu]')).not.to.equal(null);
      await expect(el).to.be.accessible();
      const writeText = navigator.clipboard.writeText;
      navigator.clipboard.writeText = () => Promise.reject(new Error('denied'));
      try {
        el.shadowRoot!.querySelector<HTMLElement>('[data-id="treaty"]')!.click();
        await el.updateComplete;
        el.shadowRoot!.querySelector<HTMLButtonElement>('.copy-link button')!.click();
        await waitUntil(() => el.shadowRoot!.querySelector('.copy-link input'));
        await expect(el).to.be.accessible();
      } finally {
        navigator.clipboard.writeText = writeText;
        history.replaceState(null, '', `${location.pathname}${location.search}`);
      }
    });

    it('the phone story with an entry’s details open in the sheet has no violations', async () => {
      const el = await mount(stories.Phone as StoryLike, 360);
      el.shadowRoot!.querySelector<HTMLElement>('[data-id="long-10"]')!.click();
      await el.updateComplete;
      expect(el.shadowRoot!.querySelector('.vertical [part~=details]')).not.to.equal(null);
      expect(el.shadowRoot!.querySelector('[part~=period-index]')).not.to.equal(null);
      await expect(el).to.be.accessible();
    });

    it('the dense story with its list view open, in pages, has no violations', async () => {
      const el = await mount(stories.Dense as StoryLike, 360);
      el.shadowRoot!.querySelector<HTMLButtonElement>('.toolbar button[aria-pressed]')!.click();
      await el.updateComplete;
      expect(el.shadowRoot!.querySelectorAll('.pager')).to.have.length(2);
      await expect(el).to.be.accessible();
    });
  });
}
