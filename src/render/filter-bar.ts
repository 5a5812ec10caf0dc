/**
 * The filter bar (`part="filter-bar"`): a search box, toggles for lanes, tags (the most frequent
 * first, the rest behind a "more" button) and certainty, drawn with the marks' own looks so the
 * bar doubles as a legend, the count of matches and a Clear button.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import { styleMap } from 'lit/directives/style-map.js';
import type { TimelineFilter } from '../core/match.js';
import type { Texts } from '../core/texts.js';
import type { Lane } from '../data/lanes.js';
import type { Certainty } from '../types.js';
import { lookClasses } from './marks.js';

/** Tags shown before the "more" button. */
export const TAGS_SHOWN = 8;

export type FilterSet = 'groups' | 'tags' | 'certainty';

export interface FilterBarProps {
  /** The filter the bar shows (and edits). */
  filter: TimelineFilter;
  /** The text in the search box, as typed (it may be ahead of the filter). */
  typed: string;
  lanes: readonly Lane[];
  /** The data's tags, the most frequent first. */
  tags: readonly string[];
  /** The certainties the data uses. */
  certainties: readonly Certainty[];
  /** Whether every tag is shown. */
  allTags: boolean;
  shown: number;
  total: number;
  texts: Texts;
  onType: (text: string) => void;
  onToggle: (set: FilterSet, value: string) => void;
  onMoreTags: () => void;
  onClear: () => void;
}

export function renderFilterBar(p: FilterBarProps): TemplateResult {
  const m = p.texts.messages;
  const on = (set: FilterSet, value: string) => ((p.filter[set] as string[] | undefined) ?? []).includes(value);
  const toggle = (set: FilterSet, value: string, content: unknown, classes = '', style: Record<string, string> = {}) =>
    html`<button class="toggle ${classes}" style=${styleMap(style)} aria-pressed=${on(set, value) ? 'true' : 'false'} @click=${() => p.onToggle(set, value)}>
      ${content}
    </button>`;
  const group = (label: string, items: TemplateResult[], extra: TemplateResult | typeof nothing = nothing) =>
    items.length ? html`<div class="toggles" role="group" aria-label=${label}><span class="group-label" aria-hidden="true">${label}</span>${items}${extra}</div>` : nothing;
  const laneToggles = p.lanes.length > 1 ? p.lanes.map((l) => toggle('groups', l.key, html`<span class="dot" aria-hidden="true"></span><bdi>${l.label}</bdi>`, '', { '--_lane-color': l.color })) : [];
  const tags = p.allTags ? p.tags : p.tags.slice(0, TAGS_SHOWN);
  const hidden = p.tags.length - tags.length;
  const more = hidden > 0 ? html`<button class="more" @click=${p.onMoreTags}>${m.filter.more(p.texts.count(hidden))}</button>` : nothing;
  const sample = html`<span class="swatch" aria-hidden="true"><span class="mark"></span></span>`;
  return html`<div part="filter-bar" class="filter-bar" role="search" aria-label=${m.filter.label}>
    <input
      type="search"
      aria-label=${m.filter.search}
      placeholder=${m.filter.search}
      .value=${live(p.typed)}
      @input=${(e: Event) => p.onType((e.target as HTMLInputElement).value)}
    />
    ${group(m.filter.lanes, laneToggles)}
    ${group(
      m.filter.tags,
      tags.map((t) => toggle('tags', t, html`<bdi>${t}</bdi>`)),
      more,
    )}
    ${group(
      m.filter.certainty,
      p.certainties.length > 1 ? p.certainties.map((c) => toggle('certainty', c, html`${sample}${m.certainty[c]}`, lookClasses({ certainty: c }))) : [],
    )}
    <span class="count">${m.matches(p.texts.count(p.shown), p.texts.count(p.total))}</span>
    <button class="clear" @click=${p.onClear}>${m.filter.clear}</button>
  </div>`;
}
