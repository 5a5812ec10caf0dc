import { css } from 'lit';

/** The toolbar, the Download menu and the help panel. */
export const toolbarStyles = css`
  .toolbar {
    display: flex;
    gap: 4px;
    justify-content: flex-end;
    padding: 4px 0;
  }
  .toolbar svg {
    display: block;
    margin: auto;
    fill: none;
    stroke: currentColor;
    stroke-width: 1.5;
    stroke-linecap: round;
    stroke-linejoin: round;
  }
  .toolbar button[aria-pressed='true'],
  .toolbar button[aria-expanded='true'] {
    background: var(--_fg);
    color: var(--_bg);
  }
  .download {
    position: relative;
  }
  .download > button {
    display: flex;
    align-items: center;
    gap: 4px;
  }
  .download > button svg {
    margin: 0;
  }
  [role='menu'] {
    position: absolute;
    inset-inline-end: 0;
    top: calc(100% + 4px);
    z-index: 3;
    display: flex;
    flex-direction: column;
    min-width: 10em;
    padding: 4px;
    background: var(--_bg);
    border: 1px solid var(--_grid);
    border-radius: 6px;
    box-shadow: 0 4px 12px rgb(0 0 0 / 0.15);
  }
  [role='menuitem'] {
    padding: 6px 10px;
    font: inherit;
    text-align: start;
    color: var(--_fg);
    background: none;
    border: 0;
    border-radius: 4px;
    cursor: pointer;
  }
  [role='menuitem']:hover,
  [role='menuitem']:focus-visible {
    background: var(--_lane-bg);
    outline: 2px solid var(--_focus);
  }
  .help {
    padding: 8px 12px;
    margin-bottom: 8px;
    border: 1px solid var(--_grid);
    border-radius: 6px;
  }
  .help dl {
    display: grid;
    grid-template-columns: max-content 1fr;
    gap: 2px 12px;
    margin: 0;
  }
  .help dt {
    font-weight: 700;
  }
  .help dd {
    margin: 0;
  }
`;
