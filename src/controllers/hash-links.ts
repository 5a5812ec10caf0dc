/**
 * Deep links (`hash-links`): selecting an event writes `#<prefix><id>` into the address with
 * `history.replaceState`, so no history entry is added. A hash of that form on page load, or on
 * `hashchange`, selects the event, brings it into view and shows its details; on page load focus
 * stays where it is, after a `hashchange` it moves to the event. Each timeline reads only the
 * hashes that carry its own prefix, so two on one page do not disturb each other. Ids are
 * URL-encoded both ways. The details panel's "Copy link" button copies the link.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** The event id a hash names for `prefix` (decoded), or undefined when the hash is not this timeline's. */
export function idFromHash(hash: string, prefix: string): string | undefined {
  const raw = hash.startsWith('#') ? hash.slice(1) : hash;
  if (!raw.startsWith(prefix) || raw.length === prefix.length) return undefined;
  try {
    return decodeURIComponent(raw.slice(prefix.length));
  } catch {
    return undefined;
  }
}

/** The hash that names event `id` for `prefix`. */
export const hashOf = (id: string, prefix: string): string => `#${prefix}${encodeURIComponent(id)}`;

export interface HashLinkHost {
  /** `hash-links` is set, and the prefix to use. */
  enabled(): boolean;
  prefix(): string;
  /** Whether the data shown holds the event (it may still be loading). */
  has(id: string): boolean;
  /** Selects the event, brings it into view and shows its details; `focus` moves keyboard focus there. */
  show(id: string, focus: boolean): void;
  /** The link was copied: say so. */
  copied(): void;
}

export class HashLinkController implements ReactiveController {
  /** The event a hash named, waiting for the data that holds it; and whether it came from a `hashchange`. */
  private pending: { id: string; focus: boolean } | null = null;
  private read = false;
  /** What the details panel's Copy link button did for the event it shows: copied, or the link to copy by hand. */
  copy: { id: string; manual?: string } | null = null;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement & { renderRoot: ParentNode },
    private readonly timeline: HashLinkHost,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    addEventListener('hashchange', this.onHashChange);
  }

  hostDisconnected(): void {
    removeEventListener('hashchange', this.onHashChange);
  }

  /**
   * After each update: the page's hash is read the first time links are on; an event it names is
   * shown once the data holds it.
   */
  hostUpdated(): void {
    if (!this.timeline.enabled()) return;
    if (!this.read) {
      this.read = true;
      this.take(false);
    }
    const p = this.pending;
    if (p && this.timeline.has(p.id)) {
      this.pending = null;
      this.timeline.show(p.id, p.focus);
      // Without focus (on page load) the page is still scrolled to the event, as to an anchor.
      if (!p.focus) void this.host.updateComplete.then(() => (this.host.renderRoot.querySelector<HTMLElement>(`[data-id="${CSS.escape(p.id)}"]`) ?? this.host).scrollIntoView({ block: 'nearest' }));
    }
  }

  /** Writes the link of the selected event into the address, or takes this timeline's hash away when nothing is selected. */
  write(id: string | null): void {
    if (!this.timeline.enabled()) return;
    const prefix = this.timeline.prefix();
    if (!id && idFromHash(location.hash, prefix) === undefined) return;
    const hash = id ? hashOf(id, prefix) : '';
    if (location.hash === hash) return;
    history.replaceState(history.state, '', hash || `${location.pathname}${location.search}`);
  }

  /** The address of event `id`: this page with its hash. */
  link(id: string): string {
    return `${location.href.replace(/#.*$/, '')}${hashOf(id, this.timeline.prefix())}`;
  }

  /** The details panel's Copy link button for event `id`, with what it did; none without `hash-links`. */
  button(id: string): { onCopy: () => void; copied: boolean; manual?: string } | undefined {
    if (!this.timeline.enabled()) return undefined;
    const done = this.copy?.id === id ? this.copy : null;
    return { onCopy: () => void this.copyLink(id), copied: Boolean(done && !done.manual), manual: done?.manual };
  }

  /**
   * Copies event `id`'s link with the Clipboard API. Where that is missing or refused (an insecure
   * page, a denied permission), the link is shown in a field, focused and selected, to copy by hand.
   */
  async copyLink(id: string): Promise<void> {
    const url = this.link(id);
    try {
      await navigator.clipboard.writeText(url);
      this.copy = { id };
      this.timeline.copied();
    } catch {
      this.copy = { id, manual: url };
    }
    this.host.requestUpdate();
    await this.host.updateComplete;
    if (this.copy?.manual) this.host.renderRoot.querySelector<HTMLInputElement>('.copy-link input')?.focus();
  }

  private onHashChange = (): void => {
    if (this.timeline.enabled()) this.take(true);
  };

  private take(focus: boolean): void {
    const id = idFromHash(location.hash, this.timeline.prefix());
    if (id === undefined) return;
    this.pending = { id, focus };
    this.host.requestUpdate();
  }
}
