/** Typed CustomEvents that `<dateline-timeline>` dispatches. */
import type { TimelineEvent, TimelineProblem } from './types.js';

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

/** Creates a bubbling, composed CustomEvent, the form every Dateline event takes. */
export function createDatelineEvent<T>(type: string, detail: T): CustomEvent<T> {
  return new CustomEvent<T>(type, { detail, bubbles: true, composed: true });
}

declare global {
  interface HTMLElementEventMap {
    'dateline-select': CustomEvent<DatelineSelectDetail>;
    'dateline-range-change': CustomEvent<DatelineRangeChangeDetail>;
    'dateline-invalid': CustomEvent<DatelineInvalidDetail>;
  }
}
