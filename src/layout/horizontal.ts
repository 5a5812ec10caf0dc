/**
 * The horizontal frame: lanes stacked top to bottom, time along the inline axis, zoomed to the
 * view. A lane with few events in view is packed into rows of labelled marks (`computePacking`);
 * a dense one is binned into one row of clusters on a grid fixed in time (`binLane`).
 */
import { memoByOwner } from '../core/memo.js';
import { binLane, computePacking, type LaneBin, type PackItem, type Placement } from '../core/packing.js';
import { createViewScale } from '../core/scale.js';
import { textsFor, type Texts } from '../core/texts.js';
import { createTimeIndex, lowerBound } from '../core/time-index.js';
import type { NormalisedEvent } from '../core/validate.js';
import { posIn, type Dataset } from '../data/dataset.js';
import { computeBase } from './base.js';
import { computeSegmentTicks } from './axis.js';
import type { Frame, FrameInput, Mark, PlacedLane } from './types.js';
import { computeLaneColumns } from './lane-columns.js';
import { BIN, CLUSTER, CULL, ERA_ROW, LANE_HEADER, MARK, ROW, UNKNOWN_END } from './metrics.js';
import { eraRows, placeEras } from './eras.js';
import { fullView } from './view.js';

/** The time index of a data set's events, built the first time a frame packs a lane. */
const indexOf = memoByOwner((data: Dataset) => createTimeIndex(data.spans.items));

/** The `data-key` of a packed cluster whose first member is `item`. */
const clusterKey = (item: NormalisedEvent) => `cluster:${item.id}`;

/**
 * The `data-key` of a binned cluster: its lane, its grid's level and its slice. It names a place
 * on the axis rather than the first member, so that the cluster keeps its element when a filter
 * or new data changes its members.
 */
const binKey = (lane: number, level: number, bin: LaneBin) => `cluster:${lane}:${level}:${bin.slot}`;

export function computeHorizontalFrame(data: Dataset, input: FrameInput): Frame {
  const { width, rtl, measure } = input;
  const texts = textsFor(input.format);
  const items = data.spans.items;
  const base = computeBase(data, { width, gaps: input.gaps, rtl });
  const view = input.view ?? fullView(base.scale);
  // Layout works in reading order (from the inline start), which is mirrored right to left; the
  // marks are placed from the inline start, so the browser mirrors them back.
  const display = createViewScale(base.scale, view);
  const scale = rtl ? display.copy().range(display.range().map((x) => width - x)) : display;
  const clamp = (x: number) => Math.max(-CULL, Math.min(width + CULL, x));
  // The view is the base scale stretched by k and shifted by c (in reading-order pixels).
  const k = width / Math.max(1e-9, base.reading(view[1]) - base.reading(view[0]));
  const c = -k * base.reading(view[0]);
  // A time's place in the view (reading-order px, within the margin; an open end past it), and the time at a place.
  const px = (t: number) => (t === Infinity ? width + CULL : clamp(k * base.reading(t) + c));
  const timeAt = (x: number) => +scale.invert(x);
  const columns = computeLaneColumns(data, input.lanes);
  const count = input.lanes.length;
  // Every lane changes at its own point of the zoom, spread evenly over one doubling, so that a
  // zoom step rebuilds the nodes of a few lanes, not of all of them at once (each new node
  // costs about 0.2 ms of the frame on a slow machine).
  const phase = (lane: number) => lane / count;
  // A lane with more starts in view than about four rows of labels 120px apart would hold (fewer
  // by up to half, by its phase) is binned: one row of clusters on a grid fixed in time, which
  // halves at each doubling of the zoom, so panning and most zoom steps keep every cluster (and
  // its nodes) as it is.
  const capacity = 4 * Math.floor(width / 120);
  const [t0, t1] = [timeAt(0), timeAt(width)];
  // The view with its margin, in time: the events drawn start (binned lanes) or reach (packed ones) within it.
  const [early, late] = [timeAt(-CULL), timeAt(width + CULL)];
  const counts = columns.lanes.map((l) => lowerBound(l.starts, t1) - lowerBound(l.starts, t0));
  const natural = counts.map((n, i) => n > capacity / 2 ** phase(i));
  const dense = natural.map((d, i) => d || Boolean(input.hold?.[i]));
  // Each lane's grid level at this zoom, and its slices' width in px.
  const levels = input.lanes.map((_, lane) => Math.floor(Math.log2(k) - phase(lane)));
  const binWidth = (lane: number) => (BIN * k) / 2 ** (levels[lane] + phase(lane));
  const bins = columns.lanes.map((l, i) =>
    dense[i] ? binLane(l.starts, l.ends, lowerBound(l.starts, early), lowerBound(l.starts, late), px, binWidth(i), c, CLUSTER) : [],
  );
  // The other lanes are packed: the index finds their events that overlap the view (and a margin).
  const inView = dense.every(Boolean) ? [] : indexOf(data).query(Math.min(early, late), Math.max(early, late)).filter((i) => !dense[columns.laneOf[i]]);
  /** Where the event at position `i` starts and ends in the view (px, within the margin). */
  const extentAt = (i: number): [number, number] => {
    const [it, times] = [items[i], data.spans.times];
    const x0 = Number.isFinite(it.min) ? px(times[2 * i]) : 0;
    // An open end stops at the visible edge, where its fade shows that it goes on.
    let x1 = Number.isFinite(it.max) ? px(times[2 * i + 1]) : clamp(Math.max(width, x0 + UNKNOWN_END));
    // An unknown end fades out over at least this many pixels after its start.
    if (it.date.openEnd === 'unknown') x1 = Math.max(x1, x0 + UNKNOWN_END);
    return [x0, x1];
  };
  const packItems = inView.map((i): PackItem => {
    const [x0, x1] = extentAt(i);
    return { id: items[i].id, lane: columns.laneOf[i], x0, x1, labelWidth: measure.width(items[i].event.title) };
  });
  const packing = computePacking(packItems, { lanes: count, mark: MARK, limit: width });
  const headers = count > 1 || input.lanes[0]?.key !== '';
  // The eras' labels have a strip of their own above the lanes.
  let top = eraRows(data).count * ERA_ROW;
  const lanes = input.lanes.map((lane, i): PlacedLane => {
    const height = (headers ? LANE_HEADER : 4) + (dense[i] ? 1 : packing.rows[i]) * ROW + 4;
    top += height;
    return { ...lane, top: top - height, height };
  });
  const marks: Mark[] = [];
  // Only marks that reach into the view get nodes, and only those get their dates said.
  const visible = (m: Mark) => m.x + m.width > 0 && m.x < width;
  bins.forEach((laneBins, lane) => {
    const l = columns.lanes[lane];
    for (const bin of laneBins) {
      const item = items[l.positions[bin.from]];
      const m = placeMark(item, { ...bin, id: item.id, lane, row: 0, labelWidth: 0, flipped: false }, lanes, headers);
      if (bin.to - bin.from > 1) {
        m.key = binKey(lane, levels[lane], bin);
        m.members = { count: bin.to - bin.from, positions: () => l.positions.subarray(bin.from, bin.to), bin: true };
      }
      if (!visible(m)) continue;
      m.when = m.members ? texts.range(item, items[l.positions[bin.last]]) : texts.when(item);
      marks.push(m);
    }
  });
  const keys = packedMarks(data, inView, packing.placements, lanes, headers, texts, visible, marks);
  /** The mark that shows event `id`: its bin in a binned lane, else its own mark or cluster. */
  const laidOut = (id: string): string | undefined => {
    const item = data.byId.get(id);
    if (!item) return undefined;
    const index = posIn(data, item);
    const lane = columns.laneOf[index];
    if (!dense[lane]) return keys.get(index);
    // Bins hold consecutive ranks of their lane, in order: the first that ends after it.
    const rank = columns.rank[index];
    const laneBins = bins[lane];
    let [lo, hi] = [0, laneBins.length];
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (laneBins[mid].to <= rank) lo = mid + 1;
      else hi = mid;
    }
    const bin = laneBins[lo];
    if (!bin || bin.from > rank) return undefined;
    return bin.to - bin.from > 1 ? binKey(lane, levels[lane], bin) : id;
  };
  // The focused event is always an element, even when the view moved away from it: a mark of its
  // own, without a label, where it is (off screen), so that keyboard focus never falls to the page.
  const focused = input.focused ? data.byId.get(input.focused) : undefined;
  const shown = focused && laidOut(focused.id);
  const extra = focused && !(shown && marks.some((m) => m.key === shown)) ? focused : undefined;
  if (extra) {
    const i = posIn(data, extra);
    const [x0, x1] = extentAt(i);
    const m = placeMark(extra, { id: extra.id, lane: columns.laneOf[i], row: 0, x0, x1, labelWidth: 0, flipped: false }, lanes, headers);
    m.when = texts.when(extra);
    marks.push(m);
  }
  const keyOf = (id: string) => (id === extra?.id ? id : laidOut(id));
  return {
    vertical: false,
    width,
    height: top,
    eras: placeEras(data, scale, width, texts, measure),
    lanes,
    marks,
    ticks: computeSegmentTicks(scale, width, input.format),
    breaks: base.breaks.map(([a, b]) => [scale(a), scale(b)] as [number, number]).filter(([a, b]) => b > 0 && a < width),
    keyOf,
    reference: input.reference && { pos: scale(input.reference.value), label: input.reference.label },
    covered: null,
    binned: dense,
    // (A held lane whose events in view all start before it still waits: at least 1.)
    waiting: counts.map((n, i) => (dense[i] && !natural[i] ? Math.max(1, n) : 0)),
    ...(extra && { extra: extra.id }),
  };
}

/**
 * The marks of the packed lanes that reach into the view (added to `marks`), and the key of the
 * mark that shows each packed event, by its position in time order.
 */
function packedMarks(
  data: Dataset,
  inView: number[],
  placements: Placement[],
  lanes: PlacedLane[],
  headers: boolean,
  texts: Texts,
  visible: (m: Mark) => boolean,
  marks: Mark[],
): Map<number, string> {
  const keys = new Map<number, string>();
  const seen = new Map<Placement, string>();
  inView.forEach((index, i) => {
    const item = data.spans.items[index];
    const p = placements[i];
    const known = seen.get(p);
    if (known !== undefined) {
      keys.set(index, known);
      return;
    }
    const m = placeMark(item, p, lanes, headers);
    const members = p.members?.map((id) => data.byId.get(id)!);
    if (members) {
      m.key = clusterKey(item);
      m.members = { count: members.length, positions: () => members.map((it) => it.pos), bin: false };
    }
    seen.set(p, m.key);
    keys.set(index, m.key);
    if (!visible(m)) return;
    // The earliest member comes first in time order; the latest ends last.
    m.when = members
      ? texts.range(members.reduce((a, b) => (b.pos < a.pos ? b : a)), members.reduce((a, b) => (b.max > a.max ? b : a)))
      : texts.when(item);
    marks.push(m);
  });
  return keys;
}

/** A mark from its placement: a dot, or a bar when its extent is wider than a dot. */
function placeMark(item: NormalisedEvent, p: Placement, lanes: PlacedLane[], headers: boolean): Mark {
  const lane = lanes[p.lane];
  const pointLike = item.date.start === item.date.end;
  const extent = p.x1 - p.x0;
  const bar = extent > MARK;
  const markWidth = bar ? extent : MARK;
  // The label stands inside the bar, or beside the mark (before it when flipped): never across it.
  const width = p.inside || !p.labelWidth ? markWidth : p.labelWidth + 4 + markWidth;
  return {
    key: item.id,
    item,
    x: p.flipped ? p.x0 - p.labelWidth - 4 : p.x0,
    when: '',
    y: lane.top + (headers ? LANE_HEADER : 4) + p.row * ROW,
    width,
    flipped: p.flipped,
    inside: p.inside,
    markWidth,
    labelWidth: p.labelWidth,
    lane,
    span: !pointLike && bar,
    extent: pointLike && bar,
    openEnd: !Number.isFinite(item.max),
  };
}
