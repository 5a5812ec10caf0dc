/**
 * The frame: everything one render draws, computed from its inputs as a value. The element asks
 * for a frame on every update; an update whose inputs are those of the last one (opening the help,
 * selecting, moving focus) gets the very same frame back, so nothing is laid out again.
 */
import { memoByOwner } from '../core/memo.js';
import { posIn, type Dataset } from '../data/dataset.js';
import { computeHorizontalFrame } from './horizontal.js';
import type { Frame, FrameInput, Mark } from './types.js';
import { computeVerticalFrame } from './vertical.js';

/** A frame that draws nothing. */
export function emptyFrame(vertical = false, width = 0): Frame {
  return { vertical, width, height: 0, eras: [], lanes: [], marks: [], ticks: [], breaks: [], keyOf: () => undefined, covered: null };
}

/** The frame for `data` and `input`; the same object as last time when nothing changed. */
export const computeFrame = memoByOwner((data: Dataset, input: FrameInput): Frame => {
  if (!data.extent || input.width <= 0) return emptyFrame(input.vertical, input.width);
  return input.vertical ? computeVerticalFrame(data, input) : computeHorizontalFrame(data, input);
});

/**
 * The lanes the frame after `previous` holds binned when no gesture is under way: those binned in
 * `previous`, less the lanes that waited there (see `Frame.waiting`), released in lane order while
 * their events in view stay within `budget` (always at least one lane). Null when none was binned.
 */
export function releaseLanes(previous: Frame, budget: number): boolean[] | null {
  if (!previous.binned) return null;
  let room = budget;
  let released = 0;
  return previous.binned.map((binned, i) => {
    const waiting = previous.waiting?.[i] ?? 0;
    if (!binned || !waiting || (released && waiting > room)) return binned;
    room -= waiting;
    released++;
    return false;
  });
}

/** The drawn mark with `key`. */
export function findMark(f: Frame, key: string): Mark | undefined {
  return f.marks.find((m) => m.key === key);
}

/** The first and last position in time order of the events that mark `key` shows (or of event `key`). */
export function rangeOf(f: Frame, data: Dataset, key: string): [number, number] | undefined {
  const m = findMark(f, key);
  if (!m?.members) {
    const item = m?.item ?? data.byId.get(key);
    const pos = item && posIn(data, item);
    return pos === undefined ? undefined : [pos, pos];
  }
  let [lo, hi] = [Infinity, -Infinity];
  for (const pos of m.members.positions()) [lo, hi] = [Math.min(lo, pos), Math.max(hi, pos)];
  return [lo, hi];
}

/** Whether event `id` is drawn in `f` as it would be anyway: not only because it had focus (`Frame.extra`). */
export function drawsOwn(f: Frame, id: string): boolean {
  const key = f.keyOf(id);
  return f.extra !== id && key !== undefined && f.marks.some((m) => m.key === key);
}

/** The key of the one mark in the Tab order: the focused event's, else the selected one's, else the first. */
export function tabKeyOf(f: Frame, focused: string | null, selected: string | null): string | null {
  const drawn = (id: string | null) => {
    const key = id ? f.keyOf(id) : undefined;
    return key && f.marks.some((m) => m.key === key) ? key : undefined;
  };
  return drawn(focused) ?? drawn(selected) ?? f.marks[0]?.key ?? null;
}
