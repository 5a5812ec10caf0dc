/**
 * Brings the details of an event a person selected to where they are looking. In the vertical
 * column the details are a sheet fixed to the bottom of the screen: focus moves into it, and the
 * entry is scrolled above it if the sheet covers it. In the horizontal layout the panel under the
 * timeline is scrolled into view when it is outside it. Scrolling is smooth unless the reader asks
 * for reduced motion.
 */

const REDUCED = globalThis.matchMedia?.('(prefers-reduced-motion: reduce)');

/** How the page scrolls for the reader: smoothly, or at once when they ask for reduced motion. */
export const scrollBehavior = (): ScrollBehavior => (REDUCED?.matches ? 'auto' : 'smooth');

/** Scrolls and focuses for the details of the mark with `key` in `root`, drawn already. */
export function revealDetails(root: ParentNode, key: string, vertical: boolean): void {
  const panel = root.querySelector<HTMLElement>('[part~=details]');
  if (!panel) return;
  const behavior = scrollBehavior();
  if (!vertical) {
    const r = panel.getBoundingClientRect();
    if (r.top < 0 || r.bottom > innerHeight) panel.scrollIntoView({ block: 'nearest', behavior });
    return;
  }
  panel.querySelector<HTMLElement>('h2')?.focus({ preventScroll: true });
  const mark = root.querySelector<HTMLElement>(`[data-key="${CSS.escape(key)}"]`)?.getBoundingClientRect();
  const sheet = panel.getBoundingClientRect();
  if (mark && mark.bottom > sheet.top) scrollBy({ top: mark.bottom - sheet.top + 8, behavior });
}
