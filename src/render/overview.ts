/**
 * The overview strip under the axis: every event on the base scale, drawn on a canvas (one node
 * whatever the number of events), and the visible window, which can be dragged.
 */
import { html, type TemplateResult } from 'lit';
import { styleMap } from 'lit/directives/style-map.js';
import type { NormalisedEra } from '../data/eras.js';
import type { Lane } from '../data/lanes.js';
import type { Dataset } from '../data/dataset.js';
import { nextFrame } from '../core/next-frame.js';
import { interpolate } from '../core/scale.js';
import type { BaseScale } from '../layout/base.js';
import { computeLaneColumns, type LaneColumns } from '../layout/lane-columns.js';
import { OVERVIEW_HEIGHT } from '../layout/metrics.js';

export interface OverviewHandlers {
  onPointerDown: (e: PointerEvent) => void;
  onPointerMove: (e: PointerEvent) => void;
  onPointerUp: (e: PointerEvent) => void;
}

/** Where `[start, end]` lies on the strip: its left edge and width, in px. */
function across(base: BaseScale, width: number, start: number, end: number): { left: string; width: string } {
  const [a, b] = [base.scale(start), base.scale(end)];
  const x0 = Math.max(0, Math.min(a, b));
  const x1 = Math.min(width, Math.max(a, b));
  return { left: `${x0}px`, width: `${Math.max(4, x1 - x0)}px` };
}

/** The strip, with the eras' bands behind the events and the window over `view` (on the base scale). */
export function renderOverview(base: BaseScale, view: readonly [number, number], width: number, h: OverviewHandlers, eras: readonly NormalisedEra[], filtered = false): TemplateResult {
  return html`<div
    part="overview"
    class="overview"
    aria-hidden="true"
    @pointerdown=${h.onPointerDown}
    @pointermove=${h.onPointerMove}
    @pointerup=${h.onPointerUp}
    @pointercancel=${h.onPointerUp}
  >
    ${eras.map((e) => html`<div part="era" class="era" style=${styleMap({ ...across(base, width, e.min, e.max), '--_era-color': e.color ?? null })}></div>`)}
    <canvas class=${filtered ? 'dimmed' : ''}></canvas><canvas class="matches"></canvas>
    <div class="window" style=${styleMap(across(base, width, view[0], view[1]))}></div>
  </div>`;
}

/**
 * The strip's two canvases: the whole data (dimmed by the style sheet when a filter shows less of
 * it), and over it the filter's matches, or nothing (both on the whole data's axis), as each one's
 * lane columns. The whole data is drawn again only when it changes, not at each change of the filter.
 */
export function overviewLayers(whole: Dataset, shown: Dataset, lanes: readonly Lane[]): [LaneColumns, LaneColumns | null] {
  return [computeLaneColumns(whole, lanes), shown === whole ? null : computeLaneColumns(shown, lanes)];
}

/** What each canvas last drew: it is drawn again only when its lane columns (data, lanes) or its base scale change. */
const drawn = new WeakMap<HTMLCanvasElement, [LaneColumns | null, BaseScale]>();

type Layer = [canvas: HTMLCanvasElement, columns: LaneColumns | null];

/**
 * An element's strip. A new width (or `gaps`) with the same data stretches what the canvases show
 * and draws them again in the next frame, so that the frame of a resize draws only the timeline
 * (a canvas of a new size costs several milliseconds to draw at 100,000 events). New data or a
 * filter draws them at once. `pending` is the drawing to come, which `updateComplete` awaits.
 */
export class OverviewStrip {
  /** Resolves when the drawing put off to the next frame is done; null when none waits. */
  pending: Promise<void> | null = null;
  private latest: [Layer[], readonly Lane[], BaseScale, boolean] | null = null;

  draw(layers: Layer[], lanes: readonly Lane[], base: BaseScale, rtl: boolean): void {
    this.latest = [layers, lanes, base, rtl];
    if (!layers.every(([canvas, columns]) => canvas.width && drawn.get(canvas)?.[0] === columns)) return this.flush();
    if (this.pending || layers.every(([canvas]) => drawn.get(canvas)?.[1] === base)) return;
    for (const [canvas] of layers) canvas.style.width = `${base.width}px`;
    this.pending = nextFrame().then(() => this.flush());
  }

  private flush(): void {
    this.pending = null;
    const [layers, lanes, base, rtl] = this.latest!;
    for (const [canvas, columns] of layers) drawOverview(canvas, columns, lanes, base, rtl);
  }
}

/**
 * Draws every event of a layer (its lane columns) into `canvas` (or clears it, for none): a row per
 * lane, in the lane's colour. Each lane's events come in order of their starts, so one pass joins
 * them into runs that leave no pixel column between them (O(events) however long the spans), drawn
 * as a few hundred rectangles, not one per event.
 */
export function drawOverview(canvas: HTMLCanvasElement, columns: LaneColumns | null, lanes: readonly Lane[], base: BaseScale, rtl: boolean): void {
  const last = drawn.get(canvas);
  if (last && last[0] === columns && last[1] === base && canvas.width) return;
  drawn.set(canvas, [columns, base]);
  const width = base.width;
  const ratio = window.devicePixelRatio || 1;
  const height = OVERVIEW_HEIGHT;
  // A new size reallocates the canvas; the same one is only cleared.
  const [w, h] = [Math.round(width * ratio), Math.round(height * ratio)];
  if (canvas.width !== w || canvas.height !== h) [canvas.width, canvas.height, canvas.style.width, canvas.style.height] = [w, h, `${width}px`, `${height}px`];
  const ctx = canvas.getContext('2d');
  if (!ctx) return;
  ctx.setTransform(ratio, 0, 0, ratio, 0, 0);
  ctx.clearRect(0, 0, width, height);
  if (!columns) return;
  const rowHeight = (height - 4) / Math.max(1, lanes.length);
  // Times to reading-order px through the scale's knots (ascending times, ascending px).
  const xs = base.scale.domain().map(Number);
  const ys = base.scale.range().map((x) => (rtl ? width - x : x));
  const runs: number[] = [];
  columns.lanes.forEach(({ starts, ends }, l) => {
    ctx.fillStyle = lanes[l].color;
    runs.length = 0;
    laneRuns(starts, ends, xs, ys, runs);
    // Each run whole pixel columns wide, mirrored right to left.
    for (let r = 0; r < runs.length; r += 2) {
      const [from, to] = [runs[r], runs[r + 1]];
      const [x0, x1] = [Math.max(0, Math.floor(rtl ? width - to : from)), Math.min(width, Math.ceil(rtl ? width - from : to))];
      ctx.fillRect(x0, 2 + l * rowHeight, x1 - x0, Math.max(2, rowHeight - 1));
    }
  });
}

/**
 * A lane's runs (from, to, in reading-order px) in `runs`: one pass in order of the starts,
 * walking the knots (`xs` to `ys`), where a run goes on while the next start leaves no pixel
 * column free. An end is placed only when it is the run's latest yet (in time), with the start's
 * piece of the scale when it lies there; an open end runs to the edge. Every mark is at least
 * 1.5px wide. A function of its own, with plain variables: it runs over every event, first before
 * the engine has optimised it (where an array per event, or a closure made per drawing, costs).
 */
function laneRuns(starts: Float64Array, ends: Float64Array, xs: number[], ys: number[], runs: number[]): void {
  const knots = xs.length - 1;
  let from = NaN;
  let to = -Infinity;
  let toTime = -Infinity;
  let k = 1;
  for (let j = 0; j < starts.length; j++) {
    const t = starts[j];
    while (k < knots && xs[k] <= t) k++;
    const x0 = xs[k - 1];
    const x1 = xs[k];
    const a = x1 === x0 ? ys[k - 1] : ys[k - 1] + ((t - x0) / (x1 - x0)) * (ys[k] - ys[k - 1]);
    if (a > to + 1) {
      if (j) runs.push(from, to);
      from = a;
      to = -Infinity;
      toTime = -Infinity;
    }
    const e = ends[j];
    if (e > toTime) {
      toTime = e;
      const b = e === Infinity ? Infinity : e < x1 || k === knots ? ys[k - 1] + ((e - x0) / (x1 - x0 || 1)) * (ys[k] - ys[k - 1]) : interpolate(xs, ys, e);
      if (b > to) to = b;
    }
    if (a + 1.5 > to) to = a + 1.5;
  }
  if (starts.length) runs.push(from, to);
}
