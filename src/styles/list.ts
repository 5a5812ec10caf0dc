import { css } from 'lit';

/** The list view and its pager. */
export const listStyles = css`
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
`;
