import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * Says short sentences through the host's polite live region (`[aria-live]` without a binding
 * inside, in its render root). Written straight into the region: re-rendering every mark to say one
 * sentence would cost a whole frame at large sizes.
 */
export class AnnouncerController implements ReactiveController {
  constructor(private readonly host: ReactiveControllerHost & { renderRoot: ParentNode }) {
    host.addController(this);
  }

  /** Says `text`; nothing when the region is not drawn yet. */
  announce(text: string): void {
    const live = this.host.renderRoot.querySelector('.announcer[aria-live]');
    if (live) live.textContent = text;
  }

  hostConnected(): void {}
}
