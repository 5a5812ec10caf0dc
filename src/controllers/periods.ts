/**
 * Keeps the period index's current period (`aria-current`) in step with the page's scrolling, and
 * takes the reader to a period: the column scrolls its first entry just under the index.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Period } from '../layout/periods.js';
import { scrollBehavior } from './details.js';

export class PeriodController implements ReactiveController {
  private frame = 0;
  private current = -1;

  constructor(private readonly host: ReactiveControllerHost & HTMLElement) {
    host.addController(this);
  }

  hostConnected(): void {
    addEventListener('scroll', this.onScroll, { passive: true });
  }

  hostDisconnected(): void {
    removeEventListener('scroll', this.onScroll);
    cancelAnimationFrame(this.frame);
    this.frame = 0;
  }

  hostUpdated(): void {
    this.current = -1;
    this.mark();
  }

  /** Scrolls the column so that the first entry of `period` stands just under the index. */
  go(period: Period): void {
    const { nav, plot } = this.parts();
    if (!nav || !plot) return;
    const top = scrollY + plot.getBoundingClientRect().top + period.y - nav.offsetHeight - 8;
    scrollTo({ top, behavior: scrollBehavior() });
  }

  private onScroll = (): void => {
    if (!this.frame) this.frame = requestAnimationFrame(() => ((this.frame = 0), this.mark()));
  };

  private parts() {
    const root = this.host.shadowRoot;
    return { nav: root?.querySelector<HTMLElement>('.periods'), plot: root?.querySelector<HTMLElement>('.plot') };
  }

  /** Marks the period of the first entry under the index; its button scrolls into the index's view. */
  private mark(): void {
    const { nav, plot } = this.parts();
    if (!nav || !plot) return;
    const line = nav.getBoundingClientRect().bottom + 8 - plot.getBoundingClientRect().top;
    const buttons = [...nav.querySelectorAll<HTMLElement>('button')];
    let current = 0;
    buttons.forEach((b, i) => Number(b.dataset.y) <= line + 1 && (current = i));
    if (current === this.current) return;
    this.current = current;
    buttons.forEach((b, i) => b.setAttribute('aria-current', i === current ? 'true' : 'false'));
    const b = buttons[current];
    nav.scrollLeft = b.offsetLeft - (nav.clientWidth - b.offsetWidth) / 2;
  }
}
