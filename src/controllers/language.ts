import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { isRtlLocale, loadMessages } from '../core/locales.js';
import { canonicalLocale, isSupportedLocale, type OptionProblem } from '../data/options.js';

/**
 * The language and direction the host follows: its `locale`, else the nearest `lang` around it,
 * else the browser's; and right to left when the nearest `dir` says so, or else the language is
 * written so. It watches `lang` and `dir` on the document's elements, so changing
 * `<html lang>` re-renders the timeline in the new language.
 */
export class LanguageController implements ReactiveController {
  private observer?: MutationObserver;
  /** The loading of a language's words, while it lasts: the host draws again when they arrive. */
  pending?: Promise<unknown>;

  constructor(private readonly host: ReactiveControllerHost & HTMLElement) {
    host.addController(this);
  }

  /**
   * The locale in use: `locale` (already checked) when Intl supports it, else the nearest `lang`
   * when it is a language tag that Intl supports, else undefined (the browser's). A `lang` that is
   * no language tag (`auto`, `{{lang}}`) is a problem, told to `warn`.
   */
  locale(locale: string | undefined, warn: (problem: OptionProblem) => void = () => {}): string | undefined {
    if (locale) return isSupportedLocale(locale) ? locale : undefined;
    const lang = this.host.closest('[lang]')?.getAttribute('lang');
    if (!lang) return undefined;
    const tag = canonicalLocale(lang);
    if (!tag) warn({ property: 'lang', value: lang, fallback: "the browser's language" });
    return tag && isSupportedLocale(tag) ? tag : undefined;
  }

  /** Loads the words of `locale`'s language if they are not loaded yet, and asks for an update when they are. */
  load(locale: string | undefined): void {
    const loading = loadMessages(locale);
    if (!loading || this.pending === loading) return;
    const pending = (this.pending = loading.then(
      () => this.host.requestUpdate(),
      () => {},
    ));
    void pending.then(() => this.pending === pending && (this.pending = undefined));
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
