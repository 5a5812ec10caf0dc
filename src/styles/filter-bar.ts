import { css } from 'lit';

/** The filter bar: a search box, groups of toggles (lanes, tags, certainty drawn as marks), the count and Clear. */
export const filterBarStyles = css`
  .filter-bar {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 6px 12px;
    padding: 6px 0;
  }
  .filter-bar input[type='search'] {
    flex: 1 1 12em;
    min-width: 8em;
    min-height: 32px;
    padding: 4px 8px;
    font: inherit;
    color: var(--_fg);
    background: var(--_bg);
    border: 1px solid var(--_muted);
    border-radius: 4px;
  }
  .filter-bar input[type='search']:focus-visible {
    outline: 2px solid var(--_focus);
    outline-offset: 1px;
  }
  .filter-bar .toggles {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 4px;
  }
  .filter-bar .group-label {
    color: var(--_muted);
    font-size: 0.85em;
    margin-inline-end: 2px;
  }
  .filter-bar .toggle {
    --_c: var(--_lane-color, var(--_muted));
    display: inline-flex;
    align-items: center;
    gap: 6px;
  }
  .filter-bar .toggle[aria-pressed='true'] {
    background: color-mix(in srgb, var(--_fg) 14%, var(--_bg));
    border-color: var(--_fg);
    font-weight: 600;
  }
  .filter-bar .dot {
    width: 10px;
    height: 10px;
    border-radius: 50%;
    background: var(--_c);
  }
  .filter-bar .swatch {
    position: relative;
    flex: none;
    width: 18px;
    height: 18px;
  }
  .filter-bar .count {
    color: var(--_muted);
    font-size: 0.9em;
  }
`;
