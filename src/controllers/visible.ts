import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * Follows which part of the host is on screen as the page (or any scrolling ancestor) scrolls, for
 * the vertical column, which draws only the entries near the screen when there are many. `band()`
 * gives the part of the host to draw; while the host draws such a band (`watch(true)`), scrolling
 * the screen out of it asks for an update, and the next `band()` is a new one around the screen.
 */
export class VisibleController implements ReactiveController {
  private current: [number, number] | null = null;
  private watching = false;

  constructor(private readonly host: ReactiveControllerHost & HTMLElement) {
    host.addController(this);
  }

  /** The part of the host on screen, in px from its top, with a screen's height either side. */
  band(): [number, number] {
    if (!this.current || this.outside(this.current)) {
      const top = this.top();
      const screen = this.screen();
      this.current = [top - screen, top + 2 * screen];
    }
    return this.current;
  }

  /** Whether the host draws only the last band (and should hear when the screen leaves it). */
  watch(on: boolean): void {
    this.watching = on;
  }

  private top = () => -this.host.getBoundingClientRect().top;
  private screen = () => window.innerHeight || 800;
  private outside = ([a, b]: [number, number]) => this.top() < a || this.top() + this.screen() > b;

  private readonly check = (): void => {
    if (this.watching && this.current && this.outside(this.current)) this.host.requestUpdate();
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
