/**
 * Colours for drawings that leave the page: CSS's `color-mix()` done here, since an exported SVG
 * must draw the same in every viewer. Colours come in as the browser normalises them (`#rrggbb`,
 * or `rgb()` / `rgba()`); anything else is treated as opaque black rather than passed through.
 */

/** The colours a drawing uses, as the element resolves them (light or dark, as shown). */
export interface SvgPalette {
  background: string;
  color: string;
  muted: string;
  grid: string;
  laneBackground: string;
  reference: string;
  /** Eras without a colour of their own. */
  era: string;
}

/** A colour as red, green, blue (0–255) and alpha (0–1). */
type RGBA = [number, number, number, number];

/** `#rgb`, `#rrggbb`, `#rrggbbaa`, `rgb(…)` or `rgba(…)` as numbers; black when unreadable. */
export function parseColor(value: string): RGBA {
  const s = value.trim().toLowerCase();
  const hex = /^#([0-9a-f]{3,8})$/.exec(s)?.[1];
  if (hex && (hex.length === 3 || hex.length === 6 || hex.length === 8)) {
    const full = hex.length === 3 ? [...hex].map((c) => c + c).join('') : hex;
    const byte = (i: number) => parseInt(full.slice(i, i + 2), 16);
    return [byte(0), byte(2), byte(4), full.length === 8 ? byte(6) / 255 : 1];
  }
  const fn = /^rgba?\(([^)]*)\)$/.exec(s)?.[1];
  if (fn) {
    const parts = fn.split(/[\s,/]+/).filter(Boolean).map(parseFloat);
    if (parts.length >= 3 && parts.slice(0, 3).every(Number.isFinite)) {
      const alpha = parts[3];
      return [parts[0], parts[1], parts[2], Number.isFinite(alpha) ? alpha : 1];
    }
  }
  return [0, 0, 0, 1];
}

const byte = (v: number) => Math.round(Math.max(0, Math.min(255, v))).toString(16).padStart(2, '0');

/** A colour as `#rrggbb` (its alpha is dropped: callers give opacity separately). */
export function toHex(value: string): string {
  const [r, g, b] = parseColor(value);
  return `#${byte(r)}${byte(g)}${byte(b)}`;
}

/** `color-mix(in srgb, a share, b)`, as `#rrggbb`: `share` (0–1) of `a`, the rest of `b`. */
export function mix(a: string, b: string, share: number): string {
  const [x, y] = [parseColor(a), parseColor(b)];
  return `#${[0, 1, 2].map((i) => byte(x[i] * share + y[i] * (1 - share))).join('')}`;
}
