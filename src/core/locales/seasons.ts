/** The 21 EDTF season names (21-41), built from a language's words. */
export function seasons(
  four: [string, string, string, string],
  north: (s: string) => string,
  south: (s: string) => string,
  quarter: (n: number) => string,
  third: (n: number) => string,
  half: (n: number) => string,
): string[] {
  return [...four, ...four.map(north), ...four.map(south), ...[1, 2, 3, 4].map(quarter), ...[1, 2, 3].map(third), ...[1, 2].map(half)];
}
