/**
 * The vertical column, for narrow screens: every event in time order, top to bottom, pushed down
 * so entries never overlap and long quiet stretches compressed (`computeStack`), with spans drawn
 * as tracks in a gutter. Above `VERTICAL_WINDOW` events only the entries near the screen are drawn.
 */
import { memo, memoByOwner } from '../core/memo.js';
import { computeStack } from '../core/packing.js';
import { interpolate, scaleLinear, type TimeScale } from '../core/scale.js';
import type { FormatOptions } from '../core/format.js';
import { textsFor } from '../core/texts.js';
import type { NormalisedEvent } from '../core/validate.js';
import { columnTicks, type Tick } from '../core/ticks.js';
import { lowerBound } from '../core/time-index.js';
import { posIn, type Dataset } from '../data/dataset.js';
import type { Lane } from '../data/lanes.js';
import type { Frame, FrameInput, Mark, PlacedLane, TextMeasure } from './types.js';
import { laneNumbers } from './lane-columns.js';
import { computePeriods } from './periods.js';
import { ERA_ROW, MARK, ROW, VERTICAL_MAX_GAP, VERTICAL_WINDOW } from './metrics.js';

/** Characters that may be wider than 1.2em: any outside Latin to CJK and Hangul syllables. */
const UNCOMMON = /[^\u0020-\u2fff\u3000-\u9fff\uac00-\ud7af]/;
const GUTTER = 64;
const TRACK_GAP = 10;

/** Every event's place in the column. */
export interface Column {
  /** Each event's top, in time order; never decreasing. */
  tops: Float64Array;
  /** Each event's earliest time (ms; -Infinity for an open start). */
  mins: Float64Array;
  /** The positions of the events that have a track in the gutter (spans), and each one's track: its x and length. */
  spans: Int32Array;
  trackX: Float64Array;
  trackLength: Float64Array;
  scale: TimeScale;
  height: number;
  /** Where the entries start (after the tracks), and the width of their text. */
  left: number;
  textWidth: number;
  /** Each era's heading: px from the column's top (in the order of `data.eras`). */
  eraTops: number[];
}

/** Room an era's heading (its name, then its dates) takes before its first entry. */
const ERA_HEADING = 2 * ERA_ROW + 10;

/** What the column reads from the events, whatever its width: read once per data set. */
interface Entries {
  mins: Float64Array;
  /** The positions of the events given as ranges (their tracks go in the gutter). */
  spans: Int32Array;
  /** Each title's length, or -1 when it has characters outside the common scripts (it is measured). */
  chars: Int32Array;
  /** What each date line holds besides the date: the original phrase and its separator, in characters (twice for uncommon ones). */
  extra: Int32Array;
  /** Each entry's place at 80px per event before the stack pushes it down, and the column's length at that scale. */
  at: Float64Array;
  height: number;
  /** The column scale's times: the extent's ends around each entry's start (an open one at the first). */
  knots: Float64Array;
  /** Room for era headings before each position (and after the last), and each era's first entry. */
  before: Float64Array;
  firsts: number[];
}

const entries = new WeakMap<Dataset, Entries>();

/** The column's entries; with 100,000 events this runs once, before the engine has optimised it. */
const entriesOf = (data: Dataset): Entries =>
  memo(entries, data, () => {
    const { times, items } = data.spans;
    const n = items.length;
    const mins = new Float64Array(n);
    // Open starts are NaN in `times`.
    for (let i = 0; i < n; i++) mins[i] = times[2 * i] === times[2 * i] ? times[2 * i] : -Infinity;
    const height = Math.max(240, n * 80);
    const [first, last] = data.extent!;
    // An era's heading stands before the first entry that starts in or after it (or after the
    // last entry): the entry before it grows by the heading, so the stack makes room.
    const firsts = data.eras.map((era) => lowerBound(mins, era.min));
    const before = new Float64Array(n + 1);
    for (const i of firsts) before[i] += ERA_HEADING;
    // The first event starts near the top; the padding before it is not drawn.
    const perMs = height / (last - first || 1);
    const offset = (Number.isFinite(mins[0]) ? (mins[0] - first) * perMs : 0) - 24 - before[0];
    // Copied whole: a loop over 100,000 numbers costs more before the engine optimises it.
    const knots = new Float64Array(n + 2);
    knots.set(mins, 1);
    [knots[0], knots[n + 1]] = [first, last];
    for (let i = 1; knots[i] === -Infinity; i++) knots[i] = first;
    return { ...textsOf(data), mins, at: placeAt(mins, first, perMs, offset), height, knots, before, firsts };
  });

/** What the column reads from the events' texts, in time order (see `Entries`). */
type Texts = Pick<Entries, 'spans' | 'chars' | 'extra'>;

const texts = new WeakMap<Dataset, Texts>();

/**
 * The events' texts: read once per whole data set; a filtered data set picks its matches' from the
 * whole data's, so a change of the filter reads no event.
 */
function textsOf(data: Dataset): Texts {
  if (!data.whole) return memo(texts, data, () => readTexts(data));
  const { data: whole, indices, rank } = data.whole;
  const all = textsOf(whole);
  const [chars, extra] = [new Int32Array(indices.length), new Int32Array(indices.length)];
  for (let k = 0; k < indices.length; k++) {
    chars[k] = all.chars[indices[k]];
    extra[k] = all.extra[indices[k]];
  }
  const spans: number[] = [];
  // The whole data's ranges, in time order, at their places among the matches (-1: not a match).
  for (let j = 0; j < all.spans.length; j++) if (rank[all.spans[j]] >= 0) spans.push(rank[all.spans[j]]);
  return { spans: new Int32Array(spans), chars, extra };
}

/**
 * Reads each event's title and original phrase, and whether it is a range, in input order (see
 * `Dataset.inputOrder`).
 */
function readTexts(data: Dataset): Texts {
  const n = data.spans.items.length;
  const [chars, extra] = [new Int32Array(n), new Int32Array(n)];
  const spans: number[] = [];
  // Indexed, not `for…of`: before the engine optimises it, each step of an iterator allocates.
  for (let k = 0; k < data.inputOrder.length; k++) {
    const it = data.inputOrder[k];
    const i = it.pos;
    if (it.date.start !== it.date.end) spans.push(i);
    const title = it.event.title;
    const displayDate = it.event.displayDate;
    chars[i] = UNCOMMON.test(title) ? -1 : title.length;
    extra[i] = displayDate ? displayDate.length * (UNCOMMON.test(displayDate) ? 2 : 1) + 4 : 0;
  }
  return { spans: new Int32Array(spans).sort(), chars, extra };
}

/** Each time's place on the unpushed column (the top of an open start). */
function placeAt(mins: Float64Array, first: number, perMs: number, offset: number): Float64Array {
  const at = new Float64Array(mins.length);
  for (let i = 0; i < mins.length; i++) {
    const t = mins[i];
    at[i] = (t === -Infinity ? 0 : (t - first) * perMs) - offset;
  }
  return at;
}

/**
 * Each entry's height at `textWidth`: its title's lines (one when it would fit even if each of its
 * characters were 1.2em wide, else measured; measuring costs about 13 µs a title), its date's lines
 * (estimated: a date takes at most about 36 characters, a character about 0.6em at 0.85em) and
 * its lane's name, plus the era headings before the next entry.
 */
function entrySizes(e: Entries, items: readonly NormalisedEvent[], group: Int32Array, named: number[], textWidth: number, measure: TextMeasure): Float64Array {
  const { chars, extra, before } = e;
  const em = measure.em();
  const oneLine = Math.floor((textWidth - 4) / (1.2 * em));
  const sizes = new Float64Array(chars.length);
  for (let i = 0; i < chars.length; i++) {
    const c = chars[i];
    const lines = c >= 0 && c <= oneLine ? 1 : Math.ceil(measure.width(items[i].event.title) / textWidth);
    sizes[i] = (Math.ceil(((36 + extra[i]) * 0.6 * 0.85 * em) / textWidth) + named[group[i]]) * 16 + lines * 18 + 14;
  }
  // An entry's size includes the headings after it (not after the last: the column ends below them).
  for (let i = 1; i < chars.length; i++) sizes[i - 1] += before[i];
  return sizes;
}

/**
 * The column of `data` at `width`; rebuilt when the data, the width or the lanes' names change.
 * Only the entries' heights and what follows from them depend on the width.
 */
export const computeColumn = memoByOwner((data: Dataset, width: number, measure: TextMeasure, lanes: readonly Lane[]): Column => {
  const e = entriesOf(data);
  const { mins, before, firsts } = e;
  const n = mins.length;
  const trackCount = Math.min(3, e.spans.length);
  const left = GUTTER + trackCount * TRACK_GAP + 8;
  const textWidth = Math.max(80, width - left - MARK - 8);
  const named = laneNumbers(data, lanes).map((l) => (lanes[l]?.key ? 1 : 0));
  const sizes = entrySizes(e, data.spans.items, data.spans.group, named, textWidth, measure);
  // The pushed-down positions define a piecewise scale, so ticks and span ends stay consistent:
  // its pixels are 0, the tops, and the column's height.
  const ys = new Float64Array(n + 2);
  const tops = computeStack(e.at, sizes, VERTICAL_MAX_GAP, ys.subarray(1, n + 1));
  const end = tops[n - 1] + sizes[n - 1];
  // Headings that share an entry stack in time order above it (the eras are in time order).
  const eraTops = firsts.map((i, k) => (i < n ? tops[i] - before[i] : end) + ERA_HEADING * (k - firsts.indexOf(i)));
  const height = Math.max(end + before[n], e.height);
  ys[n + 1] = height;
  const scale = scaleLinear(e.knots, ys).clamp(true);
  const spans = trackCount ? e.spans : e.spans.subarray(0, 0);
  const [trackX, trackLength] = placeTracks(spans, tops, data.spans.times, e.knots, ys, trackCount);
  return { tops, mins, spans, trackX, trackLength, scale, height, left, textWidth, eraTops };
});

/**
 * Each span's track in the gutter: the first free where it starts, else the tracks in turn. Its
 * end is placed on the column's scale, given as its knots (the extent holds every finite end).
 */
function placeTracks(spans: Int32Array, tops: Float64Array, times: Float64Array, knots: Float64Array, ys: Float64Array, count: number): [Float64Array, Float64Array] {
  const last = knots[knots.length - 1];
  const trackX = new Float64Array(spans.length);
  const trackLength = new Float64Array(spans.length);
  const ends: number[] = [];
  for (let k = 0, turn = 0; k < spans.length; k++) {
    const i = spans[k];
    const y0 = tops[i];
    // An open end is NaN in `times`.
    const max = times[2 * i + 1];
    const y1 = Math.max(y0 + MARK, interpolate(knots, ys, max === max ? max : last));
    let t = 0;
    while (t < ends.length && ends[t] > y0) t++;
    if (t === ends.length && t === count) t = turn++ % count;
    ends[t] = y1;
    trackX[k] = GUTTER + t * TRACK_GAP;
    trackLength[k] = y1 - y0;
  }
  return [trackX, trackLength];
}

/**
 * A column's ticks over its pixels [from, to). A tick at the very time of some entries stands at
 * the first of them, just above it (the scale would put it at the last).
 */
function axisOf(column: Column, from: number, to: number, format: FormatOptions): Tick[] {
  const { mins, tops, scale } = column;
  return columnTicks(scale, from, to, format, (t) => {
    const i = lowerBound(mins, t);
    return mins[i] === t ? tops[i] : scale(t);
  });
}

/** The axis of a whole column (one short enough to draw whole), made once per column and format. */
const ticksOf = memoByOwner((column: Column, format: FormatOptions): Tick[] => axisOf(column, 0, column.height, format));

/** The period index of a column, made once per column and format. */
const periodsOf = memoByOwner((column: Column, items: readonly NormalisedEvent[], format: FormatOptions) => computePeriods(items, column.tops, format, column.mins));

export function computeVerticalFrame(data: Dataset, input: FrameInput): Frame {
  const { width, format } = input;
  const column = computeColumn(data, width, input.measure, input.lanes);
  const lanes = input.lanes.map((l): PlacedLane => ({ ...l, top: 0, height: 0 }));
  const [marks, covered] = columnMarks(data, column, lanes, input);
  const texts = textsFor(format);
  const eras = data.eras.map((era, i) => ({ era, when: texts.period(era.date), x: 0, width, labelX: 0, labelWidth: width, y: column.eraTops[i] }));
  return {
    vertical: true,
    eras: covered ? eras.filter((e) => e.y >= covered[0] - ROW && e.y < covered[1]) : eras,
    keyOf: (id) => (data.byId.has(id) ? id : undefined),
    width,
    height: column.height,
    lanes,
    marks,
    ticks: covered ? axisOf(column, covered[0] - ROW, covered[1], format) : ticksOf(column, format),
    breaks: [],
    reference: input.reference && { pos: column.scale(input.reference.value), label: input.reference.label },
    covered,
    periods: periodsOf(column, data.spans.items, format),
  };
}

/**
 * The column's marks: all of them, or above `VERTICAL_WINDOW` events those in the band `near`
 * (with the spans whose tracks reach it, and the focused and selected events, so keys can go
 * there); and the band drawn, or null for all.
 */
function columnMarks(data: Dataset, column: Column, lanes: PlacedLane[], input: FrameInput): [Mark[], [number, number] | null] {
  const { tops, spans } = column;
  const items = data.spans.items;
  const texts = textsFor(input.format);
  const laneOfGroup = laneNumbers(data, lanes);
  const near = items.length > VERTICAL_WINDOW ? input.near : null;
  let indices = near ? [] : items.map((_, i) => i);
  if (near) {
    const [a, b] = near;
    const drawn = new Set<number>();
    for (let i = lowerBound(tops, a - ROW); i < tops.length && tops[i] < b; i++) drawn.add(i);
    spans.forEach((i, k) => tops[i] < a && tops[i] + column.trackLength[k] > a && drawn.add(i));
    for (const id of [input.focused, input.selected]) {
      const item = id ? data.byId.get(id) : undefined;
      if (item) drawn.add(posIn(data, item));
    }
    indices = [...drawn].sort((x, y) => x - y);
  }
  const track = (i: number): Mark['track'] => {
    const k = lowerBound(spans, i);
    return spans[k] === i ? { x: column.trackX[k], length: column.trackLength[k] } : undefined;
  };
  const marks = indices.map((i): Mark => {
    const item = items[i];
    return {
      key: item.id,
      item,
      x: column.left,
      y: tops[i],
      width: input.width - column.left,
      markWidth: MARK,
      labelWidth: column.textWidth,
      when: texts.when(item),
      lane: lanes[laneOfGroup[data.spans.group[i]]],
      span: false,
      extent: false,
      openEnd: !Number.isFinite(item.max),
      track: track(i),
    };
  });
  return [marks, near];
}
