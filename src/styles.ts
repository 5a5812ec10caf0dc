import { css } from 'lit';

/**
 * Public `--dateline-*` custom properties feed private `--_*` tokens on `:host`, so users can
 * theme from any ancestor. Dark values apply under `prefers-color-scheme: dark`.
 */
export const styles = css`
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
    /* The layout computes rows of 30px; the row height is not themable. */
    --_row: 30px;
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
  .toolbar {
    display: flex;
    gap: 4px;
    justify-content: flex-end;
    padding: 4px 0;
  }
  .toolbar button,
  .pager button,
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
  .pager {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 8px;
    margin-top: 8px;
  }
  .pager button[aria-disabled='true'] {
    color: var(--_muted);
    cursor: default;
  }
  [part~='list'] {
    width: 100%;
    margin-top: 8px;
    border-collapse: collapse;
  }
  [part~='list'] caption {
    text-align: start;
    font-weight: 700;
    padding: 4px 0;
  }
  [part~='list'] th,
  [part~='list'] td {
    text-align: start;
    padding: 4px 8px;
    border-bottom: 1px solid var(--_grid);
    vertical-align: top;
  }
  .link {
    padding: 0;
    border: 0;
    background: none;
    color: var(--_accent);
    font: inherit;
    text-align: start;
    text-decoration: underline;
    cursor: pointer;
    min-height: 24px;
  }
  [role='region']:focus {
    outline: none;
  }
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
  /* Marks sit at the inline start and are moved by a transform: a zoom frame changes only that. */
  [part~='event'],
  [part~='cluster'] {
    position: absolute;
    inset-inline-start: 0;
    top: 0;
  }
  [part~='event'] {
    --_c: var(--_lane-color, var(--_accent));
    display: flex;
    align-items: center;
    height: calc(var(--_row) - 6px);
    min-width: 24px;
    padding: 0;
    margin: 0;
    border: 0;
    background: none;
    color: inherit;
    font: inherit;
    text-align: start;
    cursor: pointer;
    white-space: nowrap;
  }
  [part~='event']:focus-visible {
    outline: 2px solid var(--_focus);
    outline-offset: 2px;
    border-radius: 4px;
  }
  .mark {
    position: absolute;
    inset-inline-start: 0;
    top: 50%;
    height: 14px;
    width: 14px;
    transform: translateY(-50%);
    border: 2px solid var(--_c);
    background: var(--_c);
    border-radius: 50%;
  }
  .span .mark {
    height: calc(var(--_row) - 8px);
    border-radius: 4px;
    background: color-mix(in srgb, var(--_c) 22%, var(--_bg));
  }
  /* A date known to a month or a year covers that whole stretch: drawn hatched, not solid. */
  .extent .mark {
    border-radius: 4px;
    height: calc(var(--_row) - 8px);
    background: repeating-linear-gradient(
      135deg,
      color-mix(in srgb, var(--_c) 30%, var(--_bg)) 0 4px,
      color-mix(in srgb, var(--_c) 12%, var(--_bg)) 4px 8px
    );
  }
  /* Certainty: shape and line, not colour alone. Confirmed: solid and filled. Reported: a ring
     around a dot (a double line on bars). Claimed: dashed and hollow. Disputed: dotted and hollow. */
  .reported:not(.span):not(.extent) .mark {
    background: radial-gradient(circle, var(--_c) 0 2.5px, var(--_bg) 3px);
  }
  .reported.span .mark,
  .reported.extent .mark {
    border-style: double;
    border-width: 3px;
  }
  .claimed .mark {
    border-style: dashed;
  }
  .claimed:not(.span):not(.extent) .mark {
    background: var(--_bg);
  }
  .disputed .mark {
    border-style: dotted;
    background: var(--_bg);
  }
  /* Qualifiers: approximate dates get soft edges, uncertain ones a question-mark badge. */
  .approximate .mark {
    mask-image: linear-gradient(90deg, transparent, #000 6px, #000 calc(100% - 6px), transparent);
  }
  /* An open end ('..') runs to the edge of the view and fades out there. */
  .open-end .mark {
    border-inline-end: 0;
    border-start-end-radius: 0;
    border-end-end-radius: 0;
    mask-image: linear-gradient(to var(--_end), #000 calc(100% - 48px), transparent);
  }
  /* An unknown end: the bar fades out after the start, with no claim of how long it ran. */
  .unknown-end .mark {
    border-inline-end: 0;
    mask-image: linear-gradient(to var(--_end), #000 30%, transparent);
  }
  .uncertain .mark::after {
    content: '?';
    position: absolute;
    inset-inline-end: -3px;
    top: -9px;
    font-size: 10px;
    font-weight: 700;
    color: var(--_c);
  }
  /* A cluster is one element: the pill with its count. */
  [part~='cluster'] {
    --_c: var(--_lane-color, var(--_accent));
    height: 24px;
    min-width: 28px;
    padding: 0 4px;
    border: 2px solid var(--_c);
    border-radius: 12px;
    background: var(--_c);
    color: var(--_bg);
    font: 700 0.8em / 20px var(--_font);
    text-align: center;
    cursor: zoom-in;
  }
  [part~='cluster']:focus-visible {
    outline: 2px solid var(--_focus);
    outline-offset: 2px;
    border-radius: 12px;
  }
  [part~='event-label'] {
    position: relative;
    /* The title's own direction (like <bdi>), while padding follows the timeline's. */
    unicode-bidi: plaintext;
    padding-inline-start: 18px;
    overflow: hidden;
    text-overflow: ellipsis;
  }
  .flipped .mark {
    inset-inline-start: auto;
    inset-inline-end: 0;
  }
  .flipped [part~='event-label'] {
    padding-inline: 0 18px;
  }
  .flipped.span [part~='event-label'],
  .flipped.extent [part~='event-label'] {
    padding-inline: 0 4px;
  }
  .span [part~='event-label'],
  .extent [part~='event-label'] {
    padding-inline-start: 6px;
  }
  [part~='event'][aria-pressed='true'] .mark {
    box-shadow: 0 0 0 3px var(--_bg), 0 0 0 5px var(--_fg);
  }
  [part~='event'][aria-pressed='true'] [part~='event-label'] {
    font-weight: 700;
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
  .overview {
    position: relative;
    height: 28px;
    margin-top: 4px;
    border: 1px solid var(--_grid);
    border-radius: 4px;
    cursor: pointer;
    touch-action: none;
    overflow: hidden;
  }
  .overview canvas {
    display: block;
    opacity: 0.75;
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
  .vertical .reference span {
    top: -18px;
    inset-inline-start: auto;
    inset-inline-end: 0;
  }
  .reference.flipped span {
    inset-inline-start: auto;
    inset-inline-end: 4px;
  }
  .empty {
    padding: 24px;
    text-align: center;
    color: var(--_muted);
  }
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
  .close {
    position: absolute;
    top: 8px;
    inset-inline-end: 8px;
  }
  /* Vertical layout: a chronological column. */
  .vertical .plot {
    margin-inline-start: 0;
  }
  .vertical [part~='event'] {
    height: auto;
    min-height: 28px;
    align-items: flex-start;
    white-space: normal;
  }
  .vertical .when {
    display: block;
    color: var(--_muted);
    font-size: 0.85em;
  }
  /* The column's label holds the title (in a <bdi>) and the date: it follows the timeline's
     direction, so both lines align beside the mark. */
  .vertical [part~='event-label'] {
    white-space: normal;
    unicode-bidi: normal;
  }
  .vertical .track {
    position: absolute;
    width: 6px;
    border-radius: 3px;
    background: var(--_lane-color, var(--_accent));
    opacity: 0.5;
  }
  .vertical [part~='axis'] {
    position: absolute;
    top: 0;
    inset-inline-start: 0;
    height: auto;
    border-top: 0;
    border-inline-end: 1px solid var(--_muted);
    overflow: visible;
  }
  .vertical [part~='tick-label'],
  [dir='rtl'].vertical [part~='tick-label'] {
    inset-inline-start: 0;
    transform: translateY(-50%);
  }
  .visually-hidden {
    position: absolute;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip: rect(0 0 0 0);
    white-space: nowrap;
  }
  @media (forced-colors: active) {
    .mark,
    [part~='cluster'] {
      border-color: CanvasText;
    }
    [part~='event']:focus-visible {
      outline-color: Highlight;
    }
  }
`;
