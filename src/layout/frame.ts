/**
 * The frame: everything one render draws, computed from its inputs as a value. The element asks
 * for a frame on every update; an update whose inputs are those of the last one (opening the help,
 * selecting, moving focus) gets the very same frame back, so nothing is laid out again.
 */
import { memoByOwner } from '../core/memo.js';
import type { FormatOptions } from '../core/format.js';
import type { NormalisedEvent } from '../core/validate.js';
import type { Tick } from '../core/ticks.js';
import type { Dataset } from '../data/dataset.js';
import type { Lane } from '../data/lanes.js';
import { computeHorizontalFrame } from './horizontal.js';
import { computeVerticalFrame } from './vertical.js';

/** A lane as drawn: its place in the plot. */
export interface PlacedLane extends Lane {
  top: number;
  height: number;
}

/** One drawn mark: an event, or a cluster of events. */
export interface Mark {
  /** `data-key`: the event id, or `cluster:` and the first member's id. */
  key: string;
  /** The event (a cluster's first member). */
  item: NormalisedEvent;
  /**
   * A cluster: how many events it holds, their positions in time order (listed only when asked
   * for), and whether it is a bin (a pill sized by its count, which a zoom step only moves) or a
   * cluster of a packed row (as wide as its events' extent).
   */
  members?: { count: number; positions: () => Iterable<number>; bin: boolean };
  x: number;
  y: number;
  width: number;
  /** Width of the mark itself: a dot, or a bar across the span or the date's extent. */
  markWidth: number;
  labelWidth: number;
  /** The date as the data states it (a cluster's: its range). */
  when: string;
  lane: PlacedLane;
  span: boolean;
  extent: boolean;
  /** The label stands left of the mark. */
  flipped?: boolean;
  openEnd: boolean;
  /** Vertical layout only: the span's track, length in px. */
  track?: { x: number; length: number };
}

export interface Frame {
  vertical: boolean;
  width: number;
  height: number;
  lanes: PlacedLane[];
  marks: Mark[];
  ticks: Tick[];
  reference?: { pos: number; label: string };
  /** Compressed gaps in view, as [from, to] px. */
  breaks: [number, number][];
  /** The `data-key` of the mark that shows an event (itself or its cluster), if it was laid out. */
  keyOf: (id: string) => string | undefined;
  /** Vertical layout: the band of the column (px from its top) whose entries were drawn; null for all. */
  covered: [number, number] | null;
}

/** Text sizes in the element's font: the one thing layout asks of the DOM. */
export interface TextMeasure {
  /** The px width a label needs for `text`. */
  width(text: string): number;
  /** The font size in px. */
  em(): number;
}

/** What a frame is computed from, besides the data set. */
export interface FrameInput {
  width: number;
  vertical: boolean;
  lanes: readonly Lane[];
  format: FormatOptions;
  /** The visible window (horizontal); the whole data when null. */
  view: readonly [number, number] | null;
  rtl: boolean;
  gaps: 'auto' | 'off';
  reference?: { value: number; label: string };
  /** Text sizes in the element's font. */
  measure: TextMeasure;
  /** Vertical, many events: the band (px from the column's top) near the screen. */
  near: [number, number] | null;
  /** Vertical, many events: events drawn wherever they are (the focused and the selected one). */
  focused: string | null;
  selected: string | null;
}

/** A frame that draws nothing. */
export function emptyFrame(vertical = false, width = 0): Frame {
  return { vertical, width, height: 0, lanes: [], marks: [], ticks: [], breaks: [], keyOf: () => undefined, covered: null };
}

/** The frame for `data` and `input`; the same object as last time when nothing changed. */
export const computeFrame = memoByOwner((data: Dataset, input: FrameInput): Frame => {
  if (!data.extent || input.width <= 0) return emptyFrame(input.vertical, input.width);
  return input.vertical ? computeVerticalFrame(data, input) : computeHorizontalFrame(data, input);
});

/** The drawn mark with `key`. */
export function findMark(f: Frame, key: string): Mark | undefined {
  return f.marks.find((m) => m.key === key);
}

/** The first and last position in time order of the events that mark `key` shows (or of event `key`). */
export function rangeOf(f: Frame, data: Dataset, key: string): [number, number] | undefined {
  const m = findMark(f, key);
  if (!m?.members) {
    const pos = (m?.item ?? data.byId.get(key))?.pos;
    return pos === undefined ? undefined : [pos, pos];
  }
  let [lo, hi] = [Infinity, -Infinity];
  for (const pos of m.members.positions()) [lo, hi] = [Math.min(lo, pos), Math.max(hi, pos)];
  return [lo, hi];
}

/** The key of the one mark in the Tab order: the focused event's, else the selected one's, else the first. */
export function tabKeyOf(f: Frame, focused: string | null, selected: string | null): string | null {
  const drawn = (id: string | null) => {
    const key = id ? f.keyOf(id) : undefined;
    return key && f.marks.some((m) => m.key === key) ? key : undefined;
  };
  return drawn(focused) ?? drawn(selected) ?? f.marks[0]?.key ?? null;
}
