/**
 * The legend (`part="legend"`): each encoding the data uses, drawn by the marks' own classes beside
 * its words, as one labelled group that a screen reader reads once. The marks' names already say
 * their certainty, so the legend is for the eye.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { DatelineMessages } from '../core/messages.js';
import type { Encoding } from '../layout/legend.js';
import { lookClasses, type MarkLook } from './marks.js';

/** How each entry's sample mark is drawn: the look of a real mark with that encoding. */
const LOOKS: Record<Encoding, MarkLook> = {
  confirmed: { certainty: 'confirmed' },
  reported: { certainty: 'reported' },
  claimed: { certainty: 'claimed' },
  disputed: { certainty: 'disputed' },
  extent: { extent: true, certainty: 'confirmed' },
  approximate: { span: true, approximate: true, certainty: 'confirmed' },
  uncertain: { certainty: 'confirmed', uncertain: true },
  ongoing: { span: true, openEnd: true, certainty: 'confirmed' },
};

export function renderLegend(encodings: readonly Encoding[], m: DatelineMessages): TemplateResult | typeof nothing {
  if (!encodings.length) return nothing;
  return html`<div part="legend" role="group" aria-label=${m.legend}>
    <ul class="legend">
      ${encodings.map((e) => html`<li class=${lookClasses(LOOKS[e])}><span class="swatch" aria-hidden="true"><span class="mark"></span></span>${m.encodings[e]}</li>`)}
    </ul>
  </div>`;
}
