/** The frame's types: what one render draws, and what it is computed from. */
import type { FormatOptions } from '../core/format.js';
import type { Tick } from '../core/ticks.js';
import type { NormalisedEvent } from '../core/validate.js';
import type { Lane } from '../data/lanes.js';
import type { Period } from './periods.js';
import type { NormalisedEra } from '../data/eras.js';

/**
 * An era as drawn. Horizontal: the band from `x` over `width` (px from the inline start), its label
 * at `labelX`, `y` px down the label strip. Vertical: a heading `y` px down the column.
 */
export interface PlacedEra {
  era: NormalisedEra;
  /** Its dates, as the data states them. */
  when: string;
  x: number;
  width: number;
  labelX: number;
  labelWidth: number;
  y: number;
}

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
  /** The label stands before the mark (left of it, left to right). */
  flipped?: boolean;
  /** The label stands inside its bar; otherwise it stands beside the mark. */
  inside?: boolean;
  openEnd: boolean;
  /** Vertical layout only: the span's track, length in px. */
  track?: { x: number; length: number };
}

export interface Frame {
  vertical: boolean;
  /** The eras in view: bands and their labels (horizontal), headings (vertical). */
  eras: PlacedEra[];
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
  /** Vertical layout, long columns: the period index (decades, years or months) and where each starts. */
  periods?: Period[];
  /** Horizontal layout: which lanes are binned into clusters (by lane number). */
  binned?: readonly boolean[];
  /**
   * Horizontal layout: per lane, how many of its events in view wait to be drawn as marks of their
   * own, because `hold` kept the lane binned (at least 1 for such a lane, 0 for the others).
   */
  waiting?: readonly number[];
  /** Horizontal layout: the focused event, drawn only because it has focus (the view left it). */
  extra?: string;
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
  /**
   * Horizontal: lanes that stay binned even when few of their events are in view. During a zoom or
   * pan gesture, the lanes binned in the frame before; after it, or after the data or filter
   * changed, those less the lanes released in this frame (see `releaseLanes`). So no frame turns
   * whole lanes into rows of labels (hundreds of new elements) at once. Null when nothing is held.
   */
  hold?: readonly boolean[] | null;
  /** Events drawn wherever they are: the focused one (both layouts), the selected one (vertical, many events). */
  focused: string | null;
  selected: string | null;
}
