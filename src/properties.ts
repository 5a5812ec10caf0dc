/**
 * The public properties of `<dateline-timeline>`, with their documentation (read into the Custom
 * Elements Manifest), declared apart from the element's wiring (`dateline-timeline.ts`).
 */
import { LitElement } from 'lit';
import { property } from 'lit/decorators.js';
import type { FilterValue } from './core/match.js';
import type { DatelineMessages } from './core/messages.js';
import { VERTICAL_BREAKPOINT } from './data/options.js';
import type { Layout, TimelineEra, TimelineEvent, TimelineGroup } from './types.js';

/**
 * The public face of `<dateline-timeline>`: its properties, and the events, parts and custom
 * properties it offers.
 *
 * @fires dateline-select - `{ id, event }` when a person selects an event (click, tap, Enter, Space).
 * @fires dateline-range-change - `{ start: Date, end: Date }` when a zoom or pan gesture ends.
 * @fires dateline-invalid - `{ problems: { index, id?, field, message }[] }` when some events (or eras) could not be used.
 * @fires dateline-load - `{ src, format, count, title? }` when data loaded from `src` (or inline JSON) was applied.
 * @fires dateline-filter-change - `{ filter, matches }` when a person changes the filter bar.
 * @fires dateline-error - `{ src, message, status? }` when loading `src` failed; the data shown before stays.
 *
 * @csspart event - Each rendered event (a button with `data-id`).
 * @csspart cluster - Events drawn as one mark when zoomed out (a button; activating it zooms in).
 * @csspart overview - The overview strip under the axis: all events and the visible window.
 * @csspart event-label - The visible label of an event.
 * @csspart axis - The time axis.
 * @csspart tick-label - A label on the time axis.
 * @csspart lane-label - The name of a lane.
 * @csspart details - The panel that shows the selected event.
 * @csspart list - The list view: a table of every event (shown with the "List view" button).
 * @csspart era - An era: a labelled band behind the lanes, a heading in the vertical column, a band in the overview.
 * @csspart status - The loading state and the message of a failed load.
 * @csspart media - The image or link of the selected event, in the details panel.
 * @csspart filter-bar - The filter bar: search box, toggles, count and Clear button (with `filter-bar`).
 * @csspart period-index - The index of decades, years or months of a long vertical column, kept at the top of the screen.
 * @csspart legend - The legend: a sample of each way of drawing marks that the data uses, with its words.
 *
 * @cssprop [--dateline-background=#ffffff] - Background (dark: #0d1117).
 * @cssprop [--dateline-color=#1b1f24] - Text colour (dark: #e6edf3).
 * @cssprop [--dateline-muted-color=#57606a] - Secondary text: ticks, lane labels, dates.
 * @cssprop [--dateline-grid-color=#d8dee4] - Grid lines and borders.
 * @cssprop [--dateline-accent-color=#0b5cad] - Marks without a lane colour, links.
 * @cssprop [--dateline-focus-color=#0b5cad] - The focus ring.
 * @cssprop [--dateline-lane-background=#f6f8fa] - Background of every other lane.
 * @cssprop [--dateline-reference-color=#b3261e] - The reference-date marker.
 * @cssprop [--dateline-era-color=var(--dateline-muted-color)] - Eras without a colour of their own.
 * @cssprop [--dateline-font=system-ui] - Font family.
 * @cssprop [--dateline-font-size=13px] - Base font size.
 */
export class TimelineProperties extends LitElement {
  /**
   * The data. Treated as immutable: assign a new array to re-render. Reuse the objects of events
   * that did not change (`[...events, next]`): only objects not seen before are read. An event
   * changed in place is read again by `refresh()`.
   */
  @property({ attribute: false }) events: TimelineEvent[] = [];

  /** Order, labels and colours of lanes (optional). */
  @property({ attribute: false }) groups: TimelineGroup[] = [];

  /** Labelled periods drawn as bands behind every lane (sections of the vertical column). */
  @property({ attribute: false }) eras: TimelineEra[] = [];

  /**
   * A URL to load the data from: Dateline JSON, TimelineJS3 JSON or CSV, recognised from the
   * content. Loaded data replaces `events`, `groups` and `eras`; a failed load keeps them.
   */
  @property() src?: string;

  /** `auto` (default) is vertical when the element is narrower than `breakpoint`. */
  @property({ reflect: true }) layout: Layout = 'auto';

  /** Element width (px) below which `layout="auto"` draws the vertical column. Defaults to 640. */
  @property({ type: Number }) breakpoint = VERTICAL_BREAKPOINT;

  /** BCP 47 language of dates and words; defaults to the nearest `lang` (followed as it changes), then the browser's. */
  @property() locale?: string;

  /** Id of the selected event, or null. */
  @property({ reflect: true }) selected: string | null = null;

  /** EDTF date of a labelled marker, e.g. the article's publication date. */
  @property({ attribute: 'reference-date' }) referenceDate?: string;

  /** The timeline's accessible name. */
  @property() label?: string;

  /** IANA time zone that instants are shown in; defaults to the viewer's. */
  @property({ attribute: 'time-zone' }) timeZone?: string;

  /**
   * `auto` (default) cuts long empty stretches out of the horizontal axis and draws a break in
   * their place (see the README for the rule); `off` keeps one linear scale.
   */
  @property() gaps: 'auto' | 'off' = 'auto';

  /**
   * Overrides for the UI strings. The strings of the `locale`'s language are used by default
   * (English, Korean, Ukrainian, Russian, French, German, Spanish and Arabic ship); give any subset
   * to change or add a language.
   */
  @property({ attribute: false }) messages?: Partial<DatelineMessages>;

  /**
   * `auto` (default) shows a legend (`part="legend"`) of the ways of drawing marks that the data
   * uses (certainty, precision, qualifiers, open ends); `off` removes it.
   */
  @property() legend: 'auto' | 'off' = 'auto';

  /**
   * Shows only the events that match: a `TimelineFilter` (`text` ignoring case and accents; sets of
   * `groups`, `tags`, `certainty`: any of a set, every set given) or a predicate. The others are
   * not drawn, reached by keys, listed or counted in clusters; the overview dims them.
   */
  @property({ attribute: false }) filter: FilterValue = null;

  /** Shows the filter bar (`part="filter-bar"`): a search box and toggles for lanes, tags and certainty. */
  @property({ type: Boolean, attribute: 'filter-bar' }) filterBar = false;

  /**
   * Shows a Download button in the toolbar whose menu saves the timeline as an image: SVG or PNG of
   * every event shown (see `toSVG()` and `toPNG()`), named from `label` and the dates.
   */
  @property({ type: Boolean }) exportable = false;

  /**
   * Deep links: selecting an event writes `#<hash-prefix><id>` into the address (replacing the
   * history entry), and such a hash, on page load or when it changes, selects that event, brings
   * it into view and shows its details, which then offer "Copy link". Ids should stay stable.
   */
  @property({ type: Boolean, attribute: 'hash-links' }) hashLinks = false;

  /** The prefix of this timeline's hashes (with `hash-links`); give each timeline on a page its own. Defaults to `event-`. */
  @property({ attribute: 'hash-prefix' }) hashPrefix = 'event-';
}
