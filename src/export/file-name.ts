/** The name a saved export gets: the timeline's name and the dates it covers, safe on every file system. */

/** A time (floating ms) as `yyyy-mm-dd`, or as its year beyond the range of a `Date`. */
function day(t: number): string {
  const d = new Date(t);
  if (Number.isNaN(+d)) return '';
  const year = d.getUTCFullYear();
  const y = year < 0 ? `${Math.abs(year - 1)}bce` : String(year).padStart(4, '0');
  const two = (n: number) => String(n).padStart(2, '0');
  return `${y}-${two(d.getUTCMonth() + 1)}-${two(d.getUTCDate())}`;
}

/**
 * `north-korean-troops-in-russia_2023-09-13_2024-11-04.svg`: the title's letters and digits in any
 * script (lower case, other characters as hyphens, at most 60), then the first and last day.
 */
export function fileName(title: string, extent: readonly [number, number] | undefined, extension: string): string {
  const slug =
    title
      .normalize('NFC')
      .toLowerCase()
      .replace(/[^\p{L}\p{N}]+/gu, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 60)
      .replace(/-+$/, '') || 'timeline';
  const dates = extent ? [day(extent[0]), day(extent[1])].filter(Boolean) : [];
  return `${[slug, ...new Set(dates)].join('_')}.${extension}`;
}
