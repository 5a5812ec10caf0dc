import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** Watches the host's content width and asks for an update when it changes. */
export class ResizeController implements ReactiveController {
  /** Last observed content-box width in pixels (0 until measured). */
  width = 0;
  private observer?: ResizeObserver;

  constructor(private readonly host: ReactiveControllerHost & HTMLElement) {
    host.addController(this);
  }

  /** Reads the width now if the observer has not reported yet (first render). */
  measure(): number {
    if (!this.width) this.width = Math.round(this.host.getBoundingClientRect().width);
    return this.width;
  }

  hostConnected(): void {
    this.observer = new ResizeObserver((entries) => {
      const width = Math.round(entries[entries.length - 1].contentRect.width);
      if (width === this.width) return;
      this.width = width;
      // In the next frame: an update in this one changes the host's height while the observer is
      // still delivering, and the browser reports "ResizeObserver loop completed with undelivered
      // notifications" to the page's error handlers.
      requestAnimationFrame(() => this.host.requestUpdate());
    });
    this.observer.observe(this.host);
  }

  hostDisconnected(): void {
    this.observer?.disconnect();
    this.observer = undefined;
  }
}
