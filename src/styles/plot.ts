import { css } from 'lit';

/** The plot: the viewport, lanes, grid lines, the axis and its ticks, compressed gaps and the reference marker. */
export const plotStyles = css`
  .viewport {
    position: relative;
    /* clip, not hidden: focusing a mark near the edge must not scroll the plot sideways. */
    overflow: clip;
    touch-action: pan-y;
    cursor: grab;
    user-select: none;
  }
  .viewport:active {
    cursor: grabbing;
  }
  .plot {
    position: relative;
  }
  /* The marks' own box: adding or removing one leaves the lanes and the axis alone. */
  .marks {
    position: absolute;
    inset: 0;
    contain: layout style;
  }
  .lane-marks {
    display: contents;
  }
  .lane {
    position: absolute;
    left: 0;
    right: 0;
    border-top: 1px solid var(--_grid);
  }
  .lane.odd {
    background: var(--_lane-bg);
  }
  [part~='lane-label'] {
    position: sticky;
    inset-inline-start: 0;
    display: inline-block;
    padding: 2px 6px;
    font-size: 0.85em;
    font-weight: 600;
    color: var(--_muted);
  }
  .gridline {
    position: absolute;
    top: 0;
    bottom: 0;
    width: 0;
    border-inline-start: 1px solid var(--_grid);
    opacity: 0.6;
  }
  [part~='axis'] {
    position: relative;
    height: 26px;
    border-top: 1px solid var(--_muted);
    overflow: hidden;
  }
  [part~='tick-label'] {
    position: absolute;
    top: 4px;
    transform: translateX(-50%);
    white-space: nowrap;
    color: var(--_muted);
    font-size: 0.85em;
  }
  [dir='rtl'] [part~='tick-label'] {
    transform: translateX(50%);
  }
  /* A compressed gap: a hatched band through the lanes and a zigzag break in the axis line. */
  .break {
    position: absolute;
    top: 0;
    bottom: 0;
    background: repeating-linear-gradient(
      -60deg,
      transparent 0 5px,
      color-mix(in srgb, var(--_muted) 22%, transparent) 5px 7px
    );
    pointer-events: none;
  }
  .axis-break {
    position: absolute;
    top: -7px;
    height: 12px;
    background:
      linear-gradient(135deg, var(--_bg) 35%, var(--_muted) 35% 45%, var(--_bg) 45%) 0 0 / 8px 12px repeat-x;
  }
  .reference {
    position: absolute;
    top: 0;
    bottom: 0;
    border-inline-start: 2px dashed var(--_reference);
    pointer-events: none;
  }
  .reference span {
    position: absolute;
    top: 0;
    inset-inline-start: 4px;
    padding: 0 4px;
    white-space: nowrap;
    font-size: 0.8em;
    font-weight: 600;
    color: var(--_reference);
    background: var(--_bg);
  }
  .reference.flipped span {
    inset-inline-start: auto;
    inset-inline-end: 4px;
  }
`;
