/**
 * What a printed page holds: the whole timeline as the exported drawing, scaled to the paper's
 * width, then every event shown as a row (date at its precision with the original phrase, title,
 * lane, certainty, source and its address), so the paper loses nothing the screen had. Drawn only
 * while the page is printed, and shown only by the print style sheet.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { Texts } from '../core/texts.js';
import { isSafeUrl, type NormalisedEvent } from '../core/validate.js';
import type { Lane } from '../data/lanes.js';

export interface PrintProps {
  /** The drawing (an `<svg>` element parsed from the export), if the timeline has one. */
  drawing: Element | undefined;
  items: readonly NormalisedEvent[];
  lanes: readonly Lane[];
  caption: string;
  texts: Texts;
}

export function renderPrint(p: PrintProps): TemplateResult {
  const m = p.texts.messages;
  const labels = new Map(p.lanes.map((l) => [l.key, l.label]));
  const source = (e: NormalisedEvent['event']) => {
    const url = isSafeUrl(e.source?.url) ? e.source.url : undefined;
    return html`${e.source?.name ?? ''}${url ? html`<br /><span class="url">${url}</span>` : nothing}`;
  };
  return html`<div class="print" aria-hidden="true">
    ${p.drawing ? html`<div class="print-drawing">${p.drawing}</div>` : nothing}
    <table class="print-list">
      <caption>${p.caption}</caption>
      <thead>
        <tr>
          <th>${m.columns.date}</th>
          <th>${m.columns.title}</th>
          <th>${m.columns.lane}</th>
          <th>${m.columns.certainty}</th>
          <th>${m.columns.source}</th>
        </tr>
      </thead>
      <tbody>
        ${p.items.map(
          (it) => html`<tr>
            <td>${p.texts.whenSaid(it)}</td>
            <td><bdi>${it.event.title}</bdi></td>
            <td>${labels.get(it.group) ?? ''}</td>
            <td>${m.certainty[it.certainty]}</td>
            <td>${source(it.event)}</td>
          </tr>`,
        )}
      </tbody>
    </table>
  </div>`;
}
