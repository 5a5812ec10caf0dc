import { css, unsafeCSS } from 'lit';
import { MARK } from '../layout/metrics.js';

/** Marks: events and clusters; certainty by line and fill, precision by extent, qualifiers by edges and badges. */
export const marksStyles = css`
  /* Marks sit at the inline start and are moved by a transform: a zoom frame changes only that. */
  [part~='event'] {
    position: absolute;
    inset-inline-start: 0;
    top: 0;
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
    height: ${unsafeCSS(MARK)}px;
    width: ${unsafeCSS(MARK)}px;
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
    position: absolute;
    inset-inline-start: 0;
    top: 0;
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
  /* The label takes its title's direction (dir="auto"), so a title cut short keeps its beginning;
     its padding is physical, by the timeline's direction, so it stays on the mark's side.
     (unicode-bidi: plaintext did the first, but WebKit then put the padding on the wrong side.) */
  [part~='event-label'] {
    position: relative;
    padding-left: 18px;
    overflow: hidden;
    text-overflow: ellipsis;
  }
  [dir='rtl'] [part~='event-label'] {
    padding: 0 18px 0 0;
  }
  .flipped .mark {
    inset-inline-start: auto;
    inset-inline-end: 0;
  }
  .flipped [part~='event-label'] {
    padding: 0 18px 0 0;
  }
  [dir='rtl'] .flipped [part~='event-label'] {
    padding: 0 0 0 18px;
  }
  .flipped.span [part~='event-label'],
  .flipped.extent [part~='event-label'] {
    padding: 0 4px 0 0;
  }
  [dir='rtl'] .flipped.span [part~='event-label'],
  [dir='rtl'] .flipped.extent [part~='event-label'] {
    padding: 0 0 0 4px;
  }
  [part~='event'][aria-pressed='true'] .mark {
    box-shadow: 0 0 0 3px var(--_bg), 0 0 0 5px var(--_fg);
  }
  [part~='event'][aria-pressed='true'] [part~='event-label'] {
    font-weight: 700;
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
