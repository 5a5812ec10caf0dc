import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Dataset } from '../data/dataset.js';
import type { Lane } from '../data/lanes.js';
import { laneNumbers } from '../layout/lane-columns.js';

/**
 * All events in time order, as the keyboard reads them: one at a time by position, so that a key
 * press copies nothing (at 100,000 events a copy per press cost about 150 ms here).
 */
export interface KeyItems {
  readonly length: number;
  /** The lane of the event at position `i`. */
  lane(i: number): number;
  /** Its place in time (floating ms; the start, or the end for an open start). */
  time(i: number): number;
}

/** The events in time order as the keyboard reads them: each one's lane number and time. */
export function keyItems(data: Dataset, lanes: readonly Lane[]): KeyItems {
  const { items, group, starts } = data.spans;
  const numbers = laneNumbers(data, lanes);
  return { length: items.length, lane: (i) => numbers[group[i]], time: (i) => starts[i] };
}

/** What the keyboard needs from the timeline. */
export interface KeyboardHost {
  items(): KeyItems;
  /**
   * The key of the mark that keys act from: the logical focus (the mark the previous key chose,
   * even when no render has moved DOM focus there yet), else `focused`, the mark with DOM focus.
   */
  current(focused: string): string;
  /** The first and last position in time order of the events a mark shows (one, or a cluster's). */
  range(key: string): [number, number] | undefined;
  /** The id of the event at a position in time order. */
  idAt(i: number): string;
  vertical(): boolean;
  /** Right-to-left: ← and → swap. */
  rtl(): boolean;
  /** How many events a screenful holds, for PageUp/PageDown. */
  pageSize(): number;
  /** Moves the logical focus to the event at once; DOM focus follows when it is drawn. */
  focus(id: string): void;
  /** Enter or Space: selects the event, or opens the cluster, that the mark shows. */
  activate(key: string): void;
  /** A mark got DOM focus (by Tab, a pointer or code): it becomes the logical focus if it is not already. */
  adopt(key: string): void;
  /** Zooms by `factor` keeping the event with `id` where it is. */
  zoomAround(id: string, factor: number): void;
  fit(): void;
  /** Escape: closes the details or the help; returns whether it did anything. */
  escape(): boolean;
  toggleHelp(): void;
}

/**
 * Computes where a key moves focus, from the index range of the focused mark (a cluster covers
 * several events). Returns -1 when the key does not move focus. Pure, for tests.
 *
 * ←/→ (↑/↓ in the vertical layout): previous/next event in time; ↑/↓ in the horizontal layout:
 * the nearest event in time in the lane above/below; Home/End: first/last; PageUp/PageDown: a
 * screenful back/forward.
 */
export function computeKeyTarget(
  key: string,
  items: KeyItems,
  [first, last]: [number, number],
  options: { vertical: boolean; rtl: boolean; page: number },
): number {
  const n = items.length;
  if (!n) return -1;
  const clamp = (i: number) => Math.max(0, Math.min(n - 1, i));
  const forward = options.rtl ? 'ArrowLeft' : 'ArrowRight';
  const back = options.rtl ? 'ArrowRight' : 'ArrowLeft';
  if (key === forward || (options.vertical && key === 'ArrowDown')) return clamp(last + 1);
  if (key === back || (options.vertical && key === 'ArrowUp')) return clamp(first - 1);
  if (key === 'Home') return 0;
  if (key === 'End') return n - 1;
  if (key === 'PageDown') return clamp(last + Math.max(1, options.page));
  if (key === 'PageUp') return clamp(first - Math.max(1, options.page));
  if (!options.vertical && (key === 'ArrowUp' || key === 'ArrowDown')) {
    const from = items.lane(first);
    const down = key === 'ArrowDown';
    // The nearest lane below (or above) that holds events.
    let lane = -1;
    for (let i = 0; i < n; i++) {
      const l = items.lane(i);
      if (down ? l > from && (lane < 0 || l < lane) : l < from && l > lane) lane = l;
    }
    if (lane < 0) return first;
    // Its event nearest in time; the earliest of equally near ones.
    const time = items.time(first);
    let best = -1;
    let distance = Infinity;
    for (let i = 0; i < n; i++) {
      if (items.lane(i) !== lane) continue;
      const d = Math.abs(items.time(i) - time);
      if (d < distance) [best, distance] = [i, d];
    }
    return best;
  }
  return -1;
}

/** The mark (an element with `data-key`) an event came from, through the shadow root. */
const markOf = (e: Event) => e.composedPath().find((n): n is HTMLElement => n instanceof HTMLElement && n.dataset.key !== undefined);

/**
 * Keyboard for the timeline: one Tab stop (roving tabindex is rendered by the host from the
 * focused id), arrows, Home/End, PageUp/PageDown, `+`/`-` to zoom around the focused event, `0` to
 * show all, `?` for help, Escape to close, Enter or Space to activate the focused mark.
 *
 * Keys are applied in order to the logical focus, not to the element that has DOM focus: keys
 * pressed faster than frames (automation, switch devices, a held key) arrive before a render has
 * moved DOM focus, and must still each start where the previous one ended.
 */
export class KeyboardController implements ReactiveController {
  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly timeline: KeyboardHost,
  ) {
    host.addController(this);
  }

  /**
   * Moves DOM focus to the drawn mark with `key`: the page scrolls a vertical column to it; the
   * horizontal plot pans through its view instead, so the page does not scroll.
   */
  focusMark(key: string, vertical: boolean): void {
    const root = this.host.shadowRoot ?? this.host;
    const mark = root.querySelector<HTMLElement>(`[data-key="${CSS.escape(key)}"]`);
    if (vertical) mark?.scrollIntoView?.({ block: 'nearest' });
    mark?.focus({ preventScroll: !vertical });
  }

  /** The key of the mark that had DOM focus before the update under way. */
  private focusedKey: string | undefined;

  hostUpdate(): void {
    this.focusedKey = (this.host.shadowRoot?.activeElement as HTMLElement | null)?.dataset?.key;
  }

  /**
   * A focused mark that an update replaced (a cluster that split as the view zoomed in, an event
   * that left the view and is drawn on its own) hands DOM focus to the mark that now shows the
   * logical focus, so focus never falls to the page.
   */
  hostUpdated(): void {
    if (this.focusedKey === undefined || this.host.shadowRoot?.activeElement) return;
    this.focusMark(this.timeline.current(this.focusedKey), this.timeline.vertical());
  }

  hostConnected(): void {
    this.host.addEventListener('keydown', this.handle);
    this.host.addEventListener('focusin', this.handleFocus);
  }

  hostDisconnected(): void {
    this.host.removeEventListener('keydown', this.handle);
    this.host.removeEventListener('focusin', this.handleFocus);
  }

  /** The mark that received focus, from inside the timeline. */
  private readonly handleFocus = (e: FocusEvent): void => {
    const key = markOf(e)?.dataset.key;
    if (key !== undefined) this.timeline.adopt(key);
  };

  /** Handles a keydown from inside the timeline (it reaches the host through the shadow root). */
  handle = (e: KeyboardEvent): void => {
    const t = this.timeline;
    const mark = markOf(e);
    if (e.key === 'Escape') {
      if (t.escape()) e.preventDefault();
      return;
    }
    // A text field (the filter bar's search box) keeps its characters: "?" is typed, not a shortcut.
    if (e.key === '?' && !(e.composedPath()[0] instanceof HTMLInputElement)) {
      t.toggleHelp();
      e.preventDefault();
      return;
    }
    if (mark?.dataset.key === undefined || e.altKey || e.ctrlKey || e.metaKey) return;
    const key = t.current(mark.dataset.key);
    if (e.key === 'Enter' || e.key === ' ') {
      t.activate(key);
      e.preventDefault();
      return;
    }
    const range = t.range(key);
    if (!range) return;
    if (e.key === '+' || e.key === '=' || e.key === '-' || e.key === '_') {
      t.zoomAround(t.idAt(range[0]), e.key === '+' || e.key === '=' ? 2 : 0.5);
      e.preventDefault();
      return;
    }
    if (e.key === '0') {
      t.fit();
      e.preventDefault();
      return;
    }
    const to = computeKeyTarget(e.key, t.items(), range, { vertical: t.vertical(), rtl: t.rtl(), page: t.pageSize() });
    if (to >= 0) {
      e.preventDefault();
      t.focus(t.idAt(to));
    }
  };
}
