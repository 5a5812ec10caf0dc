// Minimal typings for the parts of the `edtf` package Dateline uses (it ships none).
declare module 'edtf' {
  /** Defined in dates.ts, so that the published types never name this untyped package. */
  // An ambient module cannot import by a relative path; an import() type can.
  // eslint-disable-next-line @typescript-eslint/consistent-type-imports
  export type ParsedDate = import('./dates.js').ParsedDate;
  export interface ExtendedDate {
    min: number;
    max: number;
  }
  /** Only tests use the date classes; the library's bundle uses `parse` alone. */  export function parse(input: string, constraints?: { level?: number }): ParsedDate;
  export default function edtf(input: string | ParsedDate): ExtendedDate;
}
