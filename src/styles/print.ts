import { css } from 'lit';

/**
 * Paper: the print drawing, the legend and the list of every event instead of the interactive
 * parts (toolbar, filter bar, plot, overview, details, the list view's pages), without focus rings. The drawing is
 * scaled to the paper's width; the list's header repeats on each page and rows are not split.
 */
export const printStyles = css`
  .print {
    display: none;
  }
  @media print {
    .toolbar,
    .help,
    .filter-bar,
    .status-bar,
    .periods,
    .viewport,
    .plot,
    .overview,
    .pager,
    [part~='list'],
    .eras,
    [part~='details'] {
      display: none !important;
    }
    :host {
      /* The legend's samples and the marks' fills are backgrounds: printed as shown. */
      print-color-adjust: exact;
      -webkit-print-color-adjust: exact;
    }
    /* The drawing, then the legend that explains it, then the list. */
    [role='region'] {
      display: flex;
      flex-direction: column;
    }
    .print {
      display: contents;
    }
    .print-drawing {
      order: 1;
    }
    [part~='legend'] {
      order: 2;
    }
    .print-list {
      order: 3;
    }
    *:focus,
    *:focus-visible {
      outline: none !important;
    }
    .print-drawing svg {
      display: block;
      width: 100%;
      height: auto;
    }
    .print-list {
      width: 100%;
      margin-top: 12px;
      border-collapse: collapse;
      font-size: 0.9em;
    }
    .print-list caption {
      text-align: start;
      font-weight: 700;
      padding-bottom: 4px;
    }
    .print-list thead {
      display: table-header-group;
    }
    .print-list tr {
      break-inside: avoid;
    }
    .print-list th,
    .print-list td {
      padding: 3px 6px;
      text-align: start;
      vertical-align: top;
      border-bottom: 1px solid var(--_grid);
    }
    .print-list .url {
      font-size: 0.85em;
      color: var(--_muted);
      word-break: break-all;
    }
  }
`;
