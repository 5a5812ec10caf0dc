import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { select, type Selection } from 'd3-selection';
import { zoom, zoomIdentity, type D3ZoomEvent, type ZoomBehavior, type ZoomTransform } from 'd3-zoom';
import type { TimeScale } from '../core/scale.js';

export interface ZoomCallbacks {
  /** Every frame of a zoom or pan, from a gesture or from code. */
  onView(view: [number, number]): void;
  /** A gesture (wheel, drag, pinch, dblclick) ended. */
  onGestureEnd(view: [number, number]): void;
  /** Whether a wheel without a modifier should zoom (e.g. once the timeline has focus). */
  wheelZooms(): boolean;
}

/**
 * Owns d3-zoom on the horizontal viewport. The visible window is a transform of the base scale
 * (all data over [0, width], linear or with compressed gaps). The wheel zooms only with Ctrl/⌘ (trackpad pinch
 * sends those) or when `wheelZooms()` says so; otherwise the page scrolls as usual.
 */
export class ZoomController implements ReactiveController {
  private behavior?: ZoomBehavior<HTMLElement, unknown>;
  private selection?: Selection<HTMLElement, unknown, null, undefined>;
  private base?: TimeScale;
  private width = 1;
  private gesture = false;
  private configured = false;
  /** The transform when the gesture started. */
  private from?: ZoomTransform;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly callbacks: ZoomCallbacks,
  ) {
    host.addController(this);
  }

  /** Binds d3-zoom to `element` (again, if the element was replaced). */
  attach(element: HTMLElement): void {
    if (this.selection?.node() === element) return;
    this.detach();
    this.behavior = zoom<HTMLElement, unknown>()
      // Pinch wherever touches arrive: d3 would listen only where the browser says at this moment
      // that it has touch, which a hybrid device (or touch emulation) may not say yet.
      .touchable(() => true)
      .filter((event: Event) => {
        if (event.type === 'wheel') {
          const w = event as WheelEvent;
          return w.ctrlKey || w.metaKey || this.callbacks.wheelZooms();
        }
        return !(event as MouseEvent).button;
      })
      .on('start', (e: D3ZoomEvent<HTMLElement, unknown>) => {
        this.gesture = Boolean(e.sourceEvent);
        this.from = e.transform;
      })
      .on('zoom', (e: D3ZoomEvent<HTMLElement, unknown>) => this.callbacks.onView(this.viewOf(e.transform)))
      .on('end', (e: D3ZoomEvent<HTMLElement, unknown>) => {
        // A tap or a click is a gesture that moved nothing: there is no new range to report.
        const moved = !this.from || this.from.k !== e.transform.k || this.from.x !== e.transform.x;
        if (this.gesture && moved) this.callbacks.onGestureEnd(this.viewOf(e.transform));
        this.gesture = false;
      });
    this.selection = select(element).call(this.behavior);
  }

  /**
   * Sets the base scale and the deepest zoom, keeping `view` on screen. Does nothing when the base
   * did not change, so it is safe to call after every render.
   */
  configure(base: TimeScale, maxK: number, view: [number, number]): void {
    if (this.configured && base === this.base) return;
    this.base = base;
    const range = base.range();
    this.width = Math.max(1, Math.abs(range[range.length - 1] - range[0]));
    if (!this.behavior) return;
    this.configured = true;
    const extent: [[number, number], [number, number]] = [
      [0, 0],
      [this.width, 1],
    ];
    this.behavior.extent(extent).scaleExtent([1, Math.max(1, maxK)]).translateExtent(extent);
    this.show(view);
  }

  /** Moves to `view` without counting it as a gesture (no range-change event). */
  show(view: [number, number]): void {
    if (!this.behavior || !this.selection || !this.base) return;
    const x0 = Math.min(this.base(view[0]), this.base(view[1]));
    const x1 = Math.max(this.base(view[0]), this.base(view[1]));
    const k = this.width / Math.max(1e-9, x1 - x0);
    this.behavior.transform(this.selection, zoomIdentity.scale(k).translate(-x0, 0));
  }

  /** Zooms by `factor` around `x` (defaults to the centre); for buttons and keys, so it counts as a gesture. */
  zoomBy(factor: number, x = this.width / 2): void {
    if (!this.behavior || !this.selection) return;
    this.behavior.scaleBy(this.selection, factor, [x, 0]);
    this.callbacks.onGestureEnd(this.viewOf(this.transform()));
  }

  private transform() {
    const node = this.selection?.node() as (HTMLElement & { __zoom?: typeof zoomIdentity }) | undefined;
    return node?.__zoom ?? zoomIdentity;
  }

  private viewOf(t: typeof zoomIdentity): [number, number] {
    const d = t.rescaleX(this.base!).domain();
    const a = +d[0];
    const b = +d[d.length - 1];
    return a <= b ? [a, b] : [b, a];
  }

  private detach(): void {
    this.configured = false;
    this.selection?.on('.zoom', null);
    this.selection = undefined;
    this.behavior = undefined;
  }

  /** The host attaches the zoom again after its next update: make sure one runs after a reconnection. */
  hostConnected(): void {
    this.host.requestUpdate();
  }

  hostDisconnected(): void {
    this.detach();
  }
}
