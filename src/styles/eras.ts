import { css, unsafeCSS } from 'lit';
import { ERA_ROW } from '../layout/metrics.js';

/** Eras (bands, their labels, the column's headings, the overview's bands) and the loading and failure messages. */
export const erasStyles = css`
  .era {
    --_era: var(--_era-color, var(--dateline-era-color, var(--_muted)));
    position: absolute;
    top: 0;
    bottom: 0;
    background: color-mix(in srgb, var(--_era) 9%, transparent);
    border-inline: 1px dashed color-mix(in srgb, var(--_era) 45%, transparent);
    pointer-events: none;
  }
  .era-label {
    position: absolute;
    box-sizing: border-box;
    height: ${unsafeCSS(ERA_ROW)}px;
    padding: 3px 6px;
    overflow: hidden;
    white-space: nowrap;
    text-overflow: ellipsis;
    font-size: 0.8em;
    font-weight: 600;
    color: var(--_fg);
  }
  .overview .era {
    border: none;
    background: color-mix(in srgb, var(--_era) 22%, transparent);
  }
  /* After the axis's tick labels, across the tracks and the entries. */
  .vertical .era {
    bottom: auto;
    inset-inline: 48px 0;
    box-sizing: border-box;
    height: ${unsafeCSS(2 * ERA_ROW)}px;
    margin: 0;
    padding: 2px 8px;
    border: none;
    border-block-end: 2px solid color-mix(in srgb, var(--_era) 60%, transparent);
    font-size: 0.95em;
    line-height: 1.2;
    white-space: nowrap;
    overflow: hidden;
    text-overflow: ellipsis;
  }
  .vertical .era bdi,
  .vertical .era-when {
    display: block;
    overflow: hidden;
    text-overflow: ellipsis;
  }
  .vertical .era-when {
    font-weight: normal;
    font-size: 0.85em;
    color: var(--_muted);
  }
  [part~='status'] {
    display: flex;
    align-items: center;
    gap: 8px;
    margin: 4px 0;
    padding: 6px 10px;
    border-radius: 4px;
    background: var(--_lane-bg);
  }
  [part~='status'].failed {
    border-inline-start: 4px solid var(--_reference);
  }
  .spinner {
    width: 12px;
    height: 12px;
    border: 2px solid var(--_muted);
    border-inline-end-color: transparent;
    border-radius: 50%;
    animation: dateline-spin 0.8s linear infinite;
  }
  @keyframes dateline-spin {
    to {
      transform: rotate(1turn);
    }
  }
  @media (prefers-reduced-motion: reduce) {
    .spinner {
      animation: none;
    }
  }
`;
