import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * Follows which part of the host is on screen as the page (or any scrolling ancestor) scrolls, for
 * the vertical column, which draws only the entries near the screen when there are many. The
 * host says which band it drew (`covered`, px from its top); scrolling beyond it asks for an
 * update.
 */
export class VisibleController implements ReactiveController {
  /** The band the last render drew, in px from the host's top; null when it drew everything. */
  covered: [number, number] | null = null;

  constructor(private readonly host: ReactiveControllerHost & HTMLElement) {
    host.addController(this);
  }

  /** The part of the host on screen, in px from its top, with a screen's height either side. */
  wanted(): [number, number] {
    const top = -this.host.getBoundingClientRect().top;
    const screen = window.innerHeight || 800;
    return [top - screen, top + 2 * screen];
  }

  private readonly check = (): void => {
    if (!this.covered) return;
    const top = -this.host.getBoundingClientRect().top;
    if (top < this.covered[0] || top + (window.innerHeight || 800) > this.covered[1]) this.host.requestUpdate();
  };

  hostConnected(): void {
    // Capturing on the document sees scrolls of every scrolling ancestor, not only the page's.
    document.addEventListener('scroll', this.check, { capture: true, passive: true });
    window.addEventListener('resize', this.check, { passive: true });
  }

  hostDisconnected(): void {
    document.removeEventListener('scroll', this.check, { capture: true });
    window.removeEventListener('resize', this.check);
  }
}
