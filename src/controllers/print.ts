import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * Printing: before the page is printed (`beforeprint`, which browsers fire for the print dialog and
 * for printing to PDF) the timeline draws its whole range as the exported SVG at about the width of
 * A4 or Letter paper, and the list of every event; the print style sheet shows these instead of
 * the interactive parts. The update is made at once, since printing lays the page out as soon as
 * the event's listeners return. After printing both are dropped.
 */
export class PrintController implements ReactiveController {
  /** The drawing to print, while the page is printed. */
  drawing: Element | undefined;
  printing = false;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly timeline: {
      /** The SVG document of the whole range at `width`. */
      svg(width: number): string;
      /** Makes the pending update now. */
      flush(): void;
    },
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    addEventListener('beforeprint', this.before);
    addEventListener('afterprint', this.after);
  }

  hostDisconnected(): void {
    removeEventListener('beforeprint', this.before);
    removeEventListener('afterprint', this.after);
  }

  private before = (): void => {
    this.printing = true;
    // The document is the element's own drawing, every text in it escaped: parsed as XML, never as HTML.
    const svg = new DOMParser().parseFromString(this.timeline.svg(PAPER), 'image/svg+xml').documentElement;
    this.drawing = svg.namespaceURI === 'http://www.w3.org/2000/svg' ? svg : undefined;
    this.host.requestUpdate();
    this.timeline.flush();
  };

  private after = (): void => {
    this.printing = false;
    this.drawing = undefined;
    this.host.requestUpdate();
  };
}

/** The width the printed drawing is laid out at (px): A4 or Letter less their margins; it is scaled to the paper's exact width. */
export const PAPER = 720;
