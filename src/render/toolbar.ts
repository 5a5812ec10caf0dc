/** The toolbar (zoom, show all, download, list view, help) and the help panel that lists the keys. */
import { html, nothing, type TemplateResult } from 'lit';
import type { DatelineMessages } from '../core/messages.js';

/**
 * A toolbar icon drawn with strokes in the text colour. Drawn rather than typed as characters:
 * glyphs such as ⤢ are missing from many system fonts, and looking for a fallback font costs the
 * first render several milliseconds (and draws differently on every system).
 */
const icon = (d: string) => html`<svg viewBox="0 0 16 16" width="16" height="16" aria-hidden="true" focusable="false"><path d=${d} /></svg>`;

export interface ToolbarProps {
  messages: DatelineMessages;
  /** The vertical column has no zoom. */
  vertical: boolean;
  list: boolean;
  help: boolean;
  onZoom: (factor: number) => void;
  onFit: () => void;
  onToggleList: () => void;
  onToggleHelp: () => void;
  /** The Download button and its menu (with `exportable`). */
  download?: {
    open: boolean;
    onToggle: () => void;
    onSave: (format: 'svg' | 'png') => void;
    onKey: (e: KeyboardEvent) => void;
    onFocusOut: (e: FocusEvent) => void;
  };
}

/** The Download button, and while it is open its menu of formats (a menu button: arrows move, Escape closes). */
function renderDownload(d: NonNullable<ToolbarProps['download']>, m: DatelineMessages): TemplateResult {
  const item = (format: 'svg' | 'png', label: string) => html`<button role="menuitem" tabindex="-1" @click=${() => d.onSave(format)}>${label}</button>`;
  return html`<div class="download" @keydown=${d.onKey} @focusout=${d.onFocusOut}>
    <button aria-haspopup="menu" aria-expanded=${d.open ? 'true' : 'false'} aria-controls="download-menu" @click=${d.onToggle}>
      ${icon('M8 2v8M4.5 6.5 8 10l3.5-3.5M3 13h10')}<span>${m.download.label}</span>
    </button>
    ${d.open ? html`<div id="download-menu" role="menu" aria-label=${m.download.label}>${item('svg', m.download.svg)}${item('png', m.download.png)}</div>` : nothing}
  </div>`;
}

export function renderToolbar(p: ToolbarProps): TemplateResult {
  const m = p.messages;
  const zoom = p.vertical
    ? nothing
    : html`<button aria-label=${m.zoomIn} title=${m.zoomIn} @click=${() => p.onZoom(2)}>${icon('M8 3v10M3 8h10')}</button>
        <button aria-label=${m.zoomOut} title=${m.zoomOut} @click=${() => p.onZoom(0.5)}>${icon('M3 8h10')}</button>
        <button aria-label=${m.fit} title=${m.fit} @click=${p.onFit}>${icon('M3 13 13 3M8 3h5v5M3 8v5h5')}</button>`;
  return html`<div class="toolbar">
      ${zoom}
      ${p.download ? renderDownload(p.download, m) : nothing}
      <button aria-pressed=${p.list ? 'true' : 'false'} @click=${p.onToggleList}>${m.list}</button>
      <button aria-label=${m.help} title=${m.help} aria-expanded=${p.help ? 'true' : 'false'} aria-controls="help" @click=${p.onToggleHelp}>?</button>
    </div>
    ${p.help
      ? html`<section id="help" class="help" aria-label=${m.help}>
          <dl>${m.keys.map(([k, d]) => html`<dt>${k}</dt><dd>${d}</dd>`)}</dl>
        </section>`
      : nothing}`;
}
