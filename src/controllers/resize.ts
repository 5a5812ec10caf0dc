import type { ReactiveControllerHost, ReactiveElement } from 'lit';

/**
 * Watches the host's content width and updates the host in the frame that changed it.
 *
 * It observes a probe, an empty block of no height before the rendered content, rather than the
 * host: the probe's size changes only with the host's width, so an update run from the observer's
 * callback (which can change the host's height) leaves no observation undelivered, and the page
 * hears no "ResizeObserver loop" error. The new layout is painted in the frame of the resize, not
 * in the frame after it.
 */
export class ResizeController {
  /** Last observed content-box width in pixels (0 until measured). */
  width = 0;
  private observer?: ResizeObserver;
  private probe?: HTMLElement;

  constructor(private readonly host: ReactiveControllerHost & ReactiveElement) {
    host.addController(this);
  }

  /** Reads the width now if the observer has not reported yet (first render). */
  measure(): number {
    if (!this.width) this.width = Math.round((this.probe ?? this.host).getBoundingClientRect().width);
    return this.width;
  }

  hostConnected(): void {
    const root = this.host.renderRoot;
    if (!this.probe) {
      this.probe = document.createElement('div');
      this.probe.style.height = '0';
      // Before the content Lit renders, outside the part it owns.
      root.insertBefore(this.probe, root.firstChild);
    }
    const probe = this.probe;
    const observer = new ResizeObserver((entries) => {
      const width = Math.round(entries[entries.length - 1].contentRect.width);
      if (width === this.width) return;
      this.width = width;
      // Not observed again until the next frame: an update that makes the page's scroll bar come
      // or go changes the probe's width again in this frame, and the browser would report that
      // second change as a "ResizeObserver loop" error. Observed anew, it reports its width then.
      observer.unobserve(probe);
      requestAnimationFrame(() => this.observer === observer && observer.observe(probe));
      this.host.requestUpdate();
    });
    observer.observe(probe);
    this.observer = observer;
  }

  hostDisconnected(): void {
    this.observer?.disconnect();
    this.observer = undefined;
  }
}
