import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { expect, userEvent, waitFor } from 'storybook/test';
import '../src/index.js';
import { VERTICAL_BREAKPOINT, type DatelineTimeline } from '../src/index.js';
import { LAYOUTS } from '../src/types.js';
import { showcaseEvents, showcaseGroups, showcaseReferenceDate } from './data/showcase.js';
import { deepTimeEvents, denseEvents, largeEvents, longColumnEvents, manyLaneEvents, precisionEvents, singleEvent, spanEvents } from './data/samples.js';

/** The story's args: the element's public properties (each one a control). */
type Args = Partial<Pick<DatelineTimeline, 'events' | 'groups' | 'eras' | 'src' | 'layout' | 'breakpoint' | 'locale' | 'selected' | 'referenceDate' | 'label' | 'timeZone' | 'gaps' | 'messages' | 'legend' | 'filter' | 'filterBar' | 'exportable' | 'hashLinks' | 'hashPrefix'>>;

const meta: Meta<Args> = {
  title: 'Dateline/Timeline',
  component: 'dateline-timeline',
  argTypes: {
    events: { control: 'object' },
    groups: { control: 'object' },
    eras: { control: 'object' },
    src: { control: 'text' },
    layout: { control: 'inline-radio', options: [...LAYOUTS] },
    breakpoint: { control: { type: 'number', min: 0, step: 20 } },
    locale: { control: 'select', options: ['en-GB', 'en-US', 'ko', 'uk', 'ru', 'fr', 'de', 'es', 'ar'] },
    selected: { control: 'text' },
    referenceDate: { control: 'text' },
    label: { control: 'text' },
    timeZone: { control: 'text' },
    gaps: { control: 'inline-radio', options: ['auto', 'off'] },
    messages: { control: 'object' },
    legend: { control: 'inline-radio', options: ['auto', 'off'] },
    filter: { control: 'object' },
    filterBar: { control: 'boolean' },
    exportable: { control: 'boolean' },
    hashLinks: { control: 'boolean' },
    hashPrefix: { control: 'text' },
  },
  args: { layout: 'auto', label: 'Timeline', events: [], locale: 'en-GB' },
  // Every arg is set as a property, so each control reaches the element.
  render: (args) =>
    html`<dateline-timeline
      .events=${args.events ?? []}
      .groups=${args.groups ?? []}
      .eras=${args.eras ?? []}
      .src=${args.src || undefined}
      .layout=${args.layout ?? 'auto'}
      .breakpoint=${args.breakpoint ?? VERTICAL_BREAKPOINT}
      .locale=${args.locale}
      .selected=${args.selected || null}
      .referenceDate=${args.referenceDate || undefined}
      .label=${args.label}
      .timeZone=${args.timeZone || undefined}
      .gaps=${args.gaps ?? 'auto'}
      .messages=${args.messages}
      .legend=${args.legend ?? 'auto'}
      .filter=${args.filter ?? null}
      .filterBar=${args.filterBar ?? false}
      .exportable=${args.exportable ?? false}
      .hashLinks=${args.hashLinks ?? false}
      .hashPrefix=${args.hashPrefix ?? 'event-'}
    ></dateline-timeline>`,
};
export default meta;

type Story = StoryObj<Args>;

/** The timeline a story drew, once it has rendered, and its mark of event `id`. */
async function drawn(canvasElement: HTMLElement) {
  const el = canvasElement.querySelector('dateline-timeline')!;
  await el.updateComplete;
  const mark = (id: string) => el.shadowRoot!.querySelector<HTMLElement>(`[data-id="${id}"]`)!;
  const focused = () => el.shadowRoot!.activeElement?.getAttribute('data-id');
  return { el, mark, focused };
}

/** North Korean troops sent to Russia, as reported on Friday 18 October 2024. */
export const Showcase: Story = {
  args: {
    events: showcaseEvents,
    groups: showcaseGroups,
    referenceDate: showcaseReferenceDate,
    label: 'North Korean troops sent to Russia: a timeline',
  },
};

/**
 * The showcase with the filter bar: search (try "kursk" or "troops"), and toggles for lanes, tags
 * and certainty, drawn like the marks. The count says how many events match.
 */
export const FilterBar: Story = { ...Showcase, args: { ...Showcase.args, filterBar: true } };

/** Selecting an event with a click shows its details, with its date as said, its source and its certainty. */
export const SelectAndDetails: Story = {
  ...Showcase,
  play: async ({ canvasElement, step }) => {
    const { el, mark } = await drawn(canvasElement);
    await step('Click the strike', async () => {
      await userEvent.click(mark('strike'));
      await waitFor(() => expect(el.selected).toBe('strike'));
    });
    await step('Its details say what, when, who says so, and how sure', async () => {
      await waitFor(() => expect(el.shadowRoot!.querySelector('[part~=details]')).not.toBeNull());
      const details = el.shadowRoot!.querySelector<HTMLElement>('[part~=details]')!;
      await expect(details.querySelector('h2')!.textContent).toContain('missile strike');
      await expect(details.textContent).toContain('3 October 2024');
      await expect(details.textContent).toContain('reported');
    });
  },
};

/** The list view: every event as a row of a table, in time order, for reading without the chart. */
export const ListView: Story = {
  ...Showcase,
  play: async ({ canvasElement, step }) => {
    const { el } = await drawn(canvasElement);
    await step('Open the list view', async () => {
      const button = [...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('.toolbar button')].find((b) => b.textContent!.trim() === 'List view')!;
      await userEvent.click(button);
      await waitFor(() => expect(button.getAttribute('aria-pressed')).toBe('true'));
    });
    await step('It holds every event, the earliest first', async () => {
      const rows = el.shadowRoot!.querySelectorAll('[part~=list] tbody tr');
      await expect(rows.length).toBe(showcaseEvents.length);
      await expect(rows[0].textContent).toContain('Korean War');
    });
  },
};

/**
 * The showcase with `exportable` and `hash-links`: Download saves the whole timeline as SVG or
 * PNG; selecting an event writes `#event-<id>` into the address (open the story in its own tab to
 * see it), and its details offer Copy link. Printing the page prints the whole timeline and a
 * list of every event.
 */
export const ExportAndLinks: Story = { ...Showcase, args: { ...Showcase.args, exportable: true, hashLinks: true } };

/**
 * The live element above, and below it what `toSVG({ range: 'view' })` draws of the same view, as
 * an image of its own: zoom or pan the timeline and the drawing follows, so the two can be compared.
 */
export const ExportedSVG: Story = {
  ...Showcase,
  render: (args) => {
    const live = document.createElement('dateline-timeline');
    Object.assign(live, { events: args.events, groups: args.groups ?? [], locale: args.locale ?? 'en-GB', referenceDate: args.referenceDate, label: args.label, exportable: true });
    const image = document.createElement('img');
    image.alt = 'The exported SVG of the same view';
    image.style.cssText = 'display: block; max-width: 100%; border: 1px dashed #8888';
    const draw = () => {
      URL.revokeObjectURL(image.src);
      image.src = URL.createObjectURL(new Blob([live.toSVG({ range: 'view' })], { type: 'image/svg+xml' }));
    };
    live.addEventListener('dateline-range-change', draw);
    // Drawn once the element knows its width (after its first update and the frame that measures it).
    void live.updateComplete.then(() => requestAnimationFrame(() => void live.updateComplete.then(draw)));
    const caption = (text: string) => Object.assign(document.createElement('p'), { textContent: text, style: 'font: 600 13px system-ui; margin: 12px 0 4px; color: #888' });
    const wrap = document.createElement('div');
    wrap.append(caption('Live element'), live, caption('toSVG({ range: "view" }), shown as an image'), image);
    return wrap;
  },
};

/** 10,000 events in eight lanes, filtered from code to two lanes and to titles with a 7 (`filter`), with the bar. */
export const TenThousandFiltered: Story = {
  args: { label: '10,000 events, filtered' },
  argTypes: { events: { table: { disable: true } } },
  render: (args) =>
    html`<dateline-timeline
      filter-bar
      .events=${largeEvents(10_000)}
      .filter=${{ groups: ['Lane 2', 'Lane 5'], text: '7' }}
      layout=${args.layout}
      locale="en-GB"
      label=${args.label}
    ></dateline-timeline>`,
};

/** No events: the empty state. */
export const Empty: Story = { args: { events: [], label: 'Empty timeline' } };

/** A single event: the scale widens around it. */
export const SingleEvent: Story = { args: { events: singleEvent, label: 'One event' } };

/** Spans drawn as bars, points as dots, a month-precision span as its whole months. */
export const Spans: Story = { args: { events: spanEvents, label: 'Korea 1945–1954' } };

/** Eight lanes of events through 2024, every certainty level. */
export const ManyLanes: Story = { args: { events: manyLaneEvents(), label: 'Eight lanes' } };

/** Every precision, qualifier, open end and certainty level side by side. */
export const Precisions: Story = { args: { events: precisionEvents, label: 'Dates at every precision' } };

/** Deep time: 12,000 BCE to 2024 on one linear axis (gaps="off"), with BCE ticks and no year zero. */
export const DeepTime: Story = { args: { events: deepTimeEvents, label: 'Deep time', gaps: 'off' } };

/** 300 events in one month: marks that cannot be separated merge into clusters; click one to zoom in. */
export const Dense: Story = { args: { events: denseEvents(300), label: 'October 2024, minute by minute' } };

const phone = (story: () => unknown) => html`<div style="max-width: 360px; border: 1px dashed #8888">${story()}</div>`;

/**
 * A long column on a 360px phone: 120 generated events over 1950–2024, drawn as the vertical
 * column (`layout="auto"`). The period index stays at the top while the column scrolls and marks the
 * decade on screen; tap an entry for its details, in a sheet at the bottom of the screen.
 */
export const Phone: Story = {
  args: { events: longColumnEvents(), label: 'A long column: 120 events, 1950–2024' },
  decorators: [phone],
};

/** The showcase on a 360px phone, with no sideways scroll. */
export const PhoneShowcase: Story = { ...Showcase, decorators: [phone] };

const inLocale = (locale: string, label: string): Story => ({ ...Showcase, args: { ...Showcase.args, locale, label } });

/** The showcase in Korean: dates, lanes' UI, help and announcements in 한국어. */
export const Korean = inLocale('ko', '북한군 러시아 파병 타임라인');
/** Ukrainian. */
export const Ukrainian = inLocale('uk', 'Хронологія: війська КНДР у Росії');
/** Russian. */
export const Russian = inLocale('ru', 'Хронология: войска КНДР в России');
/** French. */
export const French = inLocale('fr', 'Chronologie : des troupes nord-coréennes en Russie');
/** German. */
export const German = inLocale('de', 'Zeitleiste: nordkoreanische Truppen in Russland');
/** Spanish. */
export const Spanish = inLocale('es', 'Cronología: tropas norcoreanas en Rusia');
/** Arabic, right to left: time runs from right to left, and ← moves forward in time. */
export const Arabic = inLocale('ar', 'خط زمني: قوات كورية شمالية في روسيا');

/** Dark colours from the page, through the --dateline-* custom properties. */
export const Dark: Story = {
  ...Showcase,
  decorators: [
    (story) => html`<div
      style="background: #0d1117; padding: 12px; --dateline-background: #0d1117; --dateline-color: #e6edf3;
        --dateline-muted-color: #9da7b3; --dateline-grid-color: #30363d; --dateline-accent-color: #6cb6ff;
        --dateline-focus-color: #6cb6ff; --dateline-lane-background: #161b22; --dateline-reference-color: #ff7b72"
    >
      ${story()}
    </div>`,
  ],
};

/**
 * Keyboard only: press Tab to enter the timeline, then ← → ↑ ↓, Home, End, Page Up/Down, Enter,
 * Escape, + − 0, and ? for the list of keys.
 */
export const KeyboardOnly: Story = {
  ...Showcase,
  // A keyboard walk, step by step in the Interactions panel (test/stories.test.ts runs it too).
  play: async ({ canvasElement, step }) => {
    const { el, mark, focused } = await drawn(canvasElement);
    await step('Focus the first event, then walk forward in time with →', async () => {
      mark('treaty').focus();
      await userEvent.keyboard('{Home}');
      await waitFor(() => expect(focused()).toBe('korean-war'));
      await userEvent.keyboard('{ArrowRight}');
      await waitFor(() => expect(focused()).toBe('invasion'));
      await userEvent.keyboard('{ArrowRight}');
      await waitFor(() => expect(focused()).toBe('munitions'));
    });
    await step('Enter shows its details; Escape closes them and returns focus', async () => {
      await userEvent.keyboard('{Enter}');
      await waitFor(() => expect(el.shadowRoot!.querySelector('[part~=details] h2')?.textContent).toContain('munitions'));
      await userEvent.keyboard('{Escape}');
      await waitFor(() => expect(el.shadowRoot!.querySelector('[part~=details]')).toBeNull());
      await waitFor(() => expect(focused()).toBe('munitions'));
    });
    await step('? lists the keys', async () => {
      await userEvent.keyboard('?');
      await waitFor(() => expect(el.shadowRoot!.querySelector('.help')).not.toBeNull());
      await userEvent.keyboard('?');
    });
  },
  decorators: [
    (story) => html`<p style="font: 14px system-ui">
        Press <kbd>Tab</kbd> to enter the timeline, then <kbd>?</kbd> for the keys.
        <button>A button before the timeline</button>
      </p>
      ${story()}`,
  ],
};

/**
 * 100,000 events over 25 years in eight lanes: clusters at first, events as you zoom in. The data
 * is made in `render`, not passed as args, so Storybook's controls do not copy 100,000 objects.
 */
export const HundredThousand: Story = {
  args: { label: '100,000 events' },
  argTypes: { events: { table: { disable: true } } },
  render: (args) => html`<dateline-timeline .events=${largeEvents(100_000)} layout=${args.layout} locale="en-GB" label=${args.label}></dateline-timeline>`,
};
