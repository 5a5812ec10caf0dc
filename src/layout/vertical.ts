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
import { computeTicks } from '../core/ticks.js';
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
  tops: number[];
  tracks: Mark['track'][];
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

/** The column of `data` at `width`; rebuilt when the data, the width or the lanes' names change. */
export const computeColumn = memoByOwner((data: Dataset, width: number, measure: TextMeasure, lanes: readonly Lane[]): Column => {
  const items = data.spans.items;
  const spans = items.filter((it) => it.date.start !== it.date.end);
  const trackCount = Math.min(3, spans.length);
  const left = GUTTER + trackCount * TRACK_GAP + 8;
  const textWidth = Math.max(80, width - left - MARK - 8);
  const height = Math.max(240, items.length * 80);
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
  const names = laneNumbers(data, lanes).map((l) => (lanes[l]?.key ? lanes[l].label : ''));
  const chars = (text: string) => text.length + (UNCOMMON.test(text) ? text.length : 0);
  const sizes = items.map((it, i) => {
    const title = it.event.title;
    const lines = title.length <= oneLine && !UNCOMMON.test(title) ? 1 : Math.ceil(measure.width(title) / textWidth);
    const phrase = it.event.displayDate ?? '';
    const dateLines = Math.ceil(((36 + (phrase ? chars(phrase) + 4 : 0)) * 0.6 * 0.85 * em) / textWidth);
    const nameLines = names[data.spans.group[i]] ? 1 : 0;
    return (dateLines + nameLines) * 16 + lines * 18 + 14;
  });
  // An era's heading stands before the first entry that starts in or after it (or after the
  // last entry): the entry before it grows by the heading, so the stack makes room.
  const starts = items.map((it) => it.min);
  const firsts = data.eras.map((era) => lowerBound(starts, era.min));
  const before = new Array<number>(items.length + 1).fill(0);
  for (const i of firsts) before[i] += ERA_HEADING;
  for (let i = 1; i < items.length; i++) sizes[i - 1] += before[i];
  // The first event starts near the top; the padding before it is not drawn.
  const offset = pos(items[0].min) - 24 - before[0];
  const tops = computeStack(
    items.map((it) => pos(it.min) - offset),
    sizes,
    VERTICAL_MAX_GAP,
  );
  const end = tops[tops.length - 1] + sizes[sizes.length - 1];
  // Headings that share an entry stack in time order above it.
  const stacked = new Array<number>(items.length + 1).fill(0);
  const eraTops = firsts.map((i) => (i < items.length ? tops[i] - before[i] : end) + ERA_HEADING * stacked[i]++);
  // The pushed-down positions define a piecewise scale, so ticks and span ends stay consistent.
  const knots = [first, ...items.map((it) => (Number.isFinite(it.min) ? it.min : first)), last];
  const ys = [0, ...tops, Math.max(end + before[items.length], height)];
  const scale = scaleLinear(knots, ys).clamp(true);
  let spanIndex = 0;
  const trackEnds: number[] = [];
  const tracks = items.map((item, i): Mark['track'] => {
    if (item.date.start === item.date.end || !trackCount) return undefined;
    const y0 = tops[i];
    const y1 = Math.max(y0 + MARK, scale(Number.isFinite(item.max) ? item.max : last));
    let t = trackEnds.findIndex((e) => e <= y0);
    if (t < 0) t = trackEnds.length < trackCount ? trackEnds.length : spanIndex++ % trackCount;
    trackEnds[t] = y1;
    return { x: GUTTER + t * TRACK_GAP, length: y1 - y0 };
  });
  return { tops, tracks, scale, height: ys[ys.length - 1], left, textWidth, eraTops };
});

/** The period index of a column, made once per column and format. */
const periodsOf = memoByOwner((column: Column, items: readonly NormalisedEvent[], format: FormatOptions) => computePeriods(items, column.tops, format));

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
    ticks: computeTicks(column.scale, format, 80).filter((t, i, all) => i === 0 || t.pos - all[i - 1].pos > 22),
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
  const { tops, tracks } = column;
  const items = data.spans.items;
  const texts = textsFor(input.format);
  const laneOfGroup = laneNumbers(data, lanes);
  let indices = items.map((_, i) => i);
  const near = items.length > VERTICAL_WINDOW ? input.near : null;
  if (near) {
    const [a, b] = near;
    const drawn = new Set<number>();
    for (let i = lowerBound(tops, a - ROW); i < tops.length && tops[i] < b; i++) drawn.add(i);
    tracks.forEach((t, i) => t && tops[i] < a && tops[i] + t.length > a && drawn.add(i));
    for (const id of [input.focused, input.selected]) {
      const item = id ? data.byId.get(id) : undefined;
      if (item) drawn.add(posIn(data, item));
    }
    indices = [...drawn].sort((x, y) => x - y);
  }
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
      track: tracks[i],
    };
  });
  return [marks, near];
}
