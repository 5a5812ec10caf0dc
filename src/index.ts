/**
 * Dateline: a dated, interactive timeline web component. Importing this module defines
 * `<dateline-timeline>` (once; importing it again or into a page that already has it is safe).
 * It also exports the pure file converters, for build-time conversion; the one-file bundle
 * (`dateline/bundle`, built from `element.ts`) leaves them out and loads them on first use.
 */
export * from './element.js';
export { fromTimelineJS, parseCSV } from './import/converters.js';
