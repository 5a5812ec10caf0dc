import { css } from 'lit';

/** The toolbar and the help panel. */
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
