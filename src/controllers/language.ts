import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { isRtlLocale } from '../core/locales.js';

/** Whether Intl formats each locale tag seen so far (asked on every update, zoom frames included). */
const SUPPORTED = new Map<string, boolean>();

function supported(tag: string): boolean {
  let ok = SUPPORTED.get(tag);
  if (ok === undefined) {
    try {
      ok = Intl.DateTimeFormat.supportedLocalesOf(tag).length > 0;
    } catch {
      ok = false;
    }
    SUPPORTED.set(tag, ok);
  }
  return ok;
}

/**
 * The language and direction the host follows: its `locale`, else the nearest `lang` around it,
 * else the browser's; and right to left when the nearest `dir` says so, or else the language is
 * written so. It watches `lang` and `dir` on the document's elements, so changing
 * `<html lang>` re-renders the timeline in the new language.
 */
export class LanguageController implements ReactiveController {
  private observer?: MutationObserver;

  constructor(private readonly host: ReactiveControllerHost & HTMLElement) {
    host.addController(this);
  }

  /** The locale in use: `locale` when Intl supports it, else the nearest supported `lang`, else undefined. */
  locale(locale: string | undefined): string | undefined {
    const tag = locale || this.host.closest('[lang]')?.getAttribute('lang') || undefined;
    return tag && supported(tag) ? tag : undefined;
  }

  /** Whether time runs right to left for `locale`. */
  rtl(locale: string | undefined): boolean {
    const dir = this.host.closest('[dir]')?.getAttribute('dir');
    return dir ? dir.toLowerCase() === 'rtl' : isRtlLocale(locale);
  }

  hostConnected(): void {
    this.observer = new MutationObserver(() => this.host.requestUpdate());
    // One observer on the whole document: an ancestor anywhere may change its lang or dir.
    this.observer.observe(document.documentElement, { attributes: true, attributeFilter: ['lang', 'dir'], subtree: true });
  }

  hostDisconnected(): void {
    this.observer?.disconnect();
    this.observer = undefined;
  }
}
