/**
 * Compressed gaps: a discontinuous time axis for stories that span decades and days.
 *
 * Algorithm (deterministic):
 * 1. Every event's extent [earliest, latest] (an open end counts up to its start's own end) is
 *    merged with the extents it overlaps into blocks of activity; the holes between blocks are
 *    the empty stretches. The inside of a span is never a gap.
 * 2. Starting from one segment holding all blocks, the widest hole in any segment is cut out while
 *    it is longer than `share` of that segment's own duration and longer than `minGap`; cutting
 *    splits the segment in two. This repeats until no hole qualifies or there are `maxSegments`.
 * 3. Each segment gets a width proportional to the square root of the number of events it holds
 *    (so a busy fortnight is as readable as a quiet decade), and each cut hole becomes a break of
 *    `breakWidth` pixels. Within a segment time is linear; every segment has its own ticks.
 *
 * The result is a polylinear time scale (domain: segment edges; range: their pixels) that the
 * zoom transforms like any other, plus the segments and breaks for drawing.
 */
import { scaleLinear, type TimeScale } from './scale.js';
import { DAY } from './time.js';

export interface Segment {
  /** First and last floating ms of the segment (padded). */
  start: number;
  end: number;
  /** Number of activity points in the segment. */
  count: number;
}

export interface SegmentOptions {
  /** A gap is cut out when longer than this share of its segment (defaults to 0.3). */
  share?: number;
  /** Shortest gap ever cut out, in ms (defaults to 30 days). */
  minGap?: number;
  /** Most segments (defaults to 6). */
  maxSegments?: number;
  /** Width of a break in px (defaults to 28). */
  breakWidth?: number;
  /** Padding around each segment, as a share of its duration (defaults to 0.06). */
  pad?: number;
}

export interface SegmentedScale {
  /** Maps floating ms to px over [0, width]; polylinear through the segment edges. */
  scale: TimeScale;
  segments: Segment[];
}

/**
 * Splits events into segments separated by long empty gaps. Event i covers `starts[i]` to
 * `ends[i]` (floating ms; events without a finite start and end are left out). Events already ordered by
 * start, as the element keeps them, are read in one pass; others are sorted first.
 */
export function computeSegments(starts: ArrayLike<number>, ends: ArrayLike<number>, options: SegmentOptions = {}): Segment[] {
  const { share = 0.3, minGap = 30 * DAY, maxSegments = 6 } = options;
  const n = Math.min(starts.length, ends.length);
  let blocks = blocksOf(starts, ends, null, minGap);
  if (!blocks) {
    const order: number[] = [];
    for (let i = 0; i < n; i++) if (Number.isFinite(starts[i]) && Number.isFinite(ends[i])) order.push(i);
    blocks = blocksOf(starts, ends, order.sort((x, y) => starts[x] - starts[y] || ends[x] - ends[y]), minGap)!;
  }
  if (!blocks.length) return [];
  // Each range is [first block, last block].
  const ranges: [number, number][] = [[0, blocks.length - 1]];
  while (ranges.length < maxSegments) {
    let best = -1;
    let bestAt = -1;
    let bestGap = 0;
    ranges.forEach(([a, b], r) => {
      const duration = blocks[b].end - blocks[a].start;
      for (let i = a; i < b; i++) {
        const gap = blocks[i + 1].start - blocks[i].end;
        if (gap > bestGap && gap > minGap && gap > share * duration) {
          best = r;
          bestAt = i;
          bestGap = gap;
        }
      }
    });
    if (best < 0) break;
    const [a, b] = ranges[best];
    ranges.splice(best, 1, [a, bestAt], [bestAt + 1, b]);
  }
  return ranges.map(([a, b]) => ({
    start: blocks[a].start,
    end: blocks[b].end,
    count: blocks.slice(a, b + 1).reduce((n, block) => n + block.count, 0),
  }));
}

/**
 * Merges events (all of them, or those in `order`) into blocks of activity, joining gaps up to
 * `minGap` (they are never cut). Null when the events turn out not to be ordered by start. One
 * pass with plain comparisons and no call per event: the first render runs it on cold code.
 */
function blocksOf(starts: ArrayLike<number>, ends: ArrayLike<number>, order: number[] | null, minGap: number): Segment[] | null {
  const blocks: Segment[] = [];
  const count = order ? order.length : Math.min(starts.length, ends.length);
  let last: Segment | undefined;
  for (let k = 0; k < count; k++) {
    const i = order ? order[k] : k;
    const a = starts[i];
    const b = ends[i];
    // Finite start and end (NaN fails both comparisons).
    if (!(a > -Infinity && a < Infinity && b > -Infinity && b < Infinity)) continue;
    if (last && a < last.start) return null;
    if (last && a <= last.end + minGap) {
      if (b > last.end) last.end = b;
      last.count++;
    } else blocks.push((last = { start: a, end: b, count: 1 }));
  }
  return blocks;
}

/**
 * Lays `segments` out over [0, width] with breaks between them and returns the polylinear scale.
 * A segment of a single instant is widened to a day so it has a duration.
 */
export function createSegmentedScale(segments: readonly Segment[], width: number, options: SegmentOptions = {}): SegmentedScale {
  const { breakWidth = 28, pad = 0.06 } = options;
  const padded = segments.map((s) => {
    const duration = Math.max(s.end - s.start, DAY);
    const mid = (s.start + s.end) / 2;
    const half = s.end - s.start < DAY ? DAY / 2 : duration / 2;
    return { start: mid - half - duration * pad, end: mid + half + duration * pad, count: s.count };
  });
  // Neighbouring paddings must not overlap: meet in the middle of the gap if they would.
  for (let i = 1; i < padded.length; i++) {
    if (padded[i].start <= padded[i - 1].end) {
      const mid = (segments[i - 1].end + segments[i].start) / 2;
      padded[i - 1].end = mid - 1;
      padded[i].start = mid + 1;
    }
  }
  const weights = padded.map((s) => Math.sqrt(Math.max(1, s.count)));
  const total = weights.reduce((a, b) => a + b, 0);
  const room = Math.max(1, width - breakWidth * (padded.length - 1));
  const domain: number[] = [];
  const range: number[] = [];
  let x = 0;
  padded.forEach((s, i) => {
    const w = (room * weights[i]) / total;
    domain.push(s.start, s.end);
    range.push(x, x + w);
    x += w + breakWidth;
  });
  return { scale: scaleLinear(domain, range), segments: padded };
}
