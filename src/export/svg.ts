/**
 * The timeline as a standalone SVG document, drawn from a horizontal frame (the same layout the
 * element renders): the era strip and bands, lanes and their names, grid lines, compressed gaps,
 * the reference marker, marks with their labels and clusters, and the axis. Pure: colours, the
 * font and text widths come in resolved, and the result is a string. Every text is escaped.
 */
import type { Frame, Mark, TextMeasure } from '../layout/types.js';
import { ERA_ROW } from '../layout/metrics.js';
import { toHex, type SvgPalette } from './colors.js';
import { drawDefs, drawMark, type Draw } from './svg-marks.js';
import { escapeXML, fitText, num } from './xml.js';

export type { SvgPalette };

export interface SvgOptions {
  palette: SvgPalette;
  /** The font family and size (px) of the element. */
  font: string;
  size: number;
  rtl: boolean;
  measure: TextMeasure;
  /** The document's title: the timeline's name. */
  title: string;
  /** An event's accessible name, and a cluster's. */
  name: (m: Mark) => string;
  clusterName: (m: Mark) => string;
}

/** Height of the axis under the lanes. */
export const AXIS = 26;

/** The SVG document of a horizontal frame. */
export function drawSVG(f: Frame, o: SvgOptions): string {
  const { palette: p, size } = o;
  const W = f.width;
  const H = f.height + AXIS;
  const d: Draw = { width: W, rtl: o.rtl, size, palette: p, measure: o.measure, lanes: new Map(f.lanes.map((l, i) => [l.color, i])) };
  // Reading-order x (from the inline start) as an SVG x, and the anchor of text that starts there.
  const X = (x: number) => num(o.rtl ? W - x : x);
  const start = o.rtl ? 'end' : 'start';
  const text = (x: number, y: number, s: string, attrs = '') => `<text x="${X(x)}" y="${num(y)}" text-anchor="${start}"${attrs}>${escapeXML(s)}</text>`;
  const out: string[] = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${num(W)}" height="${num(H)}" viewBox="0 0 ${num(W)} ${num(H)}" font-family="${escapeXML(o.font)}" font-size="${num(size)}" role="img" aria-labelledby="dateline-title">`,
    `<title id="dateline-title">${escapeXML(o.title)}</title>`,
    drawDefs(d),
    `<rect width="100%" height="100%" fill="${toHex(p.background)}"/>`,
  ];
  // Lanes: every other one shaded, a line above each, its name at the inline start.
  const labelled = f.lanes.length > 1 || f.lanes[0]?.key !== '';
  for (const [i, l] of f.lanes.entries()) {
    out.push(`<g class="lane" data-lane="${escapeXML(l.key)}"><rect y="${num(l.top)}" width="${num(W)}" height="${num(l.height)}" fill="${i % 2 ? 'none' : toHex(p.laneBackground)}"/>`);
    out.push(`<line x1="0" x2="${num(W)}" y1="${num(l.top + 0.5)}" y2="${num(l.top + 0.5)}" stroke="${toHex(p.grid)}"/>`);
    if (labelled) out.push(text(6, l.top + 2 + size * 0.85, fitText(l.label, W / 2, o.measure, 0.85), ` font-size="${num(size * 0.85)}" font-weight="600" fill="${toHex(p.muted)}"`));
    out.push('</g>');
  }
  // Eras: a tinted band with dashed edges across the lanes, its name in the strip above them.
  for (const e of f.eras) {
    const color = toHex(e.era.color ?? p.era);
    const [a, b] = [e.x, e.x + e.width].map(X).sort((m, n) => +m - +n);
    out.push(`<g class="era"><rect x="${a}" width="${num(+b - +a)}" height="${num(f.height)}" fill="${color}" fill-opacity="0.09"/>`);
    for (const x of [a, b]) out.push(`<line x1="${x}" x2="${x}" y2="${num(f.height)}" stroke="${color}" stroke-opacity="0.45" stroke-dasharray="4 3"/>`);
    out.push(`${text(e.labelX + 6, e.y + ERA_ROW / 2 + size * 0.3, fitText(e.era.label, e.labelWidth - 12, o.measure, 0.8), ` font-size="${num(size * 0.8)}" font-weight="600" fill="${toHex(p.color)}"`)}</g>`);
  }
  for (const t of f.ticks) out.push(`<line x1="${X(t.pos)}" x2="${X(t.pos)}" y2="${num(f.height)}" stroke="${toHex(p.grid)}" stroke-opacity="0.6"/>`);
  // Compressed gaps: a hatched band through the lanes and a break in the axis line.
  const breaks = f.breaks.map(([a, b]) => [a, b].map(X).sort((m, n) => +m - +n));
  for (const [a, b] of breaks) out.push(`<rect x="${a}" width="${num(+b - +a)}" height="${num(f.height)}" fill="url(#dateline-break)"/>`);
  if (f.reference) out.push(drawReference(f, d, X));
  out.push('<g class="marks">');
  for (const m of f.marks) out.push(drawMark(m, d, m.members ? o.clusterName(m) : o.name(m)));
  out.push('</g>');
  // The axis: its line (broken at compressed gaps) and tick labels centred on their ticks.
  out.push(`<line x1="0" x2="${num(W)}" y1="${num(f.height + 0.5)}" y2="${num(f.height + 0.5)}" stroke="${toHex(p.muted)}"/>`);
  for (const [a, b] of breaks) {
    out.push(`<rect x="${a}" y="${num(f.height - 4)}" width="${num(+b - +a)}" height="8" fill="${toHex(p.background)}"/>`);
    for (const x of [a, b]) out.push(`<line x1="${num(+x - 3)}" x2="${num(+x + 3)}" y1="${num(f.height + 5)}" y2="${num(f.height - 5)}" stroke="${toHex(p.muted)}"/>`);
  }
  for (const t of f.ticks) {
    out.push(`<text x="${X(t.pos)}" y="${num(f.height + 4 + size * 0.85)}" text-anchor="middle" font-size="${num(size * 0.85)}" fill="${toHex(p.muted)}">${escapeXML(t.label)}</text>`);
  }
  out.push('</svg>');
  return out.filter(Boolean).join('\n');
}

/** The reference marker: a dashed line across the lanes, its label at the top (before it near the end). */
function drawReference(f: Frame, d: Draw, X: (x: number) => string): string {
  const { pos, label } = f.reference!;
  const color = toHex(d.palette.reference);
  const flipped = pos > d.width - 200;
  const w = d.measure.width(label) * 0.8 + 8;
  const [a, b] = flipped ? [pos - 4 - w, pos - 4] : [pos + 4, pos + 4 + w];
  const [l, r] = [X(a), X(b)].sort((m, n) => +m - +n);
  return `<g class="reference"><line x1="${X(pos)}" x2="${X(pos)}" y2="${num(f.height)}" stroke="${color}" stroke-width="2" stroke-dasharray="6 4"/>
<rect x="${l}" y="0" width="${num(+r - +l)}" height="${num(d.size * 1.2)}" fill="${toHex(d.palette.background)}"/>
<text x="${num((+l + +r) / 2)}" y="${num(d.size * 0.85)}" text-anchor="middle" font-size="${num(d.size * 0.8)}" font-weight="600" fill="${color}">${escapeXML(label)}</text></g>`;
}
