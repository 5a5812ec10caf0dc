import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** What dragging the overview needs from the timeline, in px of the strip (the base scale). */
export interface OverviewDragHost {
  /** The centre of the visible window, or null when there is none. */
  centre(): number | null;
  /** Centres the view on `x`. */
  panTo(x: number): void;
  /** A drag or a click ended. */
  end(): void;
}

/**
 * Pointer input on the overview strip: dragging the window pans the view; pressing elsewhere
 * centres the view there (and may go on as a drag).
 */
export class OverviewDragController implements ReactiveController {
  /** Offset of the pointer from the window's centre while dragging, or null. */
  private offset: number | null = null;

  constructor(
    host: ReactiveControllerHost,
    private readonly timeline: OverviewDragHost,
  ) {
    host.addController(this);
  }

  get dragging(): boolean {
    return this.offset !== null;
  }

  readonly onPointerDown = (e: PointerEvent): void => {
    const centre = this.timeline.centre();
    if (centre === null) return;
    const strip = e.currentTarget as HTMLElement;
    const x = e.clientX - strip.getBoundingClientRect().left;
    const onWindow = (e.target as HTMLElement).classList.contains('window');
    this.offset = onWindow ? x - centre : 0;
    if (!onWindow) this.timeline.panTo(x);
    // Synthetic pointers (some assistive tools make them) have no capture to set: dragging still
    // works while the pointer stays over the strip.
    try {
      strip.setPointerCapture?.(e.pointerId);
    } catch {
      /* not a live pointer */
    }
  };

  readonly onPointerMove = (e: PointerEvent): void => {
    if (this.offset === null) return;
    const rect = (e.currentTarget as HTMLElement).getBoundingClientRect();
    this.timeline.panTo(e.clientX - rect.left - this.offset);
  };

  readonly onPointerUp = (): void => {
    if (this.offset === null) return;
    this.offset = null;
    this.timeline.end();
  };

  hostDisconnected(): void {
    this.offset = null;
  }
}
