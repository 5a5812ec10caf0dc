/**
 * The period index of a long vertical column (`part="period-index"`): one button per decade, year
 * or month, kept at the top of the screen while the column scrolls. A button takes the reader to
 * the period's first entry; the period on screen is marked `aria-current` as the page scrolls.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { DatelineMessages } from '../core/messages.js';
import type { Period } from '../layout/periods.js';

export function renderPeriods(periods: readonly Period[] | undefined, m: DatelineMessages, onGo: (p: Period) => void): TemplateResult | typeof nothing {
  if (!periods?.length) return nothing;
  return html`<nav part="period-index" class="periods" aria-label=${m.periods}>
    ${periods.map((p) => html`<button data-y=${p.y} @click=${() => onGo(p)}>${p.label}</button>`)}
  </nav>`;
}
