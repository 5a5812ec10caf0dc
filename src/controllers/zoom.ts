import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { TimeScale } from '../core/scale.js';

export interface ZoomCallbacks {
  /** Every frame of a zoom or pan, from a gesture or from code. */
  onView(view: [number, number]): void;
  /** A gesture (wheel, drag, pinch, dblclick) ended. */
  onGestureEnd(view: [number, number]): void;
  /** Whether a wheel without a modifier should zoom (e.g. once the timeline has focus). */
  wheelZooms(): boolean;
}

/** A zoom transform along x: screen px = k · base px + x. */
interface Transform {
  k: number;
  x: number;
}

/** A pointer moves this far (px) before a press becomes a pan: a click or a tap that wobbles stays a click. */
const SLOP = 3;
/** A wheel gesture ends when no wheel event came for this long (ms). */
const WHEEL_END = 150;

/**
 * Zoom and pan of the horizontal viewport, from pointer events (mouse, pen and touch alike): a drag
 * pans, two fingers pinch, a double click zooms in (out with Shift), and the wheel zooms only with
 * Ctrl/⌘ (a trackpad pinch sends those) or when `wheelZooms()` says so; otherwise the page
 * scrolls as usual. The visible window is a transform of the base scale (all data over
 * [0, width], linear or with compressed gaps), between all of it and the deepest zoom.
 */
export class ZoomController implements ReactiveController {
  private element?: HTMLElement;
  private base?: TimeScale;
  private width = 1;
  private maxK = 1;
  private t: Transform = { k: 1, x: 0 };
  /** Pointers down on the viewport: where each is now (client x), and where the gesture began. */
  private readonly pointers = new Map<number, number>();
  /** The gesture under way: the transform and pointer positions it started from, and whether it moved yet. */
  private gesture?: { from: Transform; at: Map<number, number>; moved: boolean; mouse: boolean };
  private wheelTimer?: ReturnType<typeof setTimeout>;
  private wheelFrom?: Transform;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly callbacks: ZoomCallbacks,
  ) {
    host.addController(this);
  }

  /** A gesture is under way: pointers are down, or a wheel turned within the last moments. */
  get active(): boolean {
    return this.gesture !== undefined || this.wheelFrom !== undefined;
  }

  /** Listens to `element` (again, if the element was replaced). */
  attach(element: HTMLElement): void {
    if (this.element === element) return;
    this.detach();
    this.element = element;
    element.addEventListener('pointerdown', this.down);
    element.addEventListener('pointermove', this.move);
    element.addEventListener('pointerup', this.up);
    element.addEventListener('pointercancel', this.up);
    element.addEventListener('wheel', this.wheel, { passive: false });
    element.addEventListener('dblclick', this.dblclick);
    element.addEventListener('click', this.swallow, true);
  }

  /**
   * Sets the base scale and the deepest zoom, keeping `view` on screen. Does nothing when the base
   * did not change, so it is safe to call after every render.
   */
  configure(base: TimeScale, maxK: number, view: [number, number]): void {
    if (base === this.base && this.element) return;
    this.base = base;
    const range = base.range();
    this.width = Math.max(1, Math.abs(range[range.length - 1] - range[0]));
    this.maxK = Math.max(1, maxK);
    if (this.element) this.show(view);
  }

  /** Moves to `view` without counting it as a gesture (no range-change event). */
  show(view: [number, number]): void {
    if (!this.element || !this.base) return;
    const x0 = Math.min(this.base(view[0]), this.base(view[1]));
    const x1 = Math.max(this.base(view[0]), this.base(view[1]));
    const k = this.width / Math.max(1e-9, x1 - x0);
    this.set({ k, x: -x0 * k });
  }

  /** Zooms by `factor` around `x` (defaults to the centre); for buttons and keys, so it counts as a gesture. */
  zoomBy(factor: number, x = this.width / 2): void {
    if (!this.element || !this.base) return;
    this.set(this.scaled(this.t, factor, x));
    this.callbacks.onGestureEnd(this.viewOf(this.t));
  }

  /** `t` zoomed by `factor` around screen x `at`, kept within all of the data and the deepest zoom. */
  private scaled(t: Transform, factor: number, at: number): Transform {
    const k = Math.max(1, Math.min(this.maxK, t.k * factor));
    return this.constrain({ k, x: at - ((at - t.x) / t.k) * k });
  }

  /** `t` with the view kept inside all of the data: no blank beyond either end. */
  private constrain(t: Transform): Transform {
    return { k: t.k, x: Math.min(0, Math.max(this.width - this.width * t.k, t.x)) };
  }

  private set(t: Transform): void {
    this.t = t;
    this.callbacks.onView(this.viewOf(t));
  }

  private viewOf(t: Transform): [number, number] {
    const range = this.base!.range();
    const [a, b] = [range[0], range[range.length - 1]].map((r) => +this.base!.invert((r - t.x) / t.k));
    return a <= b ? [a, b] : [b, a];
  }

  /** A pointer's x in the viewport. */
  private xOf(clientX: number): number {
    return clientX - this.element!.getBoundingClientRect().left;
  }

  private down = (e: PointerEvent): void => {
    if (e.button !== 0 || !this.base || this.pointers.size >= 2) return;
    this.pointers.set(e.pointerId, e.clientX);
    // Synthetic pointers (some assistive tools make them) cannot be captured; the gesture works without.
    try {
      this.element!.setPointerCapture(e.pointerId);
    } catch {
      /* not capturable */
    }
    this.begin(this.gesture?.moved ?? false, e.pointerType === 'mouse');
  };

  /** Starts (or, when a finger is added or lifted, restarts) the gesture from the pointers down now. */
  private begin(moved: boolean, mouse: boolean): void {
    this.gesture = { from: this.t, at: new Map(this.pointers), moved, mouse };
  }

  private move = (e: PointerEvent): void => {
    const g = this.gesture;
    if (!g || !this.pointers.has(e.pointerId)) return;
    this.pointers.set(e.pointerId, e.clientX);
    const [[id0, x0], second] = [...g.at];
    const now0 = this.pointers.get(id0)!;
    if (!g.moved && Math.abs(now0 - x0) < SLOP && (!second || Math.abs(this.pointers.get(second[0])! - second[1]) < SLOP)) return;
    g.moved = true;
    if (!second) return this.set(this.constrain({ k: g.from.k, x: g.from.x + now0 - x0 }));
    // Two fingers: the base positions first under each stay under them.
    const [a, b] = [this.xOf(x0), this.xOf(second[1])].map((x) => (x - g.from.x) / g.from.k);
    const [p, q] = [this.xOf(now0), this.xOf(this.pointers.get(second[0])!)];
    if (Math.abs(b - a) < 1e-6 || Math.abs(q - p) < 1) return;
    const k = Math.max(1, Math.min(this.maxK, (q - p) / (b - a)));
    this.set(this.constrain({ k, x: (p + q) / 2 - ((a + b) / 2) * k }));
  };

  private up = (e: PointerEvent): void => {
    if (!this.pointers.delete(e.pointerId) || !this.gesture) return;
    const { moved, mouse } = this.gesture;
    if (this.pointers.size) return this.begin(moved, mouse);
    this.gesture = undefined;
    // The next frame is the first after the gesture: it draws in full what the gesture's held back.
    this.host.requestUpdate();
    if (!moved) return;
    // A drag that panned is not a click on the mark it started on.
    if (mouse) this.swallowUntil = performance.now() + 50;
    this.callbacks.onGestureEnd(this.viewOf(this.t));
  };

  private swallowUntil = 0;
  private swallow = (e: MouseEvent): void => {
    if (performance.now() > this.swallowUntil) return;
    this.swallowUntil = 0;
    e.stopPropagation();
    e.preventDefault();
  };

  private wheel = (e: WheelEvent): void => {
    if (!this.base || !(e.ctrlKey || e.metaKey || this.callbacks.wheelZooms())) return;
    e.preventDefault();
    // As d3-zoom reads a wheel: lines and pages count more than pixels, and a pinch (Ctrl) more.
    const delta = -e.deltaY * (e.deltaMode === 1 ? 0.05 : e.deltaMode ? 1 : 0.002) * (e.ctrlKey ? 10 : 1);
    this.wheelFrom ??= this.t;
    this.set(this.scaled(this.t, 2 ** delta, this.xOf(e.clientX)));
    clearTimeout(this.wheelTimer);
    this.wheelTimer = setTimeout(() => {
      const from = this.wheelFrom!;
      this.wheelFrom = undefined;
      this.host.requestUpdate();
      if (from.k !== this.t.k || from.x !== this.t.x) this.callbacks.onGestureEnd(this.viewOf(this.t));
    }, WHEEL_END);
  };

  private dblclick = (e: MouseEvent): void => {
    if (!this.base) return;
    e.preventDefault();
    this.zoomBy(e.shiftKey ? 0.5 : 2, this.xOf(e.clientX));
  };

  private detach(): void {
    const el = this.element;
    if (!el) return;
    el.removeEventListener('pointerdown', this.down);
    el.removeEventListener('pointermove', this.move);
    el.removeEventListener('pointerup', this.up);
    el.removeEventListener('pointercancel', this.up);
    el.removeEventListener('wheel', this.wheel);
    el.removeEventListener('dblclick', this.dblclick);
    el.removeEventListener('click', this.swallow, true);
    clearTimeout(this.wheelTimer);
    this.wheelFrom = undefined;
    this.pointers.clear();
    this.gesture = undefined;
    this.element = undefined;
  }

  /** The host attaches the zoom again after its next update: make sure one runs after a reconnection. */
  hostConnected(): void {
    this.host.requestUpdate();
  }

  hostDisconnected(): void {
    this.detach();
  }
}
