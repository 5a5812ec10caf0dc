import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** One focusable event, as the keyboard sees it: its place in time and lane. */
export interface KeyItem {
  id: string;
  lane: number;
  /** Position in time (floating ms; the start, or the end for an open start). */
  time: number;
}

/** What the keyboard needs from the timeline. */
export interface KeyboardHost {
  /** All events in time order. */
  items(): readonly KeyItem[];
  /** The `data-key` of the mark showing an event (itself or its cluster). */
  keyOf(id: string): string | undefined;
  vertical(): boolean;
  /** Right-to-left: ← and → swap. */
  rtl(): boolean;
  /** How many events a screenful holds, for PageUp/PageDown. */
  pageSize(): number;
  focus(id: string): void;
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
  items: readonly KeyItem[],
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
    const from = items[first];
    const lanes = [...new Set(items.map((it) => it.lane))].sort((a, b) => a - b);
    const lane = lanes[lanes.indexOf(from.lane) + (key === 'ArrowDown' ? 1 : -1)];
    if (lane === undefined) return first;
    let best = -1;
    items.forEach((it, i) => {
      if (it.lane === lane && (best < 0 || Math.abs(it.time - from.time) < Math.abs(items[best].time - from.time))) best = i;
    });
    return best;
  }
  return -1;
}

/**
 * Keyboard for the timeline: one Tab stop (roving tabindex is rendered by the host from the
 * focused id), arrows, Home/End, PageUp/PageDown, `+`/`-` to zoom around the focused event, `0` to
 * show all, `?` for help, Escape to close, Enter or Space to activate the focused mark (marks are
 * `role="button"` elements rather than native buttons: a zoom frame restyles every mark it moves,
 * and a native button costs about three times as much to restyle).
 */
export class KeyboardController implements ReactiveController {
  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly timeline: KeyboardHost,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    this.host.addEventListener('keydown', this.handle);
  }

  hostDisconnected(): void {
    this.host.removeEventListener('keydown', this.handle);
  }

  /** Handles a keydown from inside the timeline (it reaches the host through the shadow root). */
  handle = (e: KeyboardEvent): void => {
    const t = this.timeline;
    const mark = e.composedPath().find((n): n is HTMLElement => n instanceof HTMLElement && n.dataset.key !== undefined);
    const target = mark?.dataset.key;
    if (e.key === 'Escape') {
      if (t.escape()) e.preventDefault();
      return;
    }
    if (e.key === '?') {
      t.toggleHelp();
      e.preventDefault();
      return;
    }
    if (target === undefined || e.altKey || e.ctrlKey || e.metaKey) return;
    if (e.key === 'Enter' || e.key === ' ') {
      mark!.click();
      e.preventDefault();
      return;
    }
    const items = t.items();
    const indices = items.map((it, i) => (t.keyOf(it.id) === target ? i : -1)).filter((i) => i >= 0);
    if (!indices.length) return;
    const range: [number, number] = [indices[0], indices[indices.length - 1]];
    if (e.key === '+' || e.key === '=' || e.key === '-' || e.key === '_') {
      t.zoomAround(items[range[0]].id, e.key === '+' || e.key === '=' ? 2 : 0.5);
      e.preventDefault();
      return;
    }
    if (e.key === '0') {
      t.fit();
      e.preventDefault();
      return;
    }
    const to = computeKeyTarget(e.key, items, range, { vertical: t.vertical(), rtl: t.rtl(), page: t.pageSize() });
    if (to >= 0) {
      e.preventDefault();
      t.focus(items[to].id);
    }
  };
}
