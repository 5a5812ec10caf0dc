import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/index.js';
import type { TimelineEra, TimelineEvent } from '../src/types.js';
import { showcaseEvents, showcaseGroups, showcaseReferenceDate } from './data/showcase.js';

/**
 * Data without code: a TimelineJS3 file, a CSV from the TimelineJS spreadsheet template or Dateline
 * JSON by `src` (the files are in examples/data/, served by Storybook at data/), eras, media in the
 * details panel, and a load that fails.
 */
interface Args {
  src?: string;
  label?: string;
  layout: 'auto' | 'horizontal' | 'vertical';
}

const meta: Meta<Args> = {
  title: 'Dateline/Data in',
  component: 'dateline-timeline',
  argTypes: { src: { control: 'text' }, layout: { control: 'inline-radio', options: ['auto', 'horizontal', 'vertical'] } },
  args: { layout: 'auto' },
  render: (args) => html`<dateline-timeline src=${args.src ?? ''} layout=${args.layout} locale="en-GB" label=${args.label ?? ''}></dateline-timeline>`,
};
export default meta;
type Story = StoryObj<Args>;

/** TimelineJS3's eras template by `src`: three eras as bands behind the events, named by the file's title. */
export const TimelineJSEras: Story = { args: { src: 'data/timelinejs/eras.json' } };

/** TimelineJS3's cosmological template: from the Big Bang to 3500 BCE, in EDTF `Y` years. */
export const TimelineJSDeepTime: Story = { args: { src: 'data/timelinejs/cosmo.json' } };

/** The TimelineJS spreadsheet template exported as CSV: HTML in its texts becomes plain text. */
export const SpreadsheetCSV: Story = { args: { src: 'data/timelinejs/my-own-timeline.csv' } };

/** A `src` that does not exist: the timeline keeps what it showed and says why. */
export const FailedLoad: Story = {
  args: { src: 'data/no-such-file.json', label: 'North Korean troops sent to Russia: a timeline' },
  render: (args) =>
    html`<dateline-timeline
      .events=${showcaseEvents}
      .groups=${showcaseGroups}
      src=${args.src ?? ''}
      layout=${args.layout}
      locale="en-GB"
      label=${args.label ?? ''}
    ></dateline-timeline>`,
};

/** Inline JSON: a child `<script type="application/json">`, for pages that can hold markup but no script. */
export const InlineJSON: Story = {
  render: (args) => html`<dateline-timeline layout=${args.layout} locale="en-GB" label="Korea 1950–1953">
    <script type="application/json">
      {
        "events": [
          { "id": "invasion", "start": "1950-06-25", "title": "North Korea invades the South" },
          { "id": "incheon", "start": "1950-09-15", "title": "Landing at Incheon" },
          { "id": "china", "start": "1950-10-19", "title": "Chinese forces cross the Yalu", "certainty": "reported" },
          { "id": "armistice", "start": "1953-07-27", "title": "Armistice signed at Panmunjom" }
        ],
        "eras": [{ "start": "1950-06-25", "end": "1953-07-27", "label": "Korean War" }]
      }
    </script>
  </dateline-timeline>`,
};

const eras: TimelineEra[] = [
  { start: '2022-02-24', end: '2024-07', label: 'Arms and munitions from North Korea', color: '#9a6700' },
  { start: '2024-10', end: '2024-10-18', label: 'Troops in Russia', color: '#d1242f' },
];

const media: Record<string, TimelineEvent['media']> = {
  ships: {
    url: 'data/media/troop-route.svg',
    alt: 'Map sketch: Pyongyang to Vladivostok by sea, then by rail to Moscow and the Kursk region',
    caption: 'The route reported for the troops',
    credit: 'Dateline sketch from the reports',
  },
  treaty: { url: 'https://en.wikipedia.org/wiki/Treaty_on_Comprehensive_Strategic_Partnership_between_Russia_and_North_Korea' },
  summit: {
    url: 'https://upload.wikimedia.org/wikipedia/commons/0/0e/Vladimir_Putin_and_Kim_Jong_Un_%282023-09-13%29.jpg',
    alt: 'Vladimir Putin and Kim Jong Un at the Vostochny Cosmodrome',
    caption: 'At the Vostochny Cosmodrome, 13 September 2023 (offline, the link stands in for the picture)',
    credit: 'Kremlin.ru, CC BY 4.0',
  },
};

/**
 * The showcase with eras and media: an image (a local map sketch) and a link in the details panel;
 * a picture that cannot load gives way to its link.
 */
export const ErasAndMedia: Story = {
  render: (args) => html`<dateline-timeline
    .events=${showcaseEvents.map((e) => (media[e.id] ? { ...e, media: media[e.id] } : e))}
    .groups=${showcaseGroups}
    .eras=${eras}
    selected="ships"
    reference-date=${showcaseReferenceDate}
    layout=${args.layout}
    locale="en-GB"
    label="North Korean troops sent to Russia: a timeline"
  ></dateline-timeline>`,
};
