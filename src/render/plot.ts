/**
 * The plot: lanes, grid lines, compressed gaps, the reference marker, the marks and the axis with
 * its ticks, horizontally; the column of entries beside a vertical axis, vertically.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import { styleMap } from 'lit/directives/style-map.js';
import type { DatelineMessages } from '../core/messages.js';
import type { Frame, Mark, PlacedEra, PlacedLane } from '../layout/types.js';

/**
 * An era: horizontally a band behind the lanes, named as an image (its label, in the strip above
 * the lanes, is part of the picture); vertically a heading before its first entry.
 */
function renderEra(e: PlacedEra, vertical: boolean, m: DatelineMessages): TemplateResult {
  if (vertical) {
    return html`<h3 part="era" class="era" style=${styleMap({ top: `${e.y}px`, '--_era-color': e.era.color ?? null })}>
      <bdi>${e.era.label}</bdi> <span class="era-when">${e.when}</span>
    </h3>`;
  }
  return html`<div
    part="era"
    class="era"
    role="img"
    aria-label=${m.era(e.era.label, e.when)}
    style=${styleMap({ insetInlineStart: `${e.x}px`, width: `${e.width}px`, '--_era-color': e.era.color ?? null })}
  >
    <span class="era-label" style=${styleMap({ top: `${e.y}px`, insetInlineStart: `${e.labelX - e.x}px`, maxWidth: `${e.labelWidth}px` })}>${e.era.label}</span>
  </div>`;
}

/** The plot of `frame`, drawing each mark with `mark`. */
export function renderPlot(f: Frame, mark: (m: Mark) => TemplateResult, m: DatelineMessages): TemplateResult {
  // Keyed: a mark that stays in view keeps its nodes, and a zoom frame only moves them.
  const keyed = (list: Mark[]) => repeat(list, (m) => m.key, mark);
  const reference = f.reference
    ? html`<div
        class="reference ${!f.vertical && f.reference.pos > f.width - 200 ? 'flipped' : ''}"
        style=${styleMap(f.vertical ? { top: `${f.reference.pos}px` } : { insetInlineStart: `${f.reference.pos}px` })}
      >
        <span>${f.reference.label}</span>
      </div>`
    : nothing;
  const ticks = f.ticks.map(
    (t) => html`<span part="tick-label" style=${styleMap(f.vertical ? { top: `${t.pos}px` } : { insetInlineStart: `${t.pos}px` })}>${t.label}</span>`,
  );
  const height = styleMap({ height: `${f.height}px` });
  if (f.vertical) {
    // The column is never zoomed and keeps its marks in time order.
    return html`<div class="plot" style=${height}>
      <div part="axis" aria-hidden="true" style=${height}>${ticks}</div>
      ${f.eras.map((e) => renderEra(e, true, m))} ${reference}
      <div class="marks">${keyed(f.marks)}</div>
    </div>`;
  }
  // Each lane's marks share one parent that sets the lane colour: a custom property in a mark's
  // own style would make the browser restyle it (and its children) in full every time it moves.
  const byLane = new Map<PlacedLane, Mark[]>(f.lanes.map((l) => [l, []]));
  for (const m of f.marks) byLane.get(m.lane)?.push(m);
  const labelled = f.lanes.length > 1 || f.lanes[0]?.key !== '';
  const at = (a: number, b = a) => styleMap({ insetInlineStart: `${a}px`, width: b === a ? null : `${b - a}px` });
  return html`<div class="viewport">
    <div class="plot" style=${height}>
      ${f.lanes.map(
        (l, i) => html`<div class="lane ${i % 2 ? '' : 'odd'}" style=${styleMap({ top: `${l.top}px`, height: `${l.height}px` })}>
          ${labelled ? html`<span part="lane-label"><bdi>${l.label}</bdi></span>` : nothing}
        </div>`,
      )}
      ${f.eras.map((e) => renderEra(e, false, m))}
      ${f.ticks.map((t) => html`<span class="gridline" aria-hidden="true" style=${at(t.pos)}></span>`)}
      ${f.breaks.map(([a, b]) => html`<span class="break" aria-hidden="true" style=${at(a, b)}></span>`)}
      ${reference}
      <div class="marks">
        ${[...byLane].map(([lane, list]) => html`<div class="lane-marks" style=${styleMap({ '--_lane-color': lane.color })}>${keyed(list)}</div>`)}
      </div>
    </div>
    <div part="axis" aria-hidden="true">
      ${ticks}${f.breaks.map(([a, b]) => html`<span class="axis-break" style=${at(a, b)}></span>`)}
    </div>
  </div>`;
}
