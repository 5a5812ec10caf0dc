/** Writing SVG text safely: escaping, numbers, and labels cut to the room they have. */
import type { TextMeasure } from '../layout/types.js';

/** Characters XML 1.0 does not allow (controls, lone surrogates, U+FFFE/U+FFFF), replaced so that the document still parses. */
// eslint-disable-next-line no-control-regex -- these are the characters to find
const INVALID = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' };

/** `s` as XML text or attribute value: markup characters escaped, characters XML forbids replaced with U+FFFD. */
export const escapeXML = (s: string): string => s.replace(INVALID, '\uFFFD').replace(/[&<>"']/g, (c) => ENTITIES[c]);

/** A coordinate with at most two decimals. */
export const num = (n: number): string => String(Math.round(n * 100) / 100);

/**
 * `text` as it fits `room` px at `scale` times the measured font size: whole, or cut with an
 * ellipsis (the element's labels do the same with CSS). Empty when not even one letter fits.
 */
export function fitText(text: string, room: number, measure: TextMeasure, scale = 1): string {
  const fits = (s: string) => measure.width(s) * scale <= room + 0.5;
  if (fits(text)) return text;
  const chars = [...text];
  let [lo, hi] = [0, chars.length];
  // The longest prefix that fits with its ellipsis.
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (fits(`${chars.slice(0, mid).join('').trimEnd()}…`)) lo = mid;
    else hi = mid - 1;
  }
  return lo ? `${chars.slice(0, lo).join('').trimEnd()}…` : '';
}
