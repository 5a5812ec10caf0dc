/**
 * The list view: every event in time order as a table, for reading without the chart, a page of
 * `LIST_PAGE` rows at a time, with page buttons above and below when there is more than one.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { Texts } from '../core/texts.js';
import type { NormalisedEvent } from '../core/validate.js';
import type { NormalisedEra } from '../data/eras.js';
import type { Lane } from '../data/lanes.js';

/** Rows per page of the list view: one table of every event took 3 s at 10,000 events here. */
export const LIST_PAGE = 100;

export interface ListProps {
  items: readonly NormalisedEvent[];
  /** Listed before the events, with their dates. */
  eras: readonly NormalisedEra[];
  lanes: readonly Lane[];
  /** The page asked for; clamped to the pages there are. */
  page: number;
  caption: string;
  texts: Texts;
  onPage: (page: number) => void;
  onSelect: (id: string) => void;
}

export function renderList(p: ListProps): TemplateResult {
  const m = p.texts.messages;
  const labels = new Map(p.lanes.map((l) => [l.key, l.label]));
  const total = p.items.length;
  const last = Math.ceil(total / LIST_PAGE) - 1;
  const page = Math.min(p.page, last);
  const rows = p.items.slice(page * LIST_PAGE, (page + 1) * LIST_PAGE);
  const n = p.texts.count;
  const status = m.listPage(n(page * LIST_PAGE + 1), n(page * LIST_PAGE + rows.length), n(total));
  // Page buttons stay focusable at either end (aria-disabled): a disabled button would drop focus.
  const turn = (to: number, label: string) =>
    html`<button aria-disabled=${to < 0 || to > last ? 'true' : 'false'} @click=${() => to >= 0 && to <= last && p.onPage(to)}>${label}</button>`;
  // The upper status is a live region, so turning a page says which rows it shows.
  const pager = (live: boolean) =>
    last > 0
      ? html`<div class="pager">
          ${turn(page - 1, m.previous)}<span aria-live=${ifDefined(live ? 'polite' : undefined)}>${status}</span>${turn(page + 1, m.next)}
        </div>`
      : nothing;
  const eras = p.eras.length
    ? html`<table class="eras">
        <caption>${m.eras}</caption>
        <tbody>
          ${p.eras.map((e) => html`<tr><td>${p.texts.period(e.date)}</td><th scope="row"><bdi>${e.label}</bdi></th></tr>`)}
        </tbody>
      </table>`
    : nothing;
  return html`${eras}${pager(true)}<table part="list">
      <caption>${p.caption}</caption>
      <thead>
        <tr>
          <th scope="col">${m.columns.date}</th>
          <th scope="col">${m.columns.title}</th>
          <th scope="col">${m.columns.lane}</th>
          <th scope="col">${m.columns.certainty}</th>
          <th scope="col">${m.columns.source}</th>
        </tr>
      </thead>
      <tbody>
        ${rows.map(
          (it) => html`<tr>
            <td>${p.texts.whenSaid(it)}</td>
            <td><button class="link" @click=${() => p.onSelect(it.id)}>${it.event.title}</button></td>
            <td>${labels.get(it.group) ?? ''}</td>
            <td>${m.certainty[it.certainty]}</td>
            <td>${it.event.source?.name ?? ''}</td>
          </tr>`,
        )}
      </tbody>
    </table>${pager(false)}`;
}
