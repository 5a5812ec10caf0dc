/**
 * Marks in SVG, encoded as the style sheets draw them: certainty by line and fill (confirmed solid
 * and filled, reported a ring or double line, claimed dashed, disputed dotted and hollow),
 * precision by extent (a date known to a month is a hatched bar across it), soft edges for
 * approximate dates, a fading end for open and unknown ends, a "?" for uncertain ones; clusters
 * are pills with their count. Labels follow the layout's rule: inside the bar only when they fit,
 * otherwise beside the mark.
 */
import type { Mark, TextMeasure } from '../layout/types.js';
import { MARK, ROW } from '../layout/metrics.js';
import { mix, toHex, type SvgPalette } from './colors.js';
import { escapeXML, fitText, num } from './xml.js';

/** What drawing a mark needs: the drawing's width and direction, font size, colours, and each lane colour's pattern number. */
export interface Draw {
  width: number;
  rtl: boolean;
  size: number;
  palette: SvgPalette;
  measure: TextMeasure;
  lanes: Map<string, number>;
}

/** Height of an event's box (a row less its gap), and of a bar in it. */
const BOX = ROW - 6;
const BAR = ROW - 8;

/** The shared patterns and masks: a hatch per lane colour, the gaps' hatch, fades for approximate and open ends. */
export function drawDefs(d: Draw): string {
  const { background: bg, muted } = d.palette;
  const hatches = [...d.lanes].map(
    ([color, i]) => `<pattern id="dateline-hatch-${i}" patternUnits="userSpaceOnUse" width="8" height="8" patternTransform="rotate(45)">
<rect width="8" height="8" fill="${mix(color, bg, 0.12)}"/><rect width="4" height="8" fill="${mix(color, bg, 0.3)}"/></pattern>`,
  );
  // Fades along the inline axis, in each mark's own box; `end` fades towards the inline end.
  const [from, to] = d.rtl ? ['1', '0'] : ['0', '1'];
  const fade = (id: string, stops: [number, number][]) =>
    `<linearGradient id="${id}-g" x1="${from}" x2="${to}" y1="0" y2="0">${stops.map(([o, a]) => `<stop offset="${o}" stop-color="#fff" stop-opacity="${a}"/>`).join('')}</linearGradient>
<mask id="${id}" maskContentUnits="objectBoundingBox"><rect x="-0.1" y="-0.5" width="1.2" height="2" fill="url(#${id}-g)"/></mask>`;
  return `<defs>${hatches.join('\n')}
<pattern id="dateline-break" patternUnits="userSpaceOnUse" width="7" height="7" patternTransform="rotate(-60)"><rect x="5" width="2" height="7" fill="${toHex(muted)}" fill-opacity="0.22"/></pattern>
${fade('dateline-approximate', [[0, 0], [0.15, 1], [0.85, 1], [1, 0]])}
${fade('dateline-open-end', [[0, 1], [0.7, 1], [1, 0]])}
${fade('dateline-unknown-end', [[0, 1], [0.3, 1], [1, 0]])}
</defs>`;
}

/** A mark: an event's `<g data-id>` or a cluster's `<g data-key>`, each with its accessible name as `<title>`. */
export function drawMark(m: Mark, d: Draw, name: string): string {
  return m.members ? drawCluster(m, d, name) : drawEvent(m, d, name);
}

/** Reading-order [a, b] as an SVG rect's x and width (mirrored right to left). */
function span(a: number, b: number, d: Draw): [string, string] {
  return [num(d.rtl ? d.width - b : a), num(b - a)];
}

function drawCluster(m: Mark, d: Draw, name: string): string {
  const color = toHex(m.lane.color);
  const count = String(m.members!.count);
  const w = m.members!.bin ? Math.max(28, d.measure.width(count) * 0.8 + 12) : m.markWidth;
  const [x, width] = span(m.x, m.x + w, d);
  const mid = num(+x + w / 2);
  return `<g data-key="${escapeXML(m.key)}" class="cluster"><title>${escapeXML(name)}</title>
<rect x="${x}" y="${num(m.y + 1)}" width="${width}" height="${BAR}" rx="${BAR / 2}" fill="${color}" stroke="${color}" stroke-width="2"/>
<text x="${mid}" y="${num(m.y + 1 + BAR / 2 + d.size * 0.28)}" text-anchor="middle" font-size="${num(d.size * 0.8)}" font-weight="700" fill="${toHex(d.palette.background)}">${count}</text></g>`;
}

function drawEvent(m: Mark, d: Draw, name: string): string {
  const { item } = m;
  const color = toHex(m.lane.color);
  const bg = toHex(d.palette.background);
  const certainty = item.certainty;
  const hollow = certainty === 'disputed' || (certainty === 'claimed' && !m.span && !m.extent);
  const dash = certainty === 'claimed' ? ' stroke-dasharray="4 3"' : certainty === 'disputed' ? ' stroke-dasharray="1.5 2.5"' : '';
  const cy = m.y + BOX / 2;
  // The mark's own stretch, in reading order: at the end of the event's box when the label stands before it.
  const a = m.flipped ? m.x + m.width - m.markWidth : m.x;
  const b = a + m.markWidth;
  const { start, end, openEnd } = item.date;
  const shape: string[] = [];
  if (m.span || m.extent) {
    const fill = hollow ? bg : m.extent ? `url(#dateline-hatch-${d.lanes.get(m.lane.color) ?? 0})` : mix(color, bg, 0.22);
    const [x, w] = span(a, b, d);
    const bar = (inset: number, width: number, extra = '') =>
      `<rect x="${num(+x + inset)}" y="${num(cy - BAR / 2 + inset)}" width="${num(Math.max(0, +w - 2 * inset))}" height="${num(BAR - 2 * inset)}" rx="${num(Math.max(1, 4 - inset))}" stroke="${color}" stroke-width="${width}"${extra}/>`;
    if (certainty === 'reported') shape.push(bar(0.5, 1, ` fill="${fill}"`), bar(2.5, 1, ' fill="none"'));
    else shape.push(bar(1, 2, ` fill="${fill}"${dash}`));
  } else {
    const cx = num(d.rtl ? d.width - (a + MARK / 2) : a + MARK / 2);
    shape.push(`<circle cx="${cx}" cy="${num(cy)}" r="${MARK / 2 - 1}" fill="${hollow || certainty === 'reported' ? bg : color}" stroke="${color}" stroke-width="2"${dash}/>`);
    if (certainty === 'reported') shape.push(`<circle cx="${cx}" cy="${num(cy)}" r="2.75" fill="${color}"/>`);
  }
  const fade = start?.approximate || end?.approximate ? 'approximate' : m.openEnd ? (openEnd === 'unknown' ? 'unknown-end' : 'open-end') : '';
  const masked = fade ? `<g mask="url(#dateline-${fade})">${shape.join('')}</g>` : shape.join('');
  const uncertain = start?.uncertain || end?.uncertain;
  const badge = uncertain
    ? `<text x="${num(d.rtl ? d.width - b - 3 : b + 3)}" y="${num(cy - MARK / 2 - 1)}" text-anchor="${d.rtl ? 'start' : 'end'}" font-size="10" font-weight="700" fill="${color}">?</text>`
    : '';
  return `<g data-id="${escapeXML(item.id)}" class="event ${certainty}"><title>${escapeXML(name)}</title>
${masked}${badge}${drawLabel(m, d, a, b, cy)}</g>`;
}

/** The label: inside its bar (6px in), after the mark (4px past it), or before it when flipped. */
function drawLabel(m: Mark, d: Draw, a: number, b: number, cy: number): string {
  if (m.labelWidth <= 0) return '';
  const title = fitText(m.item.event.title, m.labelWidth, d.measure);
  if (!title) return '';
  // Where the text starts, in reading order, and so which way it runs from its anchor.
  const from = m.inside ? a + 6 : m.flipped ? m.x : b + 4;
  const x = num(d.rtl ? d.width - from : from);
  return `<text x="${x}" y="${num(cy + d.size * 0.35)}" text-anchor="${d.rtl ? 'end' : 'start'}" fill="${toHex(d.palette.color)}">${escapeXML(title)}</text>`;
}
