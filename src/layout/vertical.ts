/**
 * The vertical column, for narrow screens: every event in time order, top to bottom, pushed down
 * so entries never overlap and long quiet stretches compressed (`computeStack`), with spans drawn
 * as tracks in a gutter. Above `VERTICAL_WINDOW` events only the entries near the screen are drawn.
 */
import { memoByOwner } from '../core/memo.js';
import { computeStack } from '../core/packing.js';
import { scaleLinear, type TimeScale } from '../core/scale.js';
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

/**
 * The column of `data` at `width`; rebuilt when the data, the width or the lanes' names change.
 * It reads each event once, into typed columns: at 100,000 events every pass over the event
 * objects costs milliseconds.
 */
export const computeColumn = memoByOwner((data: Dataset, width: number, measure: TextMeasure, lanes: readonly Lane[]): Column => {
  const { items, group, times } = data.spans;
  const n = items.length;
  // Open starts and ends are NaN in `times`.
  const mins = new Float64Array(n);
  const maxes = new Float64Array(n);
  const spanList: number[] = [];
  const titles = new Array<string>(n);
  const phrases = new Array<string | undefined>(n);
  // Plain loops without destructuring: this runs once, before the engine optimises it.
  for (let i = 0; i < n; i++) {
    const a = times[2 * i];
    const b = times[2 * i + 1];
    mins[i] = a === a ? a : -Infinity;
    maxes[i] = b === b ? b : Infinity;
    const it = items[i];
    if (it.date.start !== it.date.end) spanList.push(i);
    titles[i] = it.event.title;
    phrases[i] = it.event.displayDate;
  }
  let spans = Int32Array.from(spanList);
  const trackCount = Math.min(3, spans.length);
  const left = GUTTER + trackCount * TRACK_GAP + 8;
  const textWidth = Math.max(80, width - left - MARK - 8);
  const height = Math.max(240, n * 80);
  const [first, last] = data.extent!;
  const base = scaleLinear([first, last], [0, height]);
  const pos = (ms: number) => base(Number.isFinite(ms) ? ms : ms < 0 ? first : last);
  // Measuring a title costs about 13 µs (over a second for 100,000). One that would fit on a
  // line even if each of its characters were 1.2em wide needs none; characters outside the
  // common scripts (emoji, presentation forms, fullwidth forms) may be wider, so titles with
  // them are always measured.
  const em = measure.em();
  const oneLine = Math.floor((textWidth - 4) / (1.2 * em));
  // The date line (at 0.85em) holds the date and the original phrase; the lane's name has a line
  // of its own below. It is estimated, not measured: a date takes at most about 36 characters, a
  // character about 0.6em, twice that outside the common scripts.
  const named = laneNumbers(data, lanes).map((l) => (lanes[l]?.key ? 1 : 0));
  const dateLines = (phrase: string) => Math.ceil(((36 + (phrase ? phrase.length * (UNCOMMON.test(phrase) ? 2 : 1) + 4 : 0)) * 0.6 * 0.85 * em) / textWidth);
  const plain = dateLines('');
  const sizes = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const title = titles[i];
    const displayDate = phrases[i];
    const lines = title.length <= oneLine && !UNCOMMON.test(title) ? 1 : Math.ceil(measure.width(title) / textWidth);
    sizes[i] = ((displayDate ? dateLines(displayDate) : plain) + named[group[i]]) * 16 + lines * 18 + 14;
  }
  // An era's heading stands before the first entry that starts in or after it (or after the
  // last entry): the entry before it grows by the heading, so the stack makes room.
  const firsts = data.eras.map((era) => lowerBound(mins, era.min));
  const before = new Float64Array(n + 1);
  for (const i of firsts) before[i] += ERA_HEADING;
  for (let i = 1; i < n; i++) sizes[i - 1] += before[i];
  // The first event starts near the top; the padding before it is not drawn.
  const offset = pos(mins[0]) - 24 - before[0];
  // `pos` without its closures, for every event.
  const [perMs, at] = [height / (last - first || 1), new Float64Array(n)];
  for (let i = 0; i < n; i++) at[i] = (Number.isFinite(mins[i]) ? (mins[i] - first) * perMs : 0) - offset;
  const tops = computeStack(at, sizes, VERTICAL_MAX_GAP);
  const end = tops[n - 1] + sizes[n - 1];
  // Headings that share an entry stack in time order above it.
  const stacked = new Array<number>(n + 1).fill(0);
  const eraTops = firsts.map((i) => (i < n ? tops[i] - before[i] : end) + ERA_HEADING * stacked[i]++);
  // The pushed-down positions define a piecewise scale, so ticks and span ends stay consistent.
  const knots = new Array<number>(n + 2);
  const ys = new Array<number>(n + 2);
  for (let i = 0; i < n; i++) {
    knots[i + 1] = Number.isFinite(mins[i]) ? mins[i] : first;
    ys[i + 1] = tops[i];
  }
  [knots[0], knots[n + 1], ys[0], ys[n + 1]] = [first, last, 0, Math.max(end + before[n], height)];
  const scale = scaleLinear(knots, ys).clamp(true);
  if (!trackCount) spans = spans.subarray(0, 0);
  const [trackX, trackLength] = [new Float64Array(spans.length), new Float64Array(spans.length)];
  // Each span takes the first track free where it starts, else the tracks in turn.
  const trackEnds: number[] = [];
  for (let k = 0, turn = 0; k < spans.length; k++) {
    const i = spans[k];
    const y0 = tops[i];
    const y1 = Math.max(y0 + MARK, scale(Number.isFinite(maxes[i]) ? maxes[i] : last));
    let t = 0;
    while (t < trackEnds.length && trackEnds[t] > y0) t++;
    if (t === trackEnds.length && t === trackCount) t = turn++ % trackCount;
    trackEnds[t] = y1;
    [trackX[k], trackLength[k]] = [GUTTER + t * TRACK_GAP, y1 - y0];
  }
  return { tops, mins, spans, trackX, trackLength, scale, height: ys[ys.length - 1], left, textWidth, eraTops };
});

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
