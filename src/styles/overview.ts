import { css, unsafeCSS } from 'lit';
import { OVERVIEW_HEIGHT } from '../layout/metrics.js';

/** The overview strip and its window. */
export const overviewStyles = css`
  .overview {
    position: relative;
    height: ${unsafeCSS(OVERVIEW_HEIGHT)}px;
    margin-top: 4px;
    border: 1px solid var(--_grid);
    border-radius: 4px;
    cursor: pointer;
    touch-action: none;
    overflow: hidden;
  }
  .overview canvas {
    position: relative;
    display: block;
    opacity: 0.75;
  }
  /* The whole data, faint under a filter's matches. */
  .overview canvas.dimmed {
    opacity: 0.15;
  }
  /* The filter's matches, over the whole data. */
  .overview canvas.matches {
    position: absolute;
    top: 0;
    left: 0;
  }
  .overview .window {
    position: absolute;
    top: 0;
    bottom: 0;
    border: 2px solid var(--_fg);
    border-radius: 4px;
    background: color-mix(in srgb, var(--_fg) 10%, transparent);
    cursor: grab;
  }
`;
