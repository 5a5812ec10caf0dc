/**
 * Lane colours used when `groups` gives none. Each has at least 4.5:1 contrast against its
 * scheme's backgrounds (`test/core/palette.test.ts` checks), so marks stay visible and their
 * colour is never the only cue.
 */
export const PALETTE = ['#0b5cad', '#b3261e', '#1a7f37', '#8250df', '#9a6700', '#0f766e', '#bf3989', '#57606a'] as const;
export const DARK_PALETTE = ['#6cb6ff', '#ff7b72', '#56d364', '#d2a8ff', '#e3b341', '#5eead4', '#ff9bce', '#adbac7'] as const;

/** WCAG contrast ratio of two `#rrggbb` colours. */
export function contrast(a: string, b: string): number {
  const luminance = (hex: string) => {
    const [r, g, bl] = [1, 3, 5].map((i) => {
      const v = parseInt(hex.slice(i, i + 2), 16) / 255;
      return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r + 0.7152 * g + 0.0722 * bl;
  };
  const [x, y] = [luminance(a), luminance(b)].sort((p, q) => q - p);
  return (x + 0.05) / (y + 0.05);
}
