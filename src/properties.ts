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

export class TimelineProperties extends LitElement {
  /** The data. Treated as immutable: assign a new array to re-render. */
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
}
