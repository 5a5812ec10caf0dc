/** Typed CustomEvents that `<dateline-timeline>` dispatches. */
import type { TimelineFilter } from './core/match.js';
import type { DataFormat, ImportedData, TimelineEvent, TimelineProblem } from './types.js';

export interface DatelineSelectDetail {
  id: string;
  event: TimelineEvent;
}
export interface DatelineRangeChangeDetail {
  start: Date;
  end: Date;
}
export interface DatelineInvalidDetail {
  problems: TimelineProblem[];
}
export interface DatelineLoadDetail {
  /** The `src` loaded, or `''` for inline data. */
  src: string;
  format: DataFormat;
  /** The events that render. */
  count: number;
  /** The file's title (TimelineJS's title slide), as plain text with its media. */
  title?: ImportedData['title'];
}
export interface DatelineFilterChangeDetail {
  /** The filter as the bar set it. */
  filter: TimelineFilter;
  /** How many events match it. */
  matches: number;
}
export interface DatelineErrorDetail {
  /** The `src` that failed, or `''` for inline data. */
  src: string;
  /** Why, in a sentence. */
  message: string;
  /** The HTTP status, when the server answered with an error. */
  status?: number;
}

/** Creates a bubbling, composed CustomEvent, the form every Dateline event takes. */
export function createDatelineEvent<T>(type: string, detail: T): CustomEvent<T> {
  return new CustomEvent<T>(type, { detail, bubbles: true, composed: true });
}

declare global {
  interface HTMLElementEventMap {
    'dateline-select': CustomEvent<DatelineSelectDetail>;
    'dateline-range-change': CustomEvent<DatelineRangeChangeDetail>;
    'dateline-invalid': CustomEvent<DatelineInvalidDetail>;
    'dateline-load': CustomEvent<DatelineLoadDetail>;
    'dateline-error': CustomEvent<DatelineErrorDetail>;
    'dateline-filter-change': CustomEvent<DatelineFilterChangeDetail>;
  }
}
