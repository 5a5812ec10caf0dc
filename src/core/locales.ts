/**
 * The UI strings Dateline ships: English, Korean, Ukrainian, Russian, French, German, Spanish and
 * Arabic. Dates themselves are formatted by Intl in the timeline's locale; these are the words
 * around them.
 */
import { en, type DatelineMessages } from './messages.js';
import { ko } from './locales/ko.js';
import { uk } from './locales/uk.js';
import { ru } from './locales/ru.js';
import { fr } from './locales/fr.js';
import { de } from './locales/de.js';
import { es } from './locales/es.js';
import { ar } from './locales/ar.js';

/** The shipped messages by language subtag. */
export const MESSAGES: Readonly<Record<string, DatelineMessages>> = { en, ko, uk, ru, fr, de, es, ar };

/** Languages written right to left, for `dir` when the page does not say. */
const RTL = new Set(['ar', 'he', 'fa', 'ur', 'ps', 'sd', 'ug', 'yi', 'dv', 'ckb']);

/** The shipped messages for a BCP 47 locale (by its language), English when none ships. */
export function messagesFor(locale: string | undefined): DatelineMessages {
  return MESSAGES[(locale ?? 'en').toLowerCase().split('-')[0]] ?? en;
}

/** Whether a locale's language is written right to left. */
export function isRtlLocale(locale: string | undefined): boolean {
  return RTL.has((locale ?? '').toLowerCase().split('-')[0]);
}
