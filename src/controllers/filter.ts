/**
 * The filter a person edits in the bar: typing (applied a moment after the last key, never
 * dropping one), toggles and Clear, each reported by `dateline-filter-change`; the count of
 * matches said after every change; and focus and selection moved off events a filter hides.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { foldedTexts, isActive, type FilterValue, type TimelineFilter } from '../core/match.js';
import { memoByOwner } from '../core/memo.js';
import type { Texts } from '../core/texts.js';
import { lowerBound } from '../core/time-index.js';
import { readAnew, type Dataset } from '../data/dataset.js';
import { createDatelineEvent } from '../events.js';
import type { Lane } from '../data/lanes.js';
import type { FilterBarProps, FilterSet } from '../render/filter-bar.js';
import { CERTAINTIES, type Certainty } from '../types.js';

export interface FilterHost extends ReactiveControllerHost, HTMLElement {
  filter: FilterValue;
  filterBar: boolean;
}

/** Typing waits this long (ms) after the last key before the filter changes: keys typed in a burst filter once. */
export const TYPING_DELAY = 60;

/** The data's tags, the most frequent first (then alphabetically), and the certainties it uses. */
export const filterChoices = memoByOwner((data: Dataset): { tags: string[]; certainties: Certainty[] } => {
  const { counts, used } = usedBy(data);
  const tags = [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).map(([t]) => t);
  return { tags, certainties: CERTAINTIES.filter((c) => used.has(c)) };
});

/** How many events have each tag, and the certainties used (from those of the data set `data` grew from and its new events, when it did). */
const usedBy = memoByOwner((data: Dataset): { counts: Map<string, number>; used: Set<Certainty> } => {
  const earlier = data.grown && usedBy(data.grown.from);
  const counts = new Map(earlier?.counts);
  const used = new Set(earlier?.used);
  const read = readAnew(data);
  // Indexed, as in the legend's `usedBy` (layout/legend.ts).
  for (let i = 0; i < read.length; i++) {
    const it = read[i];
    used.add(it.certainty);
    const tags = it.event.tags;
    if (Array.isArray(tags)) for (const t of tags) if (typeof t === 'string' && t) counts.set(t, (counts.get(t) ?? 0) + 1);
  }
  return { counts, used };
});

/** The event of `shown` nearest in time to event `id` of `whole` (null when none is shown). */
export function nearestShown(shown: Dataset, whole: Dataset, id: string): string | null {
  const items = shown.spans.items;
  const item = whole.byId.get(id);
  if (!item || !items.length) return null;
  const t = whole.spans.starts[item.pos];
  const i = Math.min(items.length - 1, lowerBound(shown.spans.starts, t));
  const j = Math.max(0, i - 1);
  return Math.abs(shown.spans.starts[j] - t) <= Math.abs(shown.spans.starts[i] - t) ? items[j].id : items[i].id;
}

export class FilterController implements ReactiveController {
  /** The search box's text as typed (ahead of the filter while typing). */
  typed = '';
  /** Whether the bar shows every tag. */
  allTags = false;
  private _timer?: ReturnType<typeof setTimeout>;
  /** A person changed the filter: say so once the matches are counted. */
  private _changed = false;
  private _said?: string;
  private _counted?: [Dataset, Texts, boolean];
  /** The events whose text is being folded ahead of typing. */
  private _folding?: readonly unknown[];

  constructor(
    private readonly host: FilterHost,
    private readonly announce: (text: string) => void,
  ) {
    host.addController(this);
  }

  hostConnected(): void {}

  hostDisconnected(): void {
    clearTimeout(this._timer);
    this._timer = undefined;
  }

  /** The filter the bar edits: the host's, when it is an object. */
  get edited(): TimelineFilter {
    const f = this.host.filter;
    return f && typeof f === 'object' ? f : {};
  }

  type = (text: string): void => {
    this.typed = text;
    clearTimeout(this._timer);
    this._timer = setTimeout(() => {
      this._timer = undefined;
      this._change({ ...this.edited, text: this.typed });
    }, TYPING_DELAY);
  };

  toggle = (set: FilterSet, value: string): void => {
    const list = ((this.edited[set] as string[] | undefined) ?? []).filter((v) => v !== value);
    if (list.length === ((this.edited[set] as string[] | undefined)?.length ?? 0)) list.push(value);
    this._change({ ...this.edited, text: this.typed, [set]: list });
  };

  clear = (): void => {
    clearTimeout(this._timer);
    this._timer = undefined;
    this.typed = '';
    this._change({});
  };

  showAllTags = (): void => {
    this.allTags = true;
    this.host.requestUpdate();
  };

  /** What the bar shows: the filter, the choices the whole data offers and the count of matches. */
  bar(whole: Dataset, shown: Dataset, lanes: readonly Lane[]): Omit<FilterBarProps, 'texts'> {
    const { tags, certainties } = filterChoices(whole);
    const [total, matched] = [whole.spans.items.length, shown.spans.items.length];
    return { filter: this.edited, typed: this.typed, lanes, tags, certainties, allTags: this.allTags, shown: matched, total, onType: this.type, onToggle: this.toggle, onMoreTags: this.showAllTags, onClear: this.clear };
  }

  private _change(next: TimelineFilter): void {
    this._changed = true;
    this.host.filter = next;
  }

  /**
   * After each derivation of what is shown: the search box follows a filter set from code, a new
   * count of matches is said (not on the first one), and a person's change is reported.
   */
  shown(shown: Dataset, whole: Dataset, texts: Texts): void {
    if (!this._timer) this.typed = this.edited.text ?? '';
    // With the bar shown, the events' text is folded while the page is idle, before the first key.
    const [items, locale] = [whole.spans.items, texts.format.locale];
    if (this.host.filterBar && items.length && this._folding !== items) {
      this._folding = items;
      const fold = () => foldedTexts(items, locale);
      if ('requestIdleCallback' in globalThis) requestIdleCallback(fold, { timeout: 2000 });
      else setTimeout(fold, 200);
    }
    const [n, total] = [shown.spans.items.length, whole.spans.items.length];
    // Counted when what is shown, its language or whether a filter is set changes, not at every zoom frame.
    const active = isActive(this.host.filter);
    if (shown !== this._counted?.[0] || texts !== this._counted[1] || active !== this._counted[2]) {
      this._counted = [shown, texts, active];
      const said = active ? texts.messages.matches(texts.count(n), texts.count(total)) : '';
      if (said !== this._said) {
        if (this._said !== undefined) this.announce(said || texts.messages.matches(texts.count(total), texts.count(total)));
        this._said = said;
      }
    }
    if (this._changed) {
      this._changed = false;
      this.host.dispatchEvent(createDatelineEvent('dateline-filter-change', { filter: this.edited, matches: n }));
    }
  }
}
