import { LitElement, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { styleMap } from 'lit/directives/style-map.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { repeat } from 'lit/directives/repeat.js';
import { formatDate, formatPoint, formatWindow, normaliseDate, type DatePoint, type FormatOptions } from './core/dates.js';
import { binLane, computeLayout, computeStack, type LayoutItem, type Placement } from './core/layout.js';
import { en, type DatelineMessages } from './core/messages.js';
import { isRtlLocale, messagesFor } from './core/locales.js';
import { createTimeScale, createViewScale, interpolateAll, padExtent, scaleLinear, type TimeScale } from './core/scale.js';
import { computeSegments, createSegmentedScale } from './core/segments.js';
import { createTimeIndex, lowerBound, type TimeIndex } from './core/time-index.js';
import { computeSpans, type Spans } from './core/spans.js';
import { computeTicks, labelSpan, type Tick } from './core/ticks.js';
import { isSafeUrl, validateEvents, type NormalisedEvent } from './core/validate.js';
import { ResizeController } from './controllers/resize.js';
import { VisibleController } from './controllers/visible.js';
import { ZoomController } from './controllers/zoom.js';
import { KeyboardController } from './controllers/keyboard.js';
import { createDatelineEvent } from './events.js';
import { styles } from './styles.js';
import { DARK_PALETTE, PALETTE } from './core/palette.js';
import type { Layout, TimelineEvent, TimelineGroup, TimelineProblem } from './types.js';

/** Below this width (px) `layout="auto"` draws the vertical column. */
export const VERTICAL_BREAKPOINT = 640;

/**
 * A toolbar icon drawn with strokes in the text colour. Drawn rather than typed as characters:
 * glyphs such as ⤢ are missing from many system fonts, and looking for a fallback font costs the
 * first render several milliseconds (and draws differently on every system).
 */
const icon = (d: string) => html`<svg viewBox="0 0 16 16" width="16" height="16" aria-hidden="true" focusable="false"><path d=${d} /></svg>`;

const ROW = 30;
const HOUR = 3_600_000;
const DAY = 86_400_000;
const LANE_HEADER = 22;
const MARK = 14;
/** Room (px) kept for a binned cluster's pill: a count of up to four digits. */
const CLUSTER = 36;
/**
 * Narrowest bin (px) of a lane too dense to pack; bins are 1–2 times this wide, so pills (up to
 * `CLUSTER` wide) keep some air between them.
 */
const BIN = 64;
const CULL = 400;
const UNKNOWN_END = 64;
const FRAME = 16;
/** Properties whose changes only the template reads; the frame is not recomputed for them. */
const UI_STATE = new Set(['_help', '_list', '_listPage', '_focusId', 'selected', 'label']);
/** Rows per page of the list view: one table of every event took 3 s at 10,000 events here. */
export const LIST_PAGE = 100;
/** Above this many events the region also says how many there are and points to the list view. */
export const SUMMARY_THRESHOLD = 200;
/** Height of the overview strip in px. */
const OVERVIEW = 28;
/** Longest text measured for a label; longer titles are cut with an ellipsis anyway. */
const MAX_MEASURED = 300;
/** Characters that may be wider than 1.2em: any outside Latin to CJK and Hangul syllables. */
const UNCOMMON = /[^\u0020-\u2fff\u3000-\u9fff\uac00-\ud7af]/;
/** Longest empty stretch (px) the vertical layout draws before it compresses time. */
const VERTICAL_MAX_GAP = 96;
/** Above this many events the vertical column draws only the entries near the screen. */
const VERTICAL_WINDOW = 500;

interface Lane {
  key: string;
  label: string;
  color?: string;
  top: number;
  height: number;
}

interface Mark {
  /** `data-key`: the event id, or `cluster:` and the first member's id. */
  key: string;
  /** The event (a cluster's first member). */
  item: NormalisedEvent;
  /**
   * A cluster: how many events it holds, their positions in time order (in `_items`, listed only
   * when asked for), and whether it is a bin (a pill sized by its count, which a zoom step only
   * moves) or a cluster of a packed row (as wide as its events' extent).
   */
  members?: { count: number; positions: () => Iterable<number>; bin: boolean };
  x: number;
  y: number;
  width: number;
  /** Width of the mark itself: a dot, or a bar across the span or the date's extent. */
  markWidth: number;
  labelWidth: number;
  /** The date as the data states it. */
  when: string;
  lane: Lane;
  span: boolean;
  extent: boolean;
  /** The label stands left of the mark. */
  flipped?: boolean;
  openEnd: boolean;
  /** Vertical layout only: the span's track, length in px. */
  track?: { x: number; length: number };
}

/** The vertical column's layout of every event (see `_columnOf`). */
interface Column {
  items: NormalisedEvent[];
  width: number;
  /** Each event's top, in time order; never decreasing. */
  ys: number[];
  tracks: Mark['track'][];
  scale: TimeScale;
  total: number;
  left: number;
  textWidth: number;
}

/** Each lane's events in time order, with their base positions (see `_lanesOf`). */
interface LaneData {
  base: unknown;
  keys: string[];
  /** Each event's lane, and its position in that lane (by its position in time order). */
  laneOf: Int32Array;
  pos: Int32Array;
  lanes: { items: Int32Array; starts: Float64Array; ends: Float64Array }[];
}

interface Frame {
  vertical: boolean;
  width: number;
  height: number;
  lanes: Lane[];
  marks: Mark[];
  ticks: Tick[];
  reference?: { pos: number; label: string };
  /** Compressed gaps in view, as [from, to] px. */
  breaks?: [number, number][];
  /** The `data-key` of the mark that shows an event (itself or its cluster), if it was laid out. */
  keyOf: (id: string) => string | undefined;
}

/** Whether Intl formats each locale tag seen so far. */
const SUPPORTED = new Map<string, boolean>();

/** The value cached for `key`, made and cached the first time. */
function memo<K extends object, V>(cache: WeakMap<K, V>, key: K, make: () => V): V {
  let value = cache.get(key);
  if (value === undefined) cache.set(key, (value = make()));
  return value;
}

/** Cuts very long text for names and tooltips; the details panel shows it whole. */
const clip = (text: string, max = 500) => (text.length > max ? `${text.slice(0, max)}…` : text);

/**
 * A dated, interactive timeline. Each date is drawn and labelled at the precision it is known.
 *
 * @tag dateline-timeline
 *
 * @fires dateline-select - `{ id, event }` when a person selects an event (click, tap, Enter, Space).
 * @fires dateline-range-change - `{ start: Date, end: Date }` when a zoom or pan gesture ends.
 * @fires dateline-invalid - `{ problems: { index, id?, field, message }[] }` when some events could not be used.
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
 *
 * @cssprop [--dateline-background=#ffffff] - Background (dark: #0d1117).
 * @cssprop [--dateline-color=#1b1f24] - Text colour (dark: #e6edf3).
 * @cssprop [--dateline-muted-color=#57606a] - Secondary text: ticks, lane labels, dates.
 * @cssprop [--dateline-grid-color=#d8dee4] - Grid lines and borders.
 * @cssprop [--dateline-accent-color=#0b5cad] - Marks without a lane colour, links.
 * @cssprop [--dateline-focus-color=#0b5cad] - The focus ring.
 * @cssprop [--dateline-lane-background=#f6f8fa] - Background of every other lane.
 * @cssprop [--dateline-reference-color=#b3261e] - The reference-date marker.
 * @cssprop [--dateline-font=system-ui] - Font family.
 * @cssprop [--dateline-font-size=13px] - Base font size.
 */
export class DatelineTimeline extends LitElement {
  static override styles = styles;

  /** The data. Treated as immutable: assign a new array to re-render. */
  @property({ attribute: false }) events: TimelineEvent[] = [];

  /** Order, labels and colours of lanes (optional). */
  @property({ attribute: false }) groups: TimelineGroup[] = [];

  /** `auto` (default) is vertical when the element is narrower than `breakpoint`. */
  @property({ reflect: true }) layout: Layout = 'auto';

  /** Element width (px) below which `layout="auto"` draws the vertical column. Defaults to 640. */
  @property({ type: Number }) breakpoint = VERTICAL_BREAKPOINT;

  /** BCP 47 locale for dates; defaults to the nearest `lang`, then the browser's. */
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

  /** The strings in use: the locale's shipped messages with `messages` on top. */
  private _m: DatelineMessages = en;
  /** Time runs right to left (an RTL `dir` around the element, or an RTL locale). */
  private _rtl = false;

  /** The problems found in the last assigned `events` (read-only). */
  get problems(): readonly TimelineProblem[] {
    return this._problems;
  }

  @state() private _view: [number, number] | null = null;
  @state() private _focusId: string | null = null;
  @state() private _help = false;
  @state() private _list = false;
  /** The page of the list view shown (it is clamped to the pages there are when drawn). */
  @state() private _listPage = 0;

  /** The events in time order as columns (see `computeSpans`). */
  private _spans: Spans = computeSpans([]);
  /** The valid events in time order. */
  private get _items(): NormalisedEvent[] {
    return this._spans.items;
  }
  /** The time index of `_items`, built the first time a frame packs a lane (binned lanes need none). */
  private _index?: TimeIndex;
  /** The events by id; each knows its position in time order (`pos`, in `_items`). */
  private _byId = new Map<string, NormalisedEvent>();
  private _lastRender = -Infinity;
  /** The reader or code zoomed away from "show all"; new data then keeps the window. */
  private _zoomed = false;
  private _problems: TimelineProblem[] = [];
  /** Padded extent of all data (floating ms). */
  private _extent: [number, number] | null = null;
  /** The horizontal base scale over [0, width], cached until data, width or `gaps` change. */
  private _base?: {
    scale: TimeScale;
    maxK: number;
    width: number;
    items: NormalisedEvent[];
    gaps: string;
    rtl: boolean;
    breaks: [number, number][];
    /** A time's base position in reading order (from the inline start). */
    reading: (t: number) => number;
    /** Each event's start and end on `reading` (pairs, in time order; NaN where open). */
    px: Float64Array;
  };
  private _frame: Frame = { vertical: false, width: 0, height: 0, lanes: [], marks: [], ticks: [], keyOf: () => undefined };
  private _measure?: CanvasRenderingContext2D | null;
  private _widths = new Map<string, number>();
  private readonly _resize = new ResizeController(this);
  /** Asks for an update when a long vertical column scrolls past the entries it drew. */
  private readonly _visible = new VisibleController(this);
  /** Owns the keyboard (registered as a controller; nothing reads it after that). */
  protected readonly _keys = new KeyboardController(this, {
    items: () => {
      const { items, group, groups, starts } = this._spans;
      const lanes = groups.map((g) => this._laneIndex.get(g) ?? 0);
      return { length: items.length, lane: (i) => lanes[group[i]], time: (i) => starts[i] };
    },
    range: (key) => {
      const m = this._frame.marks.find((m) => m.key === key);
      if (!m?.members) return m && [m.item.pos, m.item.pos];
      let [lo, hi] = [Infinity, -Infinity];
      for (const pos of m.members.positions()) [lo, hi] = [Math.min(lo, pos), Math.max(hi, pos)];
      return [lo, hi];
    },
    idAt: (i) => this._items[i].id,
    vertical: () => this._frame.vertical,
    rtl: () => this._rtl && !this._frame.vertical,
    pageSize: () => this._frame.marks.length,
    focus: (id) => void this.focusEvent(id),
    zoomAround: (id, factor) => this._zoomAround(id, factor),
    fit: () => {
      this.fit();
      this._announce();
    },
    escape: () => {
      if (this._help) this._help = false;
      else if (this.selected !== null) this._closeDetails();
      else return false;
      return true;
    },
    toggleHelp: () => (this._help = !this._help),
  });
  private _laneIndex = new Map<string, number>();
  private readonly _zoom = new ZoomController(this, {
    onView: (view) => {
      // Programmatic moves echo back through d3-zoom; ignore echoes that change nothing.
      const v = this._view;
      const tolerance = v ? (v[1] - v[0]) * 1e-6 : 0;
      if (!v || Math.abs(v[0] - view[0]) > tolerance || Math.abs(v[1] - view[1]) > tolerance) this._view = view;
    },
    onGestureEnd: (view) => {
      this._rangeChanged(view);
      this._announce(view);
    },
    wheelZooms: () => this.matches(':focus-within'),
  });

  /**
   * Coalesces bursts (e.g. a live feed assigning `events` 60 times a second, or wheel events
   * faster than frames): an update that follows the last render of events within one frame waits
   * for the rest of that frame.
   */
  protected override async scheduleUpdate(): Promise<void> {
    const since = performance.now() - this._lastRender;
    if (since < FRAME) await new Promise((resolve) => setTimeout(resolve, FRAME - since));
    super.scheduleUpdate();
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // Controllers re-attach in updated(); make sure one runs after a reconnection.
    this.requestUpdate();
  }

  /**
   * Re-reads `events` after it was changed in place. `events` is treated as immutable (assigning a
   * new array re-renders); call this if you mutate the array or its objects instead.
   */
  refresh(): void {
    this.requestUpdate('events');
  }

  /** Shows all events. */
  fit(): void {
    const full = this._fullView();
    if (!full) return;
    this._zoomed = false;
    this._view = full;
    this._zoom.show(full);
  }

  /** The window that shows every event. */
  private _fullView(): [number, number] | null {
    if (!this._base) return this._extent;
    const d = this._base.scale.domain();
    return [+d[0], +d[d.length - 1]];
  }

  /** Shows the window from `start` to `end` (EDTF strings or Dates). */
  zoomTo(start: string | Date, end: string | Date): void {
    const a = normaliseDate(start, this.timeZone);
    const b = normaliseDate(end, this.timeZone);
    if (!a.ok || !b.ok) throw new RangeError(`zoomTo: ${!a.ok ? `start ${a.message}` : `end ${(b as { message: string }).message}`}`);
    const lo = a.date.start?.min ?? a.date.end?.min;
    const hi = b.date.end?.max ?? b.date.start?.max;
    if (lo === undefined || hi === undefined || !(hi > lo)) throw new RangeError('zoomTo: end must be after start');
    this._view = [lo, hi];
    this._zoomed = true;
    this._zoom.show(this._view);
  }

  /** Scrolls the event into view and focuses it. */
  async focusEvent(id: string): Promise<void> {
    const item = this._byId.get(id);
    if (!item) return;
    const view = this._view;
    const base = this._base?.scale;
    if (base && view && !this._isVertical() && (item.min > view[1] || (Number.isFinite(item.min) ? item.min : item.max) < view[0])) {
      // Pan in pixels of the base scale, so a move across a compressed gap keeps the zoom level.
      this._view = this._viewAround(base(Number.isFinite(item.min) ? item.min : item.max), Math.abs(base(view[1]) - base(view[0])) / 2);
      this._zoom.show(this._view);
    }
    this._focusId = id;
    await this.updateComplete;
    const key = this._frame.keyOf(id) ?? id;
    const button = this.renderRoot.querySelector<HTMLElement>(`[data-key="${CSS.escape(key)}"]`);
    // The page scrolls the vertical column; the horizontal plot pans through the view instead.
    if (this._frame.vertical) button?.scrollIntoView?.({ block: 'nearest' });
    button?.focus({ preventScroll: !this._frame.vertical });
  }

  /** Says the visible range in the live region (after gestures and keys, never per frame). */
  private _announce(view = this._view): void {
    // Written straight into the live region: re-rendering every mark to say one sentence would
    // cost a whole frame at large sizes. The template binds nothing inside that element.
    const live = this.renderRoot.querySelector('[aria-live]');
    if (view && live) live.textContent = this._m.showing(formatWindow(view[0], view[1], this._fmt));
  }

  private _zoomAround(id: string, factor: number): void {
    const item = this._byId.get(id);
    const base = this._base?.scale;
    if (!item || !base || !this._view || this._frame.vertical) return;
    const x = createViewScale(base, this._view)(Number.isFinite(item.min) ? item.min : item.max);
    this._zoom.zoomBy(factor, x);
    void this.focusEvent(id);
  }

  private _isVertical(): boolean {
    return this.layout === 'vertical' || (this.layout === 'auto' && this._resize.width > 0 && this._resize.width < this.breakpoint);
  }

  /** The locale, zone and strings in use, settled once per update in `willUpdate`. */
  private _fmt: FormatOptions = { messages: en };
  /** Counts in the same locale (the summary, the list view's pages), made with `_fmt`. */
  private _count = new Intl.NumberFormat();

  /** `locale`, else the nearest `lang`, when Intl supports it; else the browser's. */
  private _resolveLocale(): string | undefined {
    const locale = this.locale || this.closest('[lang]')?.getAttribute('lang') || undefined;
    if (!locale) return undefined;
    // Asked on every update, zoom frames included: remember Intl's answer per tag.
    let supported = SUPPORTED.get(locale);
    if (supported === undefined) SUPPORTED.set(locale, (supported = Intl.DateTimeFormat.supportedLocalesOf(locale).length > 0));
    return supported ? locale : undefined;
  }

  private _labelWidth(text: string): number {
    text = text.length > MAX_MEASURED ? text.slice(0, MAX_MEASURED) : text;
    let w = this._widths.get(text);
    if (w === undefined) {
      if (this._measure === undefined) {
        this._measure = document.createElement('canvas').getContext('2d');
        const cs = getComputedStyle(this);
        if (this._measure) this._measure.font = `${cs.fontSize} ${cs.fontFamily}`;
      }
      w = Math.ceil((this._measure?.measureText(text).width ?? text.length * 7) + 4);
      this._widths.set(text, w);
    }
    return w;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('locale') || changed.has('timeZone') || changed.has('messages') || changed.has('events') || changed.has('groups')) {
      this._whenCache = new WeakMap();
      this._pointCache = new WeakMap();
      this._nameCache = new WeakMap();
    }
    const locale = this._resolveLocale();
    // Built again only when one of its inputs changed (this runs on every zoom frame); before the
    // first update `_fmt` still holds the bare defaults.
    if (locale !== this._fmt.locale || this.timeZone !== this._fmt.timeZone || changed.has('messages') || this._fmt.messages === en) {
      this._m = { ...messagesFor(locale), ...(this.messages ?? {}) };
      this._fmt = { locale, timeZone: this.timeZone, messages: this._m };
      this._count = new Intl.NumberFormat(locale);
    }
    const dir = this.closest('[dir]')?.getAttribute('dir');
    this._rtl = dir ? dir.toLowerCase() === 'rtl' : isRtlLocale(locale);
    if (changed.has('events') || changed.has('timeZone')) {
      const { events, problems, byId } = validateEvents(this.events, { timeZone: this.timeZone });
      this._spans = computeSpans(events);
      this._byId = byId;
      this._index = undefined;
      this._problems = problems;
      this._extent = this._spans.extent ? padExtent(this._spans.extent) : null;
      // New data is shown whole, unless the reader zoomed in and that window still holds data.
      const v = this._view;
      if (!this._zoomed || !this._extent || !v || v[1] < this._extent[0] || v[0] > this._extent[1]) {
        this._view = null;
        this._zoomed = false;
      }
      if (problems.length) {
        this.dispatchEvent(createDatelineEvent('dateline-invalid', { problems }));
        const entries = new Set(problems.map((p) => p.index)).size;
        console.warn(`dateline-timeline: ${entries} event(s) left out:\n` + problems.map((p) => `- [${p.index}] ${p.message}`).join('\n'));
      }
    }
    if (changed.has('events') || changed.has('timeZone') || changed.has('groups')) this._laneKeys = this._computeLaneKeys();
    // Opening the help or the list, moving focus or selecting leave the drawing as it is.
    const width = this._resize.measure();
    if (width !== this._frame.width || [...changed.keys()].some((k) => !UI_STATE.has(k as string))) this._frame = this._computeFrame();
    else if (this._frame.vertical && this._column && (this._visible.covered || (changed as Map<string, unknown>).has('_focusId') || changed.has('selected'))) {
      // A long column scrolled, or keys moved to an entry it may not have drawn yet.
      this._frame = { ...this._frame, marks: this._columnMarks(this._column, this._frame.lanes, this._laneIndex, this._fmt) };
    }
  }

  /** An event's date as the data states it, formatted once per locale, zone and messages. */
  private _when(item: NormalisedEvent, fmt: FormatOptions): string {
    return memo(this._whenCache, item, () => formatDate(item.date, fmt));
  }

  private _whenCache = new WeakMap<NormalisedEvent, string>();
  private _pointCache = new WeakMap<DatePoint, string>();

  /**
   * A cluster's date range, from its earliest start to its latest end. Membership changes with
   * every zoom step, so the two ends are formatted (and cached) on their own rather than as one
   * Intl range, which costs far more.
   */
  private _clusterWhen(earliest: NormalisedEvent, latest: NormalisedEvent, fmt: FormatOptions): string {
    const say = (p: DatePoint) => memo(this._pointCache, p, () => formatPoint(p, fmt));
    const first = earliest.date.start ? say(earliest.date.start) : '…';
    const last = latest.date.end;
    if (!last) return latest.date.openEnd === 'open' ? this._m.ongoing(first) : this._m.unknownEnd(first);
    const b = say(last);
    return first === b ? first : `${first} – ${b}`;
  }

  /** Lane keys in order: `groups` first, then the rest by first appearance in the input. */
  private _computeLaneKeys(): string[] {
    const keys = new Set<string>();
    for (const g of Array.isArray(this.groups) ? this.groups : []) if (g && typeof g.id === 'string') keys.add(g.id);
    for (const k of this._spans.groups) if (k) keys.add(k);
    const used = new Set(this._spans.groups);
    return [...keys, ''].filter((k) => used.has(k));
  }

  private _laneKeys: string[] = [];

  private _lanes(): Lane[] {
    const groups = new Map<string, TimelineGroup>();
    for (const g of Array.isArray(this.groups) ? this.groups : []) if (g && typeof g.id === 'string' && !groups.has(g.id)) groups.set(g.id, g);
    const dark = matchMedia?.('(prefers-color-scheme: dark)').matches;
    return this._laneKeys.map((key, i) => {
      const g = groups.get(key);
      const color = g?.color && CSS.supports('color', g.color) ? g.color : (dark ? DARK_PALETTE : PALETTE)[i % PALETTE.length];
      return { key, label: key ? (typeof g?.label === 'string' ? g.label : key) : this._m.ungrouped, color, top: 0, height: 0 };
    });
  }

  /**
   * The horizontal base scale: all data over [0, width], with long empty stretches cut out when
   * `gaps` is `auto`. Cached until the data, the width or `gaps` change.
   */
  private _baseScale(width: number): NonNullable<DatelineTimeline['_base']> {
    const cached = this._base;
    if (cached && cached.width === width && cached.items === this._items && cached.gaps === this.gaps && cached.rtl === this._rtl) return cached;
    const { starts, ends, finest } = this._spans;
    const px = this._spans.px.slice();
    const segments = this.gaps === 'off' ? [] : computeSegments(starts, ends);
    const scale = segments.length > 1 ? createSegmentedScale(segments, width).scale : createTimeScale(this._extent!, width);
    // Right to left, time runs from the right edge: the zoom works in these display pixels.
    if (this._rtl) scale.range(scale.range().map((x) => width - x));
    const domain = scale.domain().map(Number);
    const range = scale.range();
    const breaks: [number, number][] = [];
    let slowest = Infinity;
    for (let i = 0; i + 1 < domain.length; i += 2) {
      slowest = Math.min(slowest, Math.abs(range[i + 1] - range[i]) / Math.max(1, domain[i + 1] - domain[i]));
      if (i + 2 < domain.length) breaks.push([domain[i + 1], domain[i + 2]]);
    }
    // Zoom in until twice the finest precision in the data (at least an hour) fills the width in
    // the most compressed segment; segments drawn larger reach finer windows at the same zoom.
    const minSpan = Math.max(HOUR, 2 * (Number.isFinite(finest) ? finest : HOUR));
    const reading = (t: number) => (this._rtl ? width - scale(t) : scale(t));
    // Every start and end in reading order, through the scale's knots.
    interpolateAll(domain, range, px);
    if (this._rtl) for (let j = 0; j < px.length; j++) px[j] = width - px[j];
    this._base = { scale, maxK: width / (minSpan * slowest), width, items: this._items, gaps: this.gaps, rtl: this._rtl, breaks, reading, px };
    return this._base;
  }

  /** Ticks for each segment of the visible scale, each at its own interval; none inside breaks. */
  private _segmentTicks(scale: TimeScale, width: number, fmt: FormatOptions): Tick[] {
    const domain = scale.domain().map(Number);
    const ticks: Tick[] = [];
    for (let i = 0; i + 1 < domain.length; i += 2) {
      const x0 = Math.max(0, scale(domain[i]));
      const x1 = Math.min(width, scale(domain[i + 1]));
      if (x1 - x0 < 30) continue;
      const t0 = +scale.invert(x0);
      const t1 = +scale.invert(x1);
      const before = ticks.length;
      if (t1 - t0 >= 3 * DAY) {
        for (const t of computeTicks(createTimeScale([t0, t1], x1 - x0), fmt, 110)) {
          const pos = x0 + t.pos;
          if (pos > x0 + 12 && pos < x1 - 12) ticks.push({ ...t, pos });
        }
      }
      // A segment too short or narrow for ticks still says when it is.
      if (ticks.length === before) ticks.push({ value: (t0 + t1) / 2, pos: (x0 + x1) / 2, label: labelSpan(t0, t1, fmt) });
    }
    return ticks;
  }

  private _computeFrame(): Frame {
    const width = this._resize.measure();
    const vertical = this._isVertical();
    const empty: Frame = { vertical, width, height: 0, lanes: [], marks: [], ticks: [], keyOf: () => undefined };
    if (!this._extent || width <= 0) return empty;
    const fmt = this._fmt;
    const lanes = this._lanes();
    const laneIndex = new Map(lanes.map((l, i) => [l.key, i]));
    this._laneIndex = laneIndex;
    const ref = this.referenceDate ? normaliseDate(this.referenceDate, this.timeZone) : null;
    const refPoint = ref?.ok ? ref.date.start : null;
    const reference = refPoint ? { value: refPoint.min, label: this._m.reference(formatPoint(refPoint, fmt)) } : undefined;
    return vertical
      ? this._verticalFrame(width, lanes, laneIndex, fmt, reference)
      : this._horizontalFrame(width, lanes, laneIndex, fmt, reference);
  }

  /**
   * Each lane's events in time order with their base positions, for binning a lane by binary
   * search and one pass over typed arrays. Cached until the base scale or the lanes change.
   */
  private _lanesOf(base: NonNullable<DatelineTimeline['_base']>, laneIndex: Map<string, number>, count: number): LaneData {
    const cached = this._laneData;
    if (cached && cached.base === base && cached.keys === this._laneKeys) return cached;
    const laneOfGroup = this._spans.groups.map((g) => laneIndex.get(g)!);
    const group = this._spans.group;
    const laneOf = new Int32Array(group.length);
    const sizes = new Array<number>(count).fill(0);
    for (let i = 0; i < group.length; i++) sizes[(laneOf[i] = laneOfGroup[group[i]])]++;
    const lanes = sizes.map((n) => ({ items: new Int32Array(n), starts: new Float64Array(n), ends: new Float64Array(n), filled: 0 }));
    const pos = new Int32Array(this._items.length);
    laneOf.forEach((l, i) => {
      const lane = lanes[l];
      const k = (pos[i] = lane.filled++);
      lane.items[k] = i;
      // Open starts sort first and count from the start of the data; open ends run past the end.
      lane.starts[k] = Number.isNaN(base.px[2 * i]) ? 0 : base.px[2 * i];
      lane.ends[k] = Number.isNaN(base.px[2 * i + 1]) ? Infinity : base.px[2 * i + 1];
    });
    this._laneData = { base, keys: this._laneKeys, laneOf, pos, lanes };
    return this._laneData;
  }

  private _laneData?: LaneData;

  private _horizontalFrame(
    width: number,
    lanes: Lane[],
    laneIndex: Map<string, number>,
    fmt: FormatOptions,
    reference?: { value: number; label: string },
  ): Frame {
    const base = this._baseScale(width);
    this._view ??= this._fullView();
    // Layout works in reading order (from the inline start), which is mirrored right to left; the
    // marks are placed from the inline start, so the browser mirrors them back.
    const display = createViewScale(base.scale, this._view!);
    const scale = this._rtl ? display.copy().range(display.range().map((x) => width - x)) : display;
    const clamp = (x: number) => Math.max(-CULL, Math.min(width + CULL, x));
    // The view is the base scale stretched by k and shifted by c (in reading-order pixels), so
    // each event's place is k·x + c of its base position, computed once per base scale.
    const k = width / Math.max(1e-9, base.reading(this._view![1]) - base.reading(this._view![0]));
    const c = -k * base.reading(this._view![0]);
    const toPx = (x: number) => clamp(k * x + c);
    const data = this._lanesOf(base, laneIndex, lanes.length);
    // Every lane changes at its own point of the zoom, spread evenly over one doubling, so that a
    // zoom step rebuilds the nodes of a few lanes, not of all of them at once (each new node
    // costs about 0.2 ms of the frame on a slow machine).
    const phase = (lane: number) => lane / lanes.length;
    // A lane with more starts in view than about four rows of labels 120px apart would hold (fewer
    // by up to half, by its phase) is binned: one row of clusters on a grid fixed in time, which
    // halves at each doubling of the zoom, so panning and most zoom steps keep every cluster (and
    // its nodes) as it is.
    const capacity = 4 * Math.floor(width / 120);
    const [v0, v1] = [-c / k, (width - c) / k];
    const dense = data.lanes.map((l, i) => lowerBound(l.starts, v1) - lowerBound(l.starts, v0) > capacity / 2 ** phase(i));
    const binWidth = (lane: number) => (BIN * k) / 2 ** (Math.floor(Math.log2(k) - phase(lane)) + phase(lane));
    const bins = data.lanes.map((l, i) =>
      dense[i] ? binLane(l.starts, l.ends, lowerBound(l.starts, (-CULL - c) / k), lowerBound(l.starts, (width + CULL - c) / k), toPx, binWidth(i), c, CLUSTER) : [],
    );
    // The other lanes are packed: the index finds their events that overlap the view (and a margin).
    const [a, b] = [+scale.invert(-CULL), +scale.invert(width + CULL)];
    const inView = dense.every(Boolean)
      ? []
      : (this._index ??= createTimeIndex(this._items)).query(Math.min(a, b), Math.max(a, b)).filter((i) => !dense[data.laneOf[i]]);
    const px = base.px;
    const items = inView.map((i): LayoutItem => {
      const it = this._items[i];
      const x0 = clamp(Number.isFinite(it.min) ? k * px[2 * i] + c : 0);
      // An open end stops at the visible edge, where its fade shows that it goes on.
      let x1 = clamp(Number.isFinite(it.max) ? k * px[2 * i + 1] + c : Math.max(width, x0 + UNKNOWN_END));
      // An unknown end fades out over at least this many pixels after its start.
      if (it.date.openEnd === 'unknown') x1 = Math.max(x1, x0 + UNKNOWN_END);
      return { id: it.id, lane: data.laneOf[i], x0, x1, labelWidth: this._labelWidth(it.event.title) };
    });
    const layout = computeLayout(items, { lanes: lanes.length, mark: MARK, limit: width });
    let top = 0;
    const showHeaders = lanes.length > 1 || lanes[0]?.key !== '';
    for (const [i, lane] of lanes.entries()) {
      lane.top = top;
      lane.height = (showHeaders ? LANE_HEADER : 4) + (dense[i] ? 1 : layout.rows[i]) * ROW + 4;
      top += lane.height;
    }
    const marks: Mark[] = [];
    // Only marks that reach into the view get nodes, and only those get their dates said.
    const visible = (m: Mark) => m.x + m.width > 0 && m.x < width;
    bins.forEach((laneBins, lane) => {
      const l = data.lanes[lane];
      for (const bin of laneBins) {
        const item = this._items[l.items[bin.from]];
        const m = this._mark(item, { ...bin, id: item.id, lane, row: 0, labelWidth: 0, flipped: false }, lanes, showHeaders);
        if (bin.to - bin.from > 1) {
          m.key = `cluster:${item.id}`;
          m.members = { count: bin.to - bin.from, positions: () => l.items.subarray(bin.from, bin.to), bin: true };
        }
        if (!visible(m)) continue;
        if (m.members) {
          // The member that ends last (ends are base positions, in the same order as times).
          let latest = bin.from;
          for (let i = bin.from + 1; i < bin.to; i++) if (l.ends[i] > l.ends[latest]) latest = i;
          m.when = this._clusterWhen(item, this._items[l.items[latest]], fmt);
        } else m.when = this._when(item, fmt);
        marks.push(m);
      }
    });
    // The data-key of the mark that shows each packed event (by its position in time order).
    const keys = new Map<number, string>();
    const seen = new Map<Placement, string>();
    inView.forEach((index, i) => {
      const item = this._items[index];
      const p = layout.placements[i];
      const known = seen.get(p);
      if (known !== undefined) {
        keys.set(index, known);
        return;
      }
      const m = this._mark(item, p, lanes, showHeaders);
      if (p.members) {
        const ids = p.members;
        m.key = `cluster:${item.id}`;
        m.members = { count: ids.length, positions: () => ids.map((id) => this._byId.get(id)!.pos), bin: false };
      }
      seen.set(p, m.key);
      keys.set(index, m.key);
      if (!visible(m)) return;
      if (p.members) {
        const members = p.members.map((id) => this._byId.get(id)!);
        // The earliest member comes first in time order; the latest ends last.
        const earliest = members.reduce((a, b) => (b.pos < a.pos ? b : a));
        m.when = this._clusterWhen(earliest, members.reduce((a, b) => (b.max > a.max ? b : a)), fmt);
      } else m.when = this._when(item, fmt);
      marks.push(m);
    });
    /** The mark that shows event `id`: its bin in a binned lane, else its own mark or cluster. */
    const keyOf = (id: string): string | undefined => {
      const index = this._byId.get(id)?.pos;
      if (index === undefined) return undefined;
      const lane = data.laneOf[index];
      if (!dense[lane]) return keys.get(index);
      // Bins hold consecutive positions of their lane, in order: the first that ends after it.
      const at = data.pos[index];
      const laneBins = bins[lane];
      let [lo, hi] = [0, laneBins.length];
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (laneBins[mid].to <= at) lo = mid + 1;
        else hi = mid;
      }
      const bin = laneBins[lo];
      if (!bin || bin.from > at) return undefined;
      return bin.to - bin.from > 1 ? `cluster:${this._items[data.lanes[lane].items[bin.from]].id}` : id;
    };
    return {
      vertical: false,
      width,
      height: top,
      lanes,
      marks,
      ticks: this._segmentTicks(scale, width, fmt),
      breaks: base.breaks.map(([a, b]) => [scale(a), scale(b)] as [number, number]).filter(([a, b]) => b > 0 && a < width),
      keyOf,
      reference: reference && { pos: scale(reference.value), label: reference.label },
    };
  }

  private _mark(item: NormalisedEvent, p: Placement, lanes: Lane[], headers: boolean): Mark {
    const lane = lanes[p.lane];
    const pointLike = item.date.start === item.date.end;
    const extent = p.x1 - p.x0;
    const bar = extent > MARK;
    const markWidth = bar ? extent : MARK;
    const width = p.flipped ? p.labelWidth + 4 + markWidth : Math.max(markWidth, (bar ? 10 : MARK + 4) + p.labelWidth);
    return {
      key: item.id,
      item,
      x: p.flipped ? p.x0 - p.labelWidth - 4 : p.x0,
      when: '',
      y: lane.top + (headers ? LANE_HEADER : 4) + p.row * ROW,
      width,
      flipped: p.flipped,
      markWidth,
      labelWidth: p.labelWidth,
      lane,
      span: !pointLike && bar,
      extent: pointLike && bar,
      openEnd: !Number.isFinite(item.max),
    };
  }

  /**
   * The vertical column: every event's place (pushed down so entries never overlap, long quiet
   * stretches compressed) and its span track. Cached until the data or the width change.
   */
  private _columnOf(width: number): Column {
    const cached = this._column;
    if (cached && cached.items === this._items && cached.width === width) return cached;
    const gutter = 64;
    const trackGap = 10;
    const spans = this._items.filter((it) => it.date.start !== it.date.end);
    const trackCount = Math.min(3, spans.length);
    const left = gutter + trackCount * trackGap + 8;
    const textWidth = Math.max(80, width - left - MARK - 8);
    const height = Math.max(240, this._items.length * 80);
    const [first, last] = this._extent!;
    const base = scaleLinear([first, last], [0, height]);
    const pos = (ms: number) => base(Number.isFinite(ms) ? ms : ms < 0 ? first : last);
    // Measuring a title costs about 13 µs (over a second for 100,000). One that would fit on a
    // line even if each of its characters were 1.2em wide needs none; characters outside the
    // common scripts (emoji, presentation forms, fullwidth forms) may be wider, so titles with
    // them are always measured.
    const em = parseFloat(getComputedStyle(this).fontSize) || 13;
    const oneLine = Math.floor((textWidth - 4) / (1.2 * em));
    const sizes = this._items.map((it) => {
      const title = it.event.title;
      const lines = title.length <= oneLine && !UNCOMMON.test(title) ? 1 : Math.ceil(this._labelWidth(title) / textWidth);
      return 18 + lines * 18 + 12;
    });
    // The first event starts near the top; the padding before it is not drawn.
    const offset = pos(this._items[0].min) - 24;
    const ys = computeStack(
      this._items.map((it) => pos(it.min) - offset),
      sizes,
      VERTICAL_MAX_GAP,
    );
    // The pushed-down positions define a piecewise scale, so ticks and span ends stay consistent.
    const knots = [first, ...this._items.map((it) => (Number.isFinite(it.min) ? it.min : first)), last];
    const ysK = [0, ...ys, Math.max(ys[ys.length - 1] + sizes[sizes.length - 1], height)];
    const scale = scaleLinear(knots, ysK).clamp(true);
    let spanIndex = 0;
    const trackEnds: number[] = [];
    const tracks = this._items.map((item, i): Mark['track'] => {
      if (item.date.start === item.date.end || !trackCount) return undefined;
      const y0 = ys[i];
      const y1 = Math.max(y0 + MARK, scale(Number.isFinite(item.max) ? item.max : last));
      let t = trackEnds.findIndex((e) => e <= y0);
      if (t < 0) t = trackEnds.length < trackCount ? trackEnds.length : spanIndex++ % trackCount;
      trackEnds[t] = y1;
      return { x: gutter + t * trackGap, length: y1 - y0 };
    });
    this._column = { items: this._items, width, ys, tracks, scale, total: ysK[ysK.length - 1], left, textWidth };
    return this._column;
  }

  private _column?: Column;

  private _verticalFrame(
    width: number,
    lanes: Lane[],
    laneIndex: Map<string, number>,
    fmt: FormatOptions,
    reference?: { value: number; label: string },
  ): Frame {
    const column = this._columnOf(width);
    const frame: Frame = {
      vertical: true,
      keyOf: (id) => (this._byId.has(id) ? id : undefined),
      width,
      height: column.total,
      lanes,
      marks: [],
      ticks: computeTicks(column.scale, fmt, 80).filter((t, i, all) => i === 0 || t.pos - all[i - 1].pos > 22),
      reference: reference && { pos: column.scale(reference.value), label: reference.label },
    };
    frame.marks = this._columnMarks(column, lanes, laneIndex, fmt);
    return frame;
  }

  /**
   * The column's marks: all of them, or above `VERTICAL_WINDOW` events those near the screen (with
   * the spans whose tracks reach it, and the focused and selected events, so keys can go there).
   */
  private _columnMarks(column: Column, lanes: Lane[], laneIndex: Map<string, number>, fmt: FormatOptions): Mark[] {
    const { ys, tracks } = column;
    let indices = this._items.map((_, i) => i);
    this._visible.covered = null;
    if (this._items.length > VERTICAL_WINDOW) {
      const [a, b] = (this._visible.covered = this._visible.wanted());
      const near = new Set<number>();
      for (let i = lowerBound(ys, a - ROW); i < ys.length && ys[i] < b; i++) near.add(i);
      tracks.forEach((t, i) => t && ys[i] < a && ys[i] + t.length > a && near.add(i));
      for (const id of [this._focusId, this.selected]) {
        const pos = id ? this._byId.get(id)?.pos : undefined;
        if (pos !== undefined) near.add(pos);
      }
      indices = [...near].sort((x, y) => x - y);
    }
    return indices.map((i): Mark => {
      const item = this._items[i];
      return {
        key: item.id,
        item,
        x: column.left,
        y: ys[i],
        width: column.width - column.left,
        markWidth: MARK,
        labelWidth: column.textWidth,
        when: this._when(item, fmt),
        lane: lanes[laneIndex.get(item.group)!],
        span: false,
        extent: false,
        openEnd: !Number.isFinite(item.max),
        track: tracks[i],
      };
    });
  }

  protected override updated(): void {
    // A render without events has nothing to coalesce with: the first data draws at once.
    this._lastRender = this._items.length ? performance.now() : -Infinity;
    this._drawOverview();
    const viewport = this.renderRoot.querySelector<HTMLElement>('.viewport');
    if (viewport && !this._frame.vertical && this._base && this._view) {
      this._zoom.attach(viewport);
      this._zoom.configure(this._base.scale, this._base.maxK, this._view);
    }
  }

  private _select(id: string | null, user: boolean): void {
    this.selected = id;
    if (id) this._focusId = id;
    const item = id ? this._byId.get(id) : undefined;
    if (user && item) this.dispatchEvent(createDatelineEvent('dateline-select', { id: item.id, event: item.event }));
  }

  /** Clears the selection and returns focus to the event that was selected. */
  private _closeDetails = (): void => {
    const id = this.selected;
    this._select(null, false);
    if (id) void this.focusEvent(id);
  };

  /** A mark's accessible name, built once per event, locale, zone, messages and groups. */
  private _accessibleName(m: Mark): string {
    return memo(this._nameCache, m.item, () => this._describe(m));
  }

  private _nameCache = new WeakMap<NormalisedEvent, string>();

  private _describe(m: Mark): string {
    const e = m.item.event;
    // The visible text (title, then date) leads the name, so speech matches what is seen.
    const parts = [clip(e.title), `${m.when}${e.displayDate ? ` (“${e.displayDate}”)` : ''}`];
    if (m.lane.key) parts.push(m.lane.label);
    parts.push(this._m.claim(m.item.certainty, e.source?.name || undefined));
    return parts.filter(Boolean).join(', ');
  }

  /**
   * The overview strip: every event on the base scale (drawn on a canvas, so it costs one node
   * whatever the number of events) and the visible window, which can be dragged; a click
   * elsewhere centres the view there.
   */
  private _renderOverview(): TemplateResult | typeof nothing {
    const base = this._base?.scale;
    if (!base || !this._view) return nothing;
    const [a, b] = this._view.map((v) => base(v));
    const x0 = Math.max(0, Math.min(a, b));
    const x1 = Math.min(this._frame.width, Math.max(a, b));
    return html`<div
      part="overview"
      class="overview"
      aria-hidden="true"
      @pointerdown=${this._handleOverviewDown}
      @pointermove=${this._handleOverviewMove}
      @pointerup=${this._handleOverviewUp}
      @pointercancel=${this._handleOverviewUp}
    >
      <canvas></canvas>
      <div class="window" style=${styleMap({ left: `${x0}px`, width: `${Math.max(4, x1 - x0)}px` })}></div>
    </div>`;
  }

  /** Offset of the pointer from the window's centre while dragging, or null. */
  private _drag: number | null = null;

  private _handleOverviewDown = (e: PointerEvent): void => {
    const base = this._base?.scale;
    if (!base || !this._view) return;
    const x = e.clientX - (e.currentTarget as HTMLElement).getBoundingClientRect().left;
    const centre = (base(this._view[0]) + base(this._view[1])) / 2;
    const onWindow = (e.target as HTMLElement).classList.contains('window');
    this._drag = onWindow ? x - centre : 0;
    if (!onWindow) this._panTo(x);
    (e.currentTarget as HTMLElement).setPointerCapture?.(e.pointerId);
  };

  private _handleOverviewMove = (e: PointerEvent): void => {
    if (this._drag === null) return;
    const rect = (e.currentTarget as HTMLElement).getBoundingClientRect();
    this._panTo(e.clientX - rect.left - this._drag);
  };

  private _handleOverviewUp = (): void => {
    if (this._drag === null || !this._view) return;
    this._drag = null;
    this._rangeChanged(this._view);
  };

  /** A person moved the view: it stays when new data comes, and listeners hear of it. */
  private _rangeChanged(view: [number, number]): void {
    this._zoomed = true;
    this.dispatchEvent(createDatelineEvent('dateline-range-change', { start: new Date(view[0]), end: new Date(view[1]) }));
  }

  /** Moves the view, keeping its width in base pixels, so that it is centred on `x`. */
  private _panTo(x: number): void {
    const base = this._base!.scale;
    const [a, b] = this._view!.map((v) => base(v));
    const half = Math.abs(b - a) / 2;
    this._view = this._viewAround(Math.max(half, Math.min(this._frame.width - half, x)), half);
    this._zoom.show(this._view);
  }

  /** The time window around base pixel `centre`, `half` base pixels either side (either direction). */
  private _viewAround(centre: number, half: number): [number, number] {
    const base = this._base!.scale;
    const a = +base.invert(centre - half);
    const b = +base.invert(centre + half);
    return a <= b ? [a, b] : [b, a];
  }

  /** Draws the overview's events when the data, the width, the base scale or the lanes changed. */
  private _drawOverview(): void {
    const canvas = this.renderRoot.querySelector<HTMLCanvasElement>('.overview canvas');
    const base = this._base;
    // Lane data is rebuilt whenever the base scale or the lanes change: then the strip is redrawn.
    const drawn = this._laneData;
    if (!canvas || !base || !drawn || (this._overviewDrawn === drawn && canvas.width)) return;
    this._overviewDrawn = drawn;
    const ratio = window.devicePixelRatio || 1;
    const width = this._frame.width;
    const height = OVERVIEW;
    canvas.width = Math.round(width * ratio);
    canvas.height = Math.round(height * ratio);
    canvas.style.width = `${width}px`;
    canvas.style.height = `${height}px`;
    const ctx = canvas.getContext('2d');
    if (!ctx) return;
    ctx.scale(ratio, ratio);
    const lanes = this._frame.lanes;
    const rowHeight = (height - 4) / Math.max(1, lanes.length);
    const { px } = base;
    const laneOf = drawn.laneOf;
    // Which pixel columns each lane covers, counted with a difference array (O(events + width)
    // however long the spans), then drawn as runs: a few hundred rectangles, not one per event.
    const columns = Math.ceil(width);
    const cover = lanes.map(() => new Int32Array(columns + 1));
    for (let i = 0; i < this._items.length; i++) {
      // Open ends run to the edge: 0 and the width in reading order.
      const a = Number.isNaN(px[2 * i]) ? 0 : px[2 * i];
      const b = Math.max(a + 1.5, Number.isNaN(px[2 * i + 1]) ? width : px[2 * i + 1]);
      const lane = cover[laneOf[i]];
      lane[Math.max(0, Math.floor(this._rtl ? width - b : a))]++;
      lane[Math.min(columns, Math.ceil(this._rtl ? width - a : b))]--;
    }
    cover.forEach((diff, l) => {
      ctx.fillStyle = lanes[l].color ?? '#888';
      let depth = 0;
      let start = -1;
      for (let x = 0; x <= columns; x++) {
        depth += diff[x];
        if (depth > 0 && start < 0) start = x;
        else if (depth <= 0 && start >= 0) {
          ctx.fillRect(start, 2 + l * rowHeight, x - start, Math.max(2, rowHeight - 1));
          start = -1;
        }
      }
    });
  }

  private _overviewDrawn?: unknown;

  private _renderCluster(m: Mark, tabKey: string | null): TemplateResult {
    const members = m.members!;
    const name = this._m.cluster(members.count, m.when);
    return html`<div
      role="button"
      part="cluster"
      class="cluster"
      data-key=${m.key}
      style=${styleMap({ transform: this._at(m), width: members.bin ? null : `${m.markWidth}px` })}
      tabindex=${m.key === tabKey ? 0 : -1}
      aria-label=${name}
      title=${name}
      @click=${() => this._openCluster(members.positions())}
    >
      ${members.count}
    </div>`;
  }

  /** Zooms into a cluster's events (given by position in time order), so they separate. */
  private _openCluster(positions: Iterable<number>): void {
    let lo = Infinity;
    let hi = -Infinity;
    let first: NormalisedEvent | undefined;
    for (const pos of positions) {
      const it = this._items[pos];
      lo = Math.min(lo, Number.isFinite(it.min) ? it.min : it.max);
      hi = Math.max(hi, Number.isFinite(it.max) ? it.max : (it.date.start?.max ?? it.min));
      if (!first || it.pos < first.pos) first = it;
    }
    if (!first) return;
    const pad = Math.max((hi - lo) * 0.15, HOUR);
    this._view = [lo - pad, hi + pad];
    this._focusId = first.id;
    this._zoom.show(this._view);
    this._rangeChanged(this._view);
    this._announce();
  }

  /** A mark's position as a transform from the inline-start edge (mirrored right to left). */
  private _at(m: Mark): string {
    return `translate(${this._rtl ? -m.x : m.x}px, ${m.y}px)`;
  }

  private _renderMark(m: Mark, tabId: string | null): TemplateResult {
    const { item } = m;
    const start = item.date.start;
    const cls = [
      m.span ? 'span' : '',
      m.extent ? 'extent' : '',
      // In the vertical layout the span's track shows how it ends; the dot stays whole.
      m.openEnd && !m.track ? 'open-end' : '',
      item.date.openEnd === 'unknown' && !m.track ? 'unknown-end' : '',
      m.flipped ? 'flipped' : '',
      item.certainty,
      start?.approximate || item.date.end?.approximate ? 'approximate' : '',
      start?.uncertain || item.date.end?.uncertain ? 'uncertain' : '',
    ].join(' ');
    const style = {
      transform: this._at(m),
      width: `${m.width}px`,
      '--_lane-color': this._frame.vertical ? (m.lane.color ?? null) : null,
    };
    return html`${m.track
        ? html`<span class="track" style=${styleMap({ insetInlineStart: `${m.track.x}px`, top: `${m.y + 6}px`, height: `${m.track.length}px`, '--_lane-color': m.lane.color ?? null })}></span>`
        : nothing}<div
        role="button"
        part="event"
        class=${cls}
        data-id=${item.id}
        data-key=${m.key}
        style=${styleMap(style)}
        tabindex=${m.key === tabId ? 0 : -1}
        aria-pressed=${this.selected === item.id ? 'true' : 'false'}
        aria-label=${this._accessibleName(m)}
        title=${ifDefined(this._frame.vertical ? undefined : `${clip(item.event.title)} — ${m.when}`)}
        @click=${() => this._select(item.id, true)}
      >
        <span class="mark" style=${styleMap({ width: `${m.markWidth}px` })}></span>
        ${this._frame.vertical
          ? html`<span part="event-label" style=${styleMap({ paddingInlineStart: `${MARK + 8}px` })}
              ><bdi>${item.event.title}</bdi> <span class="when">${m.when}${item.event.displayDate ? html` (“<bdi>${item.event.displayDate}</bdi>”)` : ''}</span></span
            >`
          : m.labelWidth > 0
            ? html`<span part="event-label" style=${styleMap({ maxWidth: `${m.labelWidth + (m.span || m.extent ? 6 : 18)}px` })}>${item.event.title}</span>`
            : nothing}
      </div>`;
  }

  /** Shows or hides the list view; it opens at the page that holds the selected event. */
  private _toggleList = (): void => {
    this._list = !this._list;
    const selected = this.selected ? this._byId.get(this.selected) : undefined;
    if (this._list && selected) this._listPage = Math.floor(selected.pos / LIST_PAGE);
  };

  /**
   * The list view: every event in time order as a table, for reading without the chart, a page of
   * `LIST_PAGE` rows at a time, with page buttons above and below when there is more than one.
   */
  private _renderList(): TemplateResult {
    const m = this._m;
    const fmt = this._fmt;
    const lanes = new Map(this._frame.lanes.map((l) => [l.key, l.label]));
    const total = this._items.length;
    const last = Math.ceil(total / LIST_PAGE) - 1;
    const page = Math.min(this._listPage, last);
    const rows = this._items.slice(page * LIST_PAGE, (page + 1) * LIST_PAGE);
    const n = this._count;
    const status = m.listPage(n.format(page * LIST_PAGE + 1), n.format(page * LIST_PAGE + rows.length), n.format(total));
    // Page buttons stay focusable at either end (aria-disabled): a disabled button would drop focus.
    const turn = (to: number, label: string) =>
      html`<button aria-disabled=${to < 0 || to > last ? 'true' : 'false'} @click=${() => to >= 0 && to <= last && (this._listPage = to)}>${label}</button>`;
    // The upper status is a live region, so turning a page says which rows it shows.
    const pager = (live: boolean) =>
      last > 0
        ? html`<div class="pager">
            ${turn(page - 1, m.previous)}<span aria-live=${ifDefined(live ? 'polite' : undefined)}>${status}</span>${turn(page + 1, m.next)}
          </div>`
        : nothing;
    return html`${pager(true)}<table part="list">
      <caption>${this.label || m.list}</caption>
      <thead>
        <tr>
          <th scope="col">${m.columns.date}</th>
          <th scope="col">${m.columns.title}</th>
          <th scope="col">${m.columns.lane}</th>
          <th scope="col">${m.columns.certainty}</th>
          <th scope="col">${m.columns.source}</th>
        </tr>
      </thead>
      <tbody>
        ${rows.map(
          (it) => html`<tr>
            <td>${formatDate(it.date, fmt)}${it.event.displayDate ? ` (“${it.event.displayDate}”)` : ''}</td>
            <td><button class="link" @click=${() => this._select(it.id, true)}>${it.event.title}</button></td>
            <td>${lanes.get(it.group) ?? ''}</td>
            <td>${m.certainty[it.certainty]}</td>
            <td>${it.event.source?.name ?? ''}</td>
          </tr>`,
        )}
      </tbody>
    </table>${pager(false)}`;
  }

  private _renderDetails(): TemplateResult | typeof nothing {
    const item = this.selected ? this._byId.get(this.selected) : undefined;
    if (!item) return nothing;
    const e = item.event;
    const fmt = this._fmt;
    const lane = this._frame.lanes.find((l) => l.key === item.group);
    const url = isSafeUrl(e.source?.url) ? e.source!.url : undefined;
    return html`<section part="details" aria-label=${e.title} style=${styleMap({ '--_lane-color': lane?.color ?? null })}>
      <button class="close" aria-label=${this._m.close} @click=${this._closeDetails}>×</button>
      <h2><bdi>${e.title}</bdi></h2>
      <p class="meta">
        ${formatDate(item.date, fmt)}${e.displayDate ? html` (“<bdi>${e.displayDate}</bdi>”)` : ''}${lane?.key ? html` · <bdi>${lane.label}</bdi>` : ''} ·
        ${this._m.certainty[item.certainty]}
      </p>
      ${e.description ? html`<p>${e.description}</p>` : nothing}
      ${e.source?.name
        ? html`<p class="meta">
            ${url ? html`<a href=${url} target="_blank" rel="noopener noreferrer">${this._m.source(e.source.name)}</a>` : this._m.source(e.source.name)}
          </p>`
        : nothing}
    </section>`;
  }

  protected override render(): TemplateResult {
    const f = this._frame;
    const name = this.label || this._m.timeline;
    if (!this._items.length) {
      return html`<div role="region" aria-label=${name}><p class="empty">${this._m.empty}</p></div>`;
    }
    const keys = new Set(f.marks.map((m) => m.key));
    const keyOf = (id: string | null) => (id ? f.keyOf(id) : undefined);
    const focusKey = keyOf(this._focusId);
    const selectedKey = keyOf(this.selected);
    const tabKey = focusKey && keys.has(focusKey) ? focusKey : selectedKey && keys.has(selectedKey) ? selectedKey : (f.marks[0]?.key ?? null);
    const lanes = f.lanes.map(
      (l, i) => html`<div class="lane ${i % 2 ? '' : 'odd'}" style=${styleMap({ top: `${l.top}px`, height: `${l.height}px` })}>
        ${f.lanes.length > 1 || l.key ? html`<span part="lane-label"><bdi>${l.label}</bdi></span>` : nothing}
      </div>`,
    );
    // Keyed: a mark that stays in view keeps its nodes, and a zoom frame only moves them.
    const keyed = (list: Mark[]) => repeat(list, (m) => m.key, (m) => (m.members ? this._renderCluster(m, tabKey) : this._renderMark(m, tabKey)));
    // Horizontally, each lane's marks share one parent that sets the lane colour: a custom property
    // in a mark's own style would make the browser restyle it (and its children) in full every time
    // it moves. The vertical column is never zoomed and keeps its marks in time order.
    const byLane = new Map(f.lanes.map((l) => [l, [] as Mark[]]));
    for (const m of f.marks) byLane.get(m.lane)?.push(m);
    const marks = f.vertical
      ? keyed(f.marks)
      : [...byLane].map(([lane, list]) => html`<div class="lane-marks" style=${styleMap({ '--_lane-color': lane.color ?? null })}>${keyed(list)}</div>`);
    const reference = f.reference
      ? html`<div class="reference ${!f.vertical && f.reference.pos > f.width - 200 ? 'flipped' : ''}" style=${styleMap(f.vertical ? { top: `${f.reference.pos}px`, insetInline: '0', bottom: 'auto', borderInlineStart: '0', borderTop: '2px dashed var(--_reference)' } : { insetInlineStart: `${f.reference.pos}px` })}>
          <span>${f.reference.label}</span>
        </div>`
      : nothing;
    const ticks = f.ticks.map(
      (t) => html`<span part="tick-label" style=${styleMap(f.vertical ? { top: `${t.pos}px` } : { insetInlineStart: `${t.pos}px` })}>${t.label}</span>`,
    );
    const many = this._items.length > SUMMARY_THRESHOLD;
    const m = this._m;
    return html`<div
      role="region"
      aria-label=${name}
      aria-describedby=${ifDefined(many ? 'summary' : undefined)}
      tabindex="-1"
      dir=${this._rtl ? 'rtl' : 'ltr'}
      class=${f.vertical ? 'vertical' : 'horizontal'}
    >
      ${many ? html`<p id="summary" class="visually-hidden">${m.summary(this._count.format(this._items.length))}</p>` : nothing}
      <div class="toolbar">
        ${f.vertical
          ? nothing
          : html`<button aria-label=${m.zoomIn} title=${m.zoomIn} @click=${() => this._zoom.zoomBy(2)}>${icon('M8 3v10M3 8h10')}</button>
              <button aria-label=${m.zoomOut} title=${m.zoomOut} @click=${() => this._zoom.zoomBy(0.5)}>${icon('M3 8h10')}</button>
              <button aria-label=${m.fit} title=${m.fit} @click=${() => (this.fit(), this._announce())}>${icon('M3 13 13 3M8 3h5v5M3 8v5h5')}</button>`}
        <button aria-pressed=${this._list ? 'true' : 'false'} @click=${this._toggleList}>${m.list}</button>
        <button aria-label=${m.help} title=${m.help} aria-expanded=${this._help ? 'true' : 'false'} aria-controls="help" @click=${() => (this._help = !this._help)}>?</button>
      </div>
      ${this._help
        ? html`<section id="help" class="help" aria-label=${m.help}>
            <dl>${m.keys.map(([k, d]) => html`<dt>${k}</dt><dd>${d}</dd>`)}</dl>
          </section>`
        : nothing}
      ${f.vertical
        ? html`<div class="plot" style=${styleMap({ height: `${f.height}px` })}>
            <div part="axis" aria-hidden="true" style=${styleMap({ height: `${f.height}px` })}>${ticks}</div>
            ${reference}
            <div class="marks">${marks}</div>
          </div>`
        : html`<div class="viewport">
              <div class="plot" style=${styleMap({ height: `${f.height}px` })}>
                ${lanes}
                ${f.ticks.map((t) => html`<span class="gridline" aria-hidden="true" style=${styleMap({ insetInlineStart: `${t.pos}px` })}></span>`)}
                ${(f.breaks ?? []).map(([a, b]) => html`<span class="break" aria-hidden="true" style=${styleMap({ insetInlineStart: `${a}px`, width: `${b - a}px` })}></span>`)}
                ${reference}
                <div class="marks">${marks}</div>
              </div>
              <div part="axis" aria-hidden="true">
                ${ticks}
                ${(f.breaks ?? []).map(([a, b]) => html`<span class="axis-break" style=${styleMap({ insetInlineStart: `${a}px`, width: `${b - a}px` })}></span>`)}
              </div>
            </div>
            ${this._renderOverview()}`}
      <div class="visually-hidden" aria-live="polite"></div>
      ${this._list ? this._renderList() : nothing}
      ${this._renderDetails()}
    </div>`;
  }
}
