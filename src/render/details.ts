/** The details panel of the selected event: title, date, lane, certainty, description and source. */
import { html, nothing, type TemplateResult } from 'lit';
import { styleMap } from 'lit/directives/style-map.js';
import type { Texts } from '../core/texts.js';
import { isSafeUrl, type NormalisedEvent } from '../core/validate.js';
import type { Lane } from '../data/lanes.js';
import { renderWhen } from './marks.js';

export interface DetailsProps {
  item: NormalisedEvent;
  lane?: Lane;
  texts: Texts;
  onClose: () => void;
}

export function renderDetails({ item, lane, texts, onClose }: DetailsProps): TemplateResult {
  const e = item.event;
  const m = texts.messages;
  const url = isSafeUrl(e.source?.url) ? e.source.url : undefined;
  return html`<section part="details" aria-label=${e.title} style=${styleMap({ '--_lane-color': lane?.color ?? null })}>
    <button class="close" aria-label=${m.close} @click=${onClose}>×</button>
    <h2><bdi>${e.title}</bdi></h2>
    <p class="meta">
      ${renderWhen(texts.when(item), e.displayDate)}${lane?.key ? html` · <bdi>${lane.label}</bdi>` : ''} ·
      ${m.certainty[item.certainty]}
    </p>
    ${e.description ? html`<p>${e.description}</p>` : nothing}
    ${e.source?.name
      ? html`<p class="meta">
          ${url ? html`<a href=${url} target="_blank" rel="noopener noreferrer">${m.source(e.source.name)}</a>` : m.source(e.source.name)}
        </p>`
      : nothing}
  </section>`;
}
