import { css, unsafeCSS } from 'lit';
import { ROW } from '../layout/metrics.js';

/** The host: public `--dateline-*` custom properties feed private `--_*` tokens, so users can theme from any ancestor (dark values under `prefers-color-scheme: dark`); the region, the buttons' shared look and helpers. */
export const hostStyles = css`
  :host {
    --_bg: var(--dateline-background, #ffffff);
    --_fg: var(--dateline-color, #1b1f24);
    --_muted: var(--dateline-muted-color, #57606a);
    --_grid: var(--dateline-grid-color, #d8dee4);
    --_accent: var(--dateline-accent-color, #0b5cad);
    --_focus: var(--dateline-focus-color, #0b5cad);
    --_lane-bg: var(--dateline-lane-background, #f6f8fa);
    --_reference: var(--dateline-reference-color, #b3261e);
    --_font: var(--dateline-font, system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif);
    --_size: var(--dateline-font-size, 13px);
    /* The row height the layout computes with; not themable. */
    --_row: ${unsafeCSS(ROW)}px;
    display: block;
    position: relative;
    color: var(--_fg);
    background: var(--_bg);
    font: var(--_size) / 1.35 var(--_font);
  }
  @media (prefers-color-scheme: dark) {
    :host {
      --_bg: var(--dateline-background, #0d1117);
      --_fg: var(--dateline-color, #e6edf3);
      --_muted: var(--dateline-muted-color, #9da7b3);
      --_grid: var(--dateline-grid-color, #30363d);
      --_accent: var(--dateline-accent-color, #6cb6ff);
      --_focus: var(--dateline-focus-color, #6cb6ff);
      --_lane-bg: var(--dateline-lane-background, #161b22);
      --_reference: var(--dateline-reference-color, #ff7b72);
    }
  }
  [dir='ltr'] {
    --_end: right;
  }
  [dir='rtl'] {
    --_end: left;
  }
  :host([hidden]) {
    display: none;
  }
  * {
    box-sizing: border-box;
  }
  [role='region']:focus {
    outline: none;
  }
  .toolbar button,
  .pager button,
  .filter-bar button,
  .periods button,
  .link-button,
  .close {
    padding: 0 8px;
    min-width: 28px;
    min-height: 28px;
    font: inherit;
    color: var(--_fg);
    background: var(--_bg);
    border: 1px solid var(--_grid);
    border-radius: 6px;
    cursor: pointer;
  }
  .empty {
    padding: 24px;
    text-align: center;
    color: var(--_muted);
  }
  .visually-hidden {
    position: absolute;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip: rect(0 0 0 0);
    white-space: nowrap;
  }
`;
