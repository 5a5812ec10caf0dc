/**
 * An event's mark and a cluster's pill, as templates. Marks are `role="button"` elements rather
 * than native buttons: a zoom frame restyles every mark it moves, and a native button costs about
 * three times as much to restyle.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { styleMap } from 'lit/directives/style-map.js';
import { clip } from '../core/texts.js';
import type { Mark } from '../layout/types.js';
import { MARK } from '../layout/metrics.js';

export interface MarkProps {
  /** The key of the one mark in the Tab order. */
  tabKey: string | null;
  vertical: boolean;
  rtl: boolean;
  /** The id of the selected event. */
  selected: string | null;
  /** A mark's accessible name. */
  name: (m: Mark) => string;
  /** A cluster's accessible name: its count and date range. */
  clusterName: (m: Mark) => string;
  onSelect: (id: string) => void;
  onOpenCluster: (m: Mark) => void;
}

/** A date as the data states it, then the original phrase in its own direction: `3 October 2024 (“on Thursday”)`. */
export const renderWhen = (when: string, phrase?: string) => html`${when}${phrase ? html` (“<bdi>${phrase}</bdi>”)` : ''}`;

/** A mark's position as a transform from the inline-start edge (mirrored right to left). */
const at = (m: Mark, rtl: boolean) => `translate(${rtl ? -m.x : m.x}px, ${m.y}px)`;

/** How a mark is drawn: its shape, how its end shows, its certainty and qualifiers. */
export interface MarkLook {
  span?: boolean;
  extent?: boolean;
  openEnd?: boolean;
  unknownEnd?: boolean;
  flipped?: boolean;
  certainty: string;
  approximate?: boolean;
  uncertain?: boolean;
}

/** The classes that draw a look (the style sheets key every encoding on them; the legend uses them too). */
export function lookClasses(l: MarkLook): string {
  const names = [l.span && 'span', l.extent && 'extent', l.openEnd && 'open-end', l.unknownEnd && 'unknown-end', l.flipped && 'flipped', l.certainty];
  return [...names, l.approximate && 'approximate', l.uncertain && 'uncertain'].filter(Boolean).join(' ');
}

/** The classes that draw a mark: its shape, certainty and qualifiers. */
export function markClasses(m: Mark): string {
  const { start, end, openEnd } = m.item.date;
  return lookClasses({
    span: m.span,
    extent: m.extent,
    // In the vertical layout the span's track shows how it ends; the dot stays whole.
    openEnd: m.openEnd && !m.track,
    unknownEnd: openEnd === 'unknown' && !m.track,
    flipped: m.flipped,
    certainty: m.item.certainty,
    approximate: start?.approximate || end?.approximate,
    uncertain: start?.uncertain || end?.uncertain,
  });
}

/** A mark: an event, or a cluster when `m.members` is set. */
export function renderMark(m: Mark, p: MarkProps): TemplateResult {
  return m.members ? renderCluster(m, p) : renderEvent(m, p);
}

function renderCluster(m: Mark, p: MarkProps): TemplateResult {
  const name = p.clusterName(m);
  return html`<div
    role="button"
    part="cluster"
    class="cluster"
    data-key=${m.key}
    style=${styleMap({ transform: at(m, p.rtl), width: m.members!.bin ? null : `${m.markWidth}px` })}
    tabindex=${m.key === p.tabKey ? 0 : -1}
    aria-label=${name}
    title=${name}
    @click=${() => p.onOpenCluster(m)}
  >
    ${m.members!.count}
  </div>`;
}

/**
 * A horizontal label: inside its bar (6px in), or beside the mark, after it (4px past its end) or
 * before it when flipped. `labelWidth` is the text's own width; the padding is added.
 */
function renderLabel(m: Mark, title: string, rtl: boolean): TemplateResult {
  const pad = m.inside ? 6 : m.markWidth + 4;
  // Flipped, the style sheet pads the label's end past the mark. The padding is physical (see marks.ts's styles).
  const style = m.flipped ? { maxWidth: `${m.labelWidth + (m.span || m.extent ? 6 : 18)}px` } : { [rtl ? 'paddingRight' : 'paddingLeft']: `${pad}px`, maxWidth: `${m.labelWidth + pad}px` };
  return html`<span part="event-label" dir="auto" style=${styleMap(style)}>${title}</span>`;
}

function renderEvent(m: Mark, p: MarkProps): TemplateResult {
  const { item } = m;
  const e = item.event;
  const label = p.vertical
    ? html`<span part="event-label" style=${styleMap({ paddingInlineStart: `${MARK + 8}px` })}
        ><bdi>${e.title}</bdi> <span class="when">${renderWhen(m.when, e.displayDate)}</span> ${m.lane.key
          ? html`<span class="lane-name" data-lane=${m.lane.label}></span>`
          : nothing}</span
      >`
    : m.labelWidth > 0
      ? renderLabel(m, e.title, p.rtl)
      : nothing;
  const track = m.track
    ? html`<span class="track" style=${styleMap({ insetInlineStart: `${m.track.x}px`, top: `${m.y + 6}px`, height: `${m.track.length}px`, '--_lane-color': m.lane.color })}></span>`
    : nothing;
  return html`${track}<div
      role="button"
      part="event"
      class=${markClasses(m)}
      data-id=${item.id}
      data-key=${m.key}
      style=${styleMap({ transform: at(m, p.rtl), width: `${m.width}px`, '--_lane-color': p.vertical ? m.lane.color : null })}
      tabindex=${m.key === p.tabKey ? 0 : -1}
      aria-pressed=${p.selected === item.id ? 'true' : 'false'}
      aria-label=${p.name(m)}
      title=${ifDefined(p.vertical ? undefined : `${clip(e.title)} — ${m.when}`)}
      @click=${() => p.onSelect(item.id)}
    >
      <span class="mark" style=${styleMap({ width: `${m.markWidth}px` })}></span>
      ${label}
    </div>`;
}
