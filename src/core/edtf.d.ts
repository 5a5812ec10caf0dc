// Minimal typings for the parts of the `edtf` package Dateline uses (it ships none).
declare module 'edtf' {
  export interface ParsedDate {
    type: 'Date' | 'Year' | 'Season' | 'Decade' | 'Century' | 'Interval' | 'List' | 'Set';
    level: number;
    values: (number | ParsedDate | null)[];
    approximate?: boolean | number;
    uncertain?: boolean | number;
    unspecified?: number;
    offset?: number;
    timeZone?: string;
  }
  export interface ExtendedDate {
    min: number;
    max: number;
  }
  /** Only tests use the date classes; the library's bundle uses `parse` alone. */  export function parse(input: string, constraints?: { level?: number }): ParsedDate;
  export default function edtf(input: string | ParsedDate): ExtendedDate;
}
