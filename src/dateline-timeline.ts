/**
 * `<dateline-timeline>`: a thin element over a pipeline. It wires its properties into the pure
 * modules (data → layout → frame), hands input to its controllers and composes the templates that
 * `render/` makes from the frame.
 */
import { nothing, type PropertyValues, type TemplateResult } from 'lit';
import { state } from 'lit/decorators.js';
import { TimelineProperties } from './properties.js';
import { messagesFor } from './core/locales.js';
import { formatOf, textsFor, type Texts } from './core/texts.js';
import { posIn, type Dataset } from './data/dataset.js';
import { padExtent } from './core/scale.js';
import { filterDataset } from './data/filter.js';
import { computeLanes, type Lane } from './data/lanes.js';
import { checkOptions, checkOwnOptions, createWarner, describeOption, type Options, type RawOptions } from './data/options.js';
import { computeBase, type BaseScale } from './layout/base.js';
import { computeFrame, drawsOwn, emptyFrame, findMark, rangeOf, tabKeyOf } from './layout/frame.js';
import type { Frame, FrameInput, Mark } from './layout/types.js';
import { computeLegend } from './layout/legend.js';
import { VERTICAL_WINDOW } from './layout/metrics.js';
import { windowOf } from './layout/view.js';
import { AnnouncerController } from './controllers/announcer.js';
import { DataController } from './controllers/data.js';
import { ExportController, type ExportOptions, type PngOptions } from './controllers/export.js';
import { HashLinkController } from './controllers/hash-links.js';
import { PrintController } from './controllers/print.js';
import { revealDetails } from './controllers/details.js';
import { PeriodController } from './controllers/periods.js';
import { FilterController, nearestShown } from './controllers/filter.js';
import { KeyboardController, keyItems } from './controllers/keyboard.js';
import { LanguageController } from './controllers/language.js';
import { ResizeController } from './controllers/resize.js';
import { SettleController } from './controllers/settle.js';
import { VisibleController } from './controllers/visible.js';
import { ViewController } from './controllers/view.js';
import { LIST_PAGE } from './render/list.js';
import { createMeasure } from './render/measure.js';
import { OverviewStrip, overviewLayers, renderOverview } from './render/overview.js';
import { renderTimeline } from './render/timeline.js';
import { createDatelineEvent } from './events.js';
import { styles } from './styles/index.js';
import type { TimelineProblem } from './types.js';

/** Updates closer together than this (ms) after a render of events wait for the rest of the frame. */
const FRAME = 16;
const isColor = (value: string) => CSS.supports('color', value);
/** Read on every update: one query, made once, rather than a new one each time. */
const DARK = globalThis.matchMedia?.('(prefers-color-scheme: dark)');

// Its events, parts and CSS properties are documented on TimelineProperties, which it extends.
/**
 * A dated, interactive timeline. Each date is drawn and labelled at the precision it is known.
 *
 * @tag dateline-timeline
 */
export class DatelineTimeline extends TimelineProperties {
  static override styles = styles;

  /** The problems found in the last data: a loaded file's, then those of `events` and `eras` (read-only). */
  get problems(): readonly TimelineProblem[] {
    return this._source.problems;
  }

  /** True while a `src` request is in flight (read-only). */
  get loading(): boolean {
    return this._source.loading;
  }

  /** The logical focus: the event the last key, click or call chose (DOM focus follows it). */
  @state() private _focusId: string | null = null;
  @state() private _help = false;
  @state() private _list = false;
  /** The page of the list view shown (clamped to the pages there are when drawn). */
  @state() private _listPage = 0;

  /** The properties as checked in the last update (unusable values replaced by defaults). */
  private _options: Options = checkOptions({} as RawOptions).options;
  /** Says a warning on the console, each one once. */
  private readonly _warn = createWarner();
  private _lanes: Lane[] = [];
  private _texts: Texts = textsFor(formatOf(this, undefined, undefined, undefined));
  private _rtl = false;
  private _frame: Frame = emptyFrame();
  /** What the frame was computed from (exports draw from the same, at their own width and range). */
  private _input?: FrameInput;
  private _lastRender = -Infinity;
  private readonly _measure = createMeasure(this);
  private readonly _resize = new ResizeController(this);
  private readonly _strip = new OverviewStrip();
  private readonly _settle = new SettleController(this);
  private readonly _visible = new VisibleController(this);
  private readonly _language = new LanguageController(this);
  private readonly _announcer = new AnnouncerController(this);
  private readonly _periods = new PeriodController(this);
  private readonly _source = new DataController(this, { changed: (extent) => this._view.dataChanged(extent) });
  private readonly _filter = new FilterController(this, (text) => this._announcer.announce(text));
  /** The data the filter shows (the whole data when there is no filter). */
  private _shown: Dataset = this._source.data;
  private readonly _view = new ViewController(this, {
    base: () => this._base(),
    rangeChanged: (view) => this.dispatchEvent(createDatelineEvent('dateline-range-change', { start: new Date(view[0]), end: new Date(view[1]) })),
    announce: (view) => this._announce(view),
    wheelZooms: () => this.matches(':focus-within'),
  });
  private readonly _export = new ExportController(this, {
    data: () => this._shown,
    input: () => this._input,
    view: () => (this._frame.vertical ? null : this._view.current()),
    texts: () => this._texts,
    title: () => this._title(),
  });
  private readonly _print = new PrintController(this, { svg: (width) => this._export.draw({ width }).svg, flush: () => this.performUpdate() });
  private readonly _links = new HashLinkController(this, {
    enabled: () => this.hashLinks,
    prefix: () => this.hashPrefix || 'event-',
    has: (id) => this._shown.byId.has(id),
    show: (id, focus) => {
      this._select(id, false);
      if (focus) void this.focusEvent(id);
      else if (!this._frame.vertical) this._view.reveal(this._shown.byId.get(id)!);
    },
    copied: () => this._announcer.announce(this._texts.messages.link.copied),
  });
  protected readonly _keys = new KeyboardController(this, {
    items: () => keyItems(this._shown, this._lanes),
    current: (focused) => (this._focusId ? (this._frame.keyOf(this._focusId) ?? this._focusId) : focused),
    range: (key) => rangeOf(this._frame, this._shown, key),
    idAt: (i) => this._shown.spans.items[i].id,
    vertical: () => this._frame.vertical,
    rtl: () => this._rtl && !this._frame.vertical,
    pageSize: () => this._frame.marks.length,
    focus: (id) => void this.focusEvent(id),
    activate: (key) => {
      const m = findMark(this._frame, key);
      if (m?.members) this._openCluster(m);
      else this._select(m?.item.id ?? key, true);
    },
    adopt: (key) => {
      if (key !== (this._focusId && this._frame.keyOf(this._focusId))) this._focusId = findMark(this._frame, key)?.item.id ?? this._focusId;
    },
    zoomAround: (id, factor) => this._frame.vertical || (this._view.zoomAround(this._shown.byId.get(id)!, factor), void this.focusEvent(id)),
    fit: () => (this.fit(), this._announce()),
    escape: () => {
      if (this._help) return !(this._help = false);
      if (this.selected === null) return false;
      this._closeDetails();
      return true;
    },
    toggleHelp: () => (this._help = !this._help),
  });

  /** Coalesces bursts (a live feed, wheel events faster than frames): an update within a frame of the last render waits for its end. */
  protected override async scheduleUpdate(): Promise<void> {
    const since = performance.now() - this._lastRender;
    if (since < FRAME) await new Promise((resolve) => setTimeout(resolve, FRAME - since));
    super.scheduleUpdate();
  }

  /**
   * Re-reads every event after the array, or an event in it, was changed in place. Assigning a new
   * array needs no call, and reads only the event objects it has not seen before.
   */
  refresh(): void {
    this._source.forget();
    this.requestUpdate('events');
  }
  /** Shows all events; with a filter, all the events that match. */
  fit(): void {
    const matches = this._shown.whole && this._shown.spans.extent;
    this._view.fit(matches ? padExtent(matches) : null);
  }

  /**
   * The timeline as a standalone SVG document (text, colours resolved, no external references):
   * every event shown (`range: 'all'`, the default) or only the view (`'view'`), laid out at
   * `width` px (the element's width by default). Each event is a `<g data-id>` with its name as `<title>`.
   */
  toSVG(options?: ExportOptions): string {
    return this._export.draw(options).svg;
  }

  /** The same drawing as a PNG, `scale` pixels per px (the device pixel ratio by default). */
  toPNG(options?: PngOptions): Promise<Blob> {
    return this._export.png(options);
  }

  /** Shows the window from `start` to `end` (EDTF strings or Dates). */
  zoomTo(start: string | Date, end: string | Date): void {
    this._view.zoomTo(windowOf(start, end, this._options.timeZone));
  }

  /** Scrolls the event into view and focuses it. */
  async focusEvent(id: string): Promise<void> {
    const item = this._shown.byId.get(id);
    if (!item) return this._warn(`dateline-timeline: focusEvent(${JSON.stringify(String(id))}) names no event; focus stays where it is.`);
    if (!this._frame.vertical) this._view.reveal(item);
    this._focusId = id;
    await this.updateComplete;
    // The mark of the logical focus as it is now: keys pressed meanwhile may have moved it on.
    const current = this._focusId ?? id;
    this._keys.focusMark(this._frame.keyOf(current) ?? current, this._frame.vertical);
  }

  /** Also waits for the words of the timeline's language (the first time it is used) and for lanes still turning into labels, and the updates they bring. */
  protected override async getUpdateComplete(): Promise<boolean> {
    let done = await super.getUpdateComplete();
    for (let wait; (wait = this._language.pending ?? this._settle.next ?? this._strip.pending); done = await super.getUpdateComplete()) await wait;
    return done;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    // Whatever goes wrong, the last good frame stays and the page hears of it once.
    try {
      this._derive(changed);
    } catch (e) {
      this._warn(`dateline-timeline: could not lay out the timeline (${e}); the last drawing stays.`);
    }
  }

  /** Checks the properties, reads new data and asks for the frame. */
  private _derive(changed: PropertyValues<this>): void {
    const { options: o, problems } = checkOwnOptions(this);
    for (const p of problems) this._warn(describeOption(p));
    this._options = o;
    const locale = this._language.locale(o.locale, (p) => this._warn(describeOption(p)));
    this._rtl = this._language.rtl(locale);
    this._language.load(locale);
    const format = formatOf(this, locale, o.timeZone, o.messages, messagesFor(locale));
    this._texts = textsFor(format);
    this._source.update(changed, !this.hasUpdated, o);
    const whole = this._source.data;
    this._shown = filterDataset(whole, o.filter, locale);
    this._hidden(whole);
    this._filter.shown(this._shown, whole, this._texts);
    this._lanes = computeLanes(whole.spans, o.groups, { dark: Boolean(DARK?.matches), ungrouped: this._texts.messages.ungrouped, isColor });
    const width = this._resize.measure();
    const vertical = o.layout === 'vertical' || (o.layout === 'auto' && width > 0 && width < o.breakpoint);
    const many = vertical && this._shown.spans.items.length > VERTICAL_WINDOW;
    const hold = vertical ? null : this._settle.hold(this._frame, this._view.moving, this._lanes);
    this._input = {
      width,
      vertical,
      lanes: this._lanes,
      format,
      view: this._view.chosen,
      rtl: this._rtl,
      gaps: o.gaps,
      reference: this._texts.reference(o.referenceDate),
      measure: this._measure,
      near: many ? this._visible.band() : null,
      // Drawn wherever it is while focus is in the timeline and a gesture (or a call) moved the view off it.
      focused: many || (!vertical && this._focusId && this.matches(':focus-within') && (this._view.moving || hold || !drawsOwn(this._frame, this._focusId))) ? this._focusId : null,
      selected: many ? o.selected : null,
      hold,
    };
    this._frame = computeFrame(this._shown, this._input);
    this._settle.computed(this._frame, this._view.moving);
    this._visible.watch(this._frame.covered !== null);
  }

  protected override updated(): void {
    // A render without events has nothing to coalesce with: the first data draws at once.
    this._lastRender = this._shown.spans.items.length ? performance.now() : -Infinity;
    try {
      this._attach();
    } catch (e) {
      this._warn(`dateline-timeline: could not attach the zoom or draw the overview (${e}).`);
    }
  }

  /** Binds the zoom to the drawn viewport and draws the overview strip. */
  private _attach(): void {
    const base = this._base();
    const viewport = this.renderRoot.querySelector<HTMLElement>('.viewport');
    if (!base || !viewport || this._frame.vertical) return;
    this._view.attach(viewport, base);
    const layers = overviewLayers(this._source.data, this._shown, this._lanes);
    this._strip.draw([...this.renderRoot.querySelectorAll<HTMLCanvasElement>('.overview canvas')].map((canvas, i) => [canvas, layers[i]]), this._lanes, base, this._rtl);
  }

  /** Moves focus and selection off events the filter hides: focus to the nearest match (or the region), selection away. */
  private _hidden(whole: Dataset): void {
    const shown = this._shown;
    if (this._focusId && !shown.byId.has(this._focusId)) {
      const within = this.matches(':focus-within');
      this._focusId = nearestShown(shown, whole, this._focusId);
      if (within) void this.updateComplete.then(() => (this._focusId ? this.focusEvent(this._focusId) : this.renderRoot.querySelector<HTMLElement>('[role=region]')?.focus()));
    }
    if (typeof this.selected === 'string' && whole.byId.has(this.selected) && !shown.byId.has(this.selected)) this.selected = null;
  }

  /** The horizontal base scale the frame was drawn on (the cached one), if there is data. */
  private _base(): BaseScale | undefined {
    const width = this._resize.width;
    return this._shown.extent && width > 0 ? computeBase(this._shown, { width, gaps: this._options.gaps, rtl: this._rtl }) : undefined;
  }

  /** The timeline's name: `label`, else a loaded file's title, else "Timeline". */
  private _title(): string {
    return this._options.label || this._source.title?.headline || this._texts.messages.timeline;
  }

  /** Says the visible range in the live region (after gestures and keys, never per frame). */
  private _announce(view = this._view.current()): void {
    if (view) this._announcer.announce(this._texts.showing(view));
  }

  /** Zooms into a cluster's events, so they separate, and focuses the first of them. */
  private _openCluster(m: Mark): void {
    const members = [...m.members!.positions()].map((i) => this._shown.spans.items[i]);
    if (this._view.open(members)) this._focusId = members.reduce((a, b) => (b.pos < a.pos ? b : a)).id;
  }

  private _select(id: string | null, user: boolean): void {
    const item = id ? this._shown.byId.get(id) : undefined;
    if (id && !item) return;
    this.selected = id;
    if (id) this._focusId = id;
    if (!user || !item) return;
    this._links.write(item.id);
    this.dispatchEvent(createDatelineEvent('dateline-select', { id: item.id, event: item.event }));
    void this.updateComplete.then(() => revealDetails(this.renderRoot, this._frame.keyOf(item.id) ?? item.id, this._frame.vertical));
  }

  /** Clears the selection and returns focus to the event that was selected. */
  private _closeDetails = (): void => {
    // As set now: keys may have selected an event since the last update.
    const id = typeof this.selected === 'string' ? this.selected : null;
    this._select(null, false);
    this._links.write(null);
    if (id) void this.focusEvent(id);
  };

  /** Shows or hides the list view; it opens at the page that holds the selected event. */
  private _toggleList = (): void => {
    this._list = !this._list;
    const selected = this._options.selected ? this._shown.byId.get(this._options.selected) : undefined;
    if (this._list && selected) this._listPage = Math.floor(posIn(this._shown, selected) / LIST_PAGE);
  };

  protected override update(changed: PropertyValues<this>): void {
    // Templates are evaluated while they are committed (marks inside `repeat`), so this is where an
    // error in drawing surfaces: the drawing stays as it was and the page hears of it once.
    try {
      super.update(changed);
    } catch (e) {
      this._warn(`dateline-timeline: could not draw the timeline (${e}); the last drawing stays.`);
    }
  }

  protected override render(): TemplateResult {
    const { selected: id, label } = this._options;
    const f = this._frame;
    const m = this._texts.messages;
    const [base, view] = [this._base(), this._view.current()];
    const data = this._shown;
    const selected = id ? data.byId.get(id) : undefined;
    return renderTimeline({
      frame: f,
      texts: this._texts,
      items: data.spans.items,
      label: this._title(),
      status: this._source.status(m),
      onPeriod: (period) => {
        this._focusId = period.id;
        this._periods.go(period);
        // Keys go on from the period's first entry; the page's own scrolling is not disturbed.
        void this.updateComplete.then(() => this._keys.focusMark(period.id, false));
      },
      total: this._source.data.spans.items.length,
      filterBar: this.filterBar ? this._filter.bar(this._source.data, data, this._lanes) : undefined,
      rtl: this._rtl,
      // The encodings of the whole data: a filter does not change what the marks mean.
      legend: this._options.legend === 'off' ? [] : computeLegend(this._source.data),
      marks: {
        tabKey: tabKeyOf(f, this._focusId, id),
        selected: id,
        name: (x) => this._texts.name(x.item, x.lane),
        clusterName: (x) => m.cluster(x.members!.count, x.when),
        onSelect: (id) => this._select(id, true),
        onOpenCluster: (x) => this._openCluster(x),
      },
      toolbar: {
        list: this._list,
        help: this._help,
        onZoom: (factor) => this._view.zoom.zoomBy(factor),
        onFit: () => (this.fit(), this._announce()),
        onToggleList: this._toggleList,
        onToggleHelp: () => (this._help = !this._help),
        download: this.exportable ? this._export.menu() : undefined,
      },
      print: this._print.printing ? { drawing: this._print.drawing, lanes: this._lanes, caption: this._title() } : undefined,
      overview: !f.vertical && base && view ? renderOverview(base, view, f.width, this._view.drag, data.eras, data !== this._source.data) : nothing,
      list: this._list
        ? { lanes: this._lanes, eras: data.eras, page: this._listPage, caption: label || m.list, onPage: (page) => (this._listPage = page), onSelect: (id) => this._select(id, true) }
        : undefined,
      details: selected && { item: selected, lane: f.lanes.find((l) => l.key === selected.group), onClose: this._closeDetails, link: this._links.button(selected.id) },
    });
  }
}
