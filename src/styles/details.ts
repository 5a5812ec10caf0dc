import { css } from 'lit';

/** The details panel of the selected event. */
export const detailsStyles = css`
  [part~='details'] {
    position: relative;
    margin-top: 8px;
    padding: 12px 16px;
    border: 1px solid var(--_grid);
    border-inline-start: 4px solid var(--_lane-color, var(--_accent));
    border-radius: 6px;
  }
  [part~='details'] h2 {
    margin: 0 0 4px;
    margin-inline-end: 32px;
    font-size: 1.1em;
  }
  [part~='details'] p {
    margin: 4px 0;
  }
  [part~='details'] .meta {
    color: var(--_muted);
  }
  [part~='details'] a {
    color: var(--_accent);
  }
  [part~='details'] .description {
    white-space: pre-line;
  }
  .copy-link {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 8px;
  }
  .copied {
    color: var(--_muted);
  }
  .copy-link input {
    width: min(100%, 36em);
    font: inherit;
    color: var(--_fg);
    background: var(--_bg);
    border: 1px solid var(--_grid);
    border-radius: 4px;
    padding: 2px 6px;
  }
  [part~='media'] {
    margin: 8px 0;
  }
  figure[part~='media'] img {
    display: block;
    max-width: 100%;
    max-height: 240px;
    height: auto;
    border-radius: 4px;
  }
  figure[part~='media'] figcaption {
    margin-top: 4px;
    color: var(--_muted);
    font-size: 0.9em;
  }
  figure[part~='media'] small {
    display: block;
  }
  figure[part~='media']:not(.broken) .media-link,
  figure[part~='media'].broken img {
    display: none;
  }
  /* In the vertical column, a sheet fixed to the bottom of the screen: the details open where the finger is. */
  .vertical [part~='details'] {
    position: fixed;
    inset-inline: 8px;
    bottom: 8px;
    z-index: 10;
    max-height: 55vh;
    overflow: auto;
    margin: 0;
    background: var(--_bg);
    box-shadow: 0 -2px 24px rgb(0 0 0 / 0.3);
  }
  /* Room under the column, so that its last entries can scroll above the sheet. */
  .vertical.with-details {
    padding-bottom: 55vh;
  }
  [part~='details'] h2:focus-visible {
    outline: 2px solid var(--_focus);
    outline-offset: 2px;
  }
  [part~='details'] .close {
    position: absolute;
    top: 8px;
    inset-inline-end: 8px;
  }
`;
