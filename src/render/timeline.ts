/**
 * The whole timeline as one region: summary, toolbar and help, plot, overview, live region, list
 * view and details, composed from the other render functions.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { Texts } from '../core/texts.js';
import type { NormalisedEvent } from '../core/validate.js';
import type { Encoding } from '../layout/legend.js';
import type { Period } from '../layout/periods.js';
import type { Frame } from '../layout/types.js';
import { renderDetails, type DetailsProps } from './details.js';
import { renderFilterBar, type FilterBarProps } from './filter-bar.js';
import { renderLegend } from './legend.js';
import { renderList, type ListProps } from './list.js';
import { renderMark, type MarkProps } from './marks.js';
import { renderPeriods } from './periods.js';
import { renderPlot } from './plot.js';
import { renderPrint, type PrintProps } from './print.js';
import { renderToolbar, type ToolbarProps } from './toolbar.js';

/** Above this many events the region also says how many there are and points to the list view. */
export const SUMMARY_THRESHOLD = 200;

export interface TimelineProps {
  frame: Frame;
  texts: Texts;
  items: readonly NormalisedEvent[];
  /** The accessible name. */
  label: string;
  rtl: boolean;
  marks: Omit<MarkProps, 'vertical' | 'rtl'>;
  toolbar: Omit<ToolbarProps, 'messages' | 'vertical'>;
  /** The encodings the legend explains (none: no legend). */
  legend: readonly Encoding[];
  /** The overview strip, when the layout has one. */
  overview: TemplateResult | typeof nothing;
  /** The list view, when it is open. */
  list?: Omit<ListProps, 'items' | 'texts'>;
  /** The details of the selected event, if any. */
  details?: Omit<DetailsProps, 'texts'>;
  /** The number of events before any filter. */
  total: number;
  /** The filter bar, when shown. */
  filterBar?: Omit<FilterBarProps, 'texts'>;
  /** Takes the reader to a period of the vertical column's index. */
  onPeriod: (period: Period) => void;
  /** While the page is printed: the drawing and the list of every event that paper shows. */
  print?: Omit<PrintProps, 'items' | 'texts'>;
  /** While loading: the words to show ("Loading… 45%"); after a failed load: why. */
  status: { loading?: string; failure?: string };
}

/** The loading state (a polite status) and the message of a failed load (an alert). */
function renderStatus({ loading, failure }: TimelineProps['status']): TemplateResult {
  return html`<div class="status-bar">
    ${loading ? html`<p part="status" class="status" role="status"><span class="spinner" aria-hidden="true"></span>${loading}</p>` : nothing}
    ${failure ? html`<p part="status" class="status failed" role="alert">${failure}</p>` : nothing}
  </div>`;
}

export function renderTimeline(p: TimelineProps): TemplateResult {
  const { frame: f, texts, items } = p;
  const m = texts.messages;
  const busy = p.status.loading ? 'true' : undefined;
  const status = p.status.loading || p.status.failure ? renderStatus(p.status) : nothing;
  const bar = p.filterBar ? renderFilterBar({ ...p.filterBar, texts }) : nothing;
  const announcer = html`<div class="visually-hidden announcer" aria-live="polite"></div>`;
  if (!items.length) {
    // A filter that matches nothing keeps its bar, so it can be changed.
    return html`<div role="region" aria-label=${p.label} aria-busy=${ifDefined(busy)} tabindex="-1">
      ${bar}${status}${p.status.loading ? nothing : html`<p class="empty">${p.total ? m.matches('0', texts.count(p.total)) : m.empty}</p>`}${announcer}
    </div>`;
  }
  const many = items.length > SUMMARY_THRESHOLD;
  // A filter is said in the region's description ("12 of 300 events"), as a large count is.
  const filtered = items.length < p.total;
  const summary = [filtered && m.matches(texts.count(items.length), texts.count(p.total)), many && m.summary(texts.count(items.length))].filter(Boolean).join('. ');
  const marks: MarkProps = { ...p.marks, vertical: f.vertical, rtl: p.rtl };
  // Under the axis (and the overview), or above the long vertical column, where it is seen first.
  const legend = renderLegend(p.legend, m);
  return html`<div
    role="region"
    aria-label=${p.label}
    aria-describedby=${ifDefined(summary ? 'summary' : undefined)}
    aria-busy=${ifDefined(busy)}
    tabindex="-1"
    dir=${p.rtl ? 'rtl' : 'ltr'}
    class=${`${f.vertical ? 'vertical' : 'horizontal'}${p.details ? ' with-details' : ''}`}
  >
    ${summary ? html`<p id="summary" class="visually-hidden">${summary}</p>` : nothing}
    ${renderToolbar({ ...p.toolbar, messages: m, vertical: f.vertical })} ${bar} ${status}
    ${f.vertical ? legend : nothing} ${f.vertical ? renderPeriods(f.periods, m, p.onPeriod) : nothing} ${renderPlot(f, (mark) => renderMark(mark, marks), m)} ${p.overview} ${f.vertical ? nothing : legend}
    ${announcer} ${p.list ? renderList({ ...p.list, items, texts }) : nothing} ${p.details ? renderDetails({ ...p.details, texts }) : nothing}
    ${p.print ? renderPrint({ ...p.print, items, texts }) : nothing}
  </div>`;
}
