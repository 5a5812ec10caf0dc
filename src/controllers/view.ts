import type { ReactiveControllerHost } from 'lit';
import { createViewScale } from '../core/scale.js';
import { anchorTime } from '../core/time.js';
import type { NormalisedEvent } from '../core/validate.js';
import type { BaseScale } from '../layout/base.js';
import { clusterView, fullView, moved, overlaps, panTo, viewCentre, viewToShow, type View } from '../layout/view.js';
import { OverviewDragController } from './overview-drag.js';
import { ZoomController } from './zoom.js';

/** What the view needs from the timeline. */
export interface ViewHost {
  /** The horizontal base scale, when the timeline draws one. */
  base(): BaseScale | undefined;
  /** A person moved the view (a gesture, the overview, a cluster opened). */
  rangeChanged(view: View): void;
  /** Say the visible range (after gestures and keys, never per frame). */
  announce(view: View): void;
  /** Whether a wheel without a modifier should zoom. */
  wheelZooms(): boolean;
}

/**
 * The visible window of the horizontal layout, and the input that moves it: the zoom's gestures
 * (`zoom.ts`) and the overview strip's dragging. The window is null while all events are shown; a window a
 * person or code zoomed to survives new data as long as it still shows some of it. It composes two
 * controllers of the host (zoom and drag) and has no lifecycle of its own.
 */
export class ViewController {
  readonly zoom: ZoomController;
  readonly drag: OverviewDragController;
  private view: View | null = null;
  private zoomed = false;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly timeline: ViewHost,
  ) {
    this.zoom = new ZoomController(host, {
      // Programmatic moves echo back through the zoom; echoes that change nothing are ignored.
      onView: (view) => moved(this.current(), view) && this.store(view),
      onGestureEnd: (view) => (this.changed(view), timeline.announce(view)),
      wheelZooms: () => timeline.wheelZooms(),
    });
    this.drag = new OverviewDragController(host, {
      centre: () => viewCentre(timeline.base()?.scale, this.current()),
      panTo: (x) => {
        const base = timeline.base();
        if (base) this.show(panTo(base.scale, this.current()!, x, base.width));
      },
      end: () => this.changed(this.current()!),
    });
  }

  /** The window chosen, or null when all events are shown: what the frame is computed with. */
  get chosen(): View | null {
    return this.view;
  }

  /** The visible window: the one set, or all events. */
  current(): View | null {
    const base = this.timeline.base();
    return this.view ?? (base ? fullView(base.scale) : null);
  }

  /** Moves to `view` (the zoom follows, without a gesture). */
  show(view: View): void {
    this.store(view);
    this.zoom.show(view);
  }

  /** Shows all events, or only the window `extent` (a filter's matches) when given. */
  fit(extent?: View | null): void {
    if (extent) return this.show(extent);
    this.zoomed = false;
    this.store(null);
    const base = this.timeline.base();
    if (base) this.zoom.show(fullView(base.scale));
  }

  /** Shows `view`, which code asked for: new data keeps it. */
  zoomTo(view: View): void {
    this.show(view);
    this.zoomed = true;
  }

  /** New data is shown whole, unless the reader zoomed into a window that still shows some of it. */
  dataChanged(extent: readonly [number, number] | null): void {
    if (!this.zoomed || !overlaps(this.view, extent)) [this.view, this.zoomed] = [null, false];
  }

  /** Pans, at the same zoom, so that `item` is in view. */
  reveal(item: { min: number; max: number }): void {
    const [base, view] = [this.timeline.base(), this.current()];
    if (!base || !view) return;
    const to = viewToShow(base.scale, view, item);
    if (to !== view) this.show(to);
  }

  /** Zooms by `factor` keeping `item` where it is. */
  zoomAround(item: { min: number; max: number }, factor: number): void {
    const [base, view] = [this.timeline.base(), this.current()];
    if (base && view) this.zoom.zoomBy(factor, createViewScale(base.scale, view)(anchorTime(item)));
  }

  /**
   * Zooms in, for a person, until `members` (a cluster's events) separate: the view is announced
   * and reported. False when they have no dates to zoom to.
   */
  open(members: readonly NormalisedEvent[]): boolean {
    const view = clusterView(members);
    if (!view) return false;
    this.show(view);
    this.changed(view);
    this.timeline.announce(view);
    return true;
  }

  /** Binds the zoom to the drawn viewport (again, if it was replaced) on the base scale. */
  attach(viewport: HTMLElement, base: BaseScale): void {
    this.zoom.attach(viewport);
    this.zoom.configure(base.scale, base.maxK, this.current()!);
  }

  private store(view: View | null): void {
    this.view = view;
    this.host.requestUpdate();
  }

  private changed(view: View): void {
    this.zoomed = true;
    this.timeline.rangeChanged(view);
  }

  /** A zoom or pan gesture is under way (its frames hold binned lanes binned). */
  get moving(): boolean {
    return this.zoom.active;
  }
}
