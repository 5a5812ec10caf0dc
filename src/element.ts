/**
 * The element and everything the one-file bundle exports: importing it defines
 * `<dateline-timeline>` (once; importing it again or into a page that already has it is safe).
 * `index.ts`, the package entry, adds the file converters.
 */
import { DatelineTimeline } from './dateline-timeline.js';

export { DatelineTimeline } from './dateline-timeline.js';
export { VERTICAL_BREAKPOINT } from './data/options.js';
export { LIST_PAGE } from './render/list.js';
export { SUMMARY_THRESHOLD } from './render/timeline.js';
export * from './types.js';
export type { TimelineFilter, FilterValue } from './core/match.js';
export type { ExportOptions, PngOptions } from './controllers/export.js';
export * from './events.js';
export { validateEvents, isSafeUrl, type NormalisedEvent, type ValidationResult, type ValidateOptions } from './core/validate.js';
export { normaliseDate, type NormalisedDate, type DatePoint, type Precision } from './core/dates.js';
export { formatDate, formatPoint } from './core/format.js';
export { en, type DatelineMessages, type LoadFailure } from './core/messages.js';

if (!customElements.get('dateline-timeline')) {
  customElements.define('dateline-timeline', DatelineTimeline);
}

declare global {
  interface HTMLElementTagNameMap {
    'dateline-timeline': DatelineTimeline;
  }
}
