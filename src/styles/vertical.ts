import { css } from 'lit';

/** The vertical layout: a chronological column beside a vertical axis. */
export const verticalStyles = css`
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
  .vertical .when,
  .vertical .lane-name {
    display: block;
    color: var(--_muted);
    font-size: 0.85em;
  }
  /* The lane's name, for the eye (the accessible name says it already), in its own direction. */
  .vertical .lane-name {
    unicode-bidi: isolate;
  }
  .vertical .lane-name::before {
    content: attr(data-lane);
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
  .vertical .reference span {
    top: -18px;
    inset-inline-start: auto;
    inset-inline-end: 0;
  }
  .vertical .reference {
    inset-inline: 0;
    bottom: auto;
    border-inline-start: 0;
    border-top: 2px dashed var(--_reference);
  }
  /* The period index stays at the top of the screen while the column scrolls; 44px targets. */
  .periods {
    position: sticky;
    top: 0;
    z-index: 5;
    display: flex;
    gap: 4px;
    margin: 0 0 8px;
    padding: 6px 0;
    overflow-x: auto;
    scrollbar-width: thin;
    background: var(--_bg);
    border-bottom: 1px solid var(--_grid);
  }
  /* The shared button look (host.ts), as 44px pills. */
  .periods button {
    flex: none;
    min-width: 44px;
    min-height: 44px;
    padding: 0 10px;
    border-radius: 22px;
  }
  .periods button[aria-current='true'] {
    color: var(--_bg);
    background: var(--_fg);
    border-color: var(--_fg);
    font-weight: 600;
  }
`;
