/**
 * The UI strings Dateline ships: English, Korean, Ukrainian, Russian, French, German, Spanish and
 * Arabic. Dates themselves are formatted by Intl in the timeline's locale; these are the words
 * around them.
 */
import { en, type DatelineMessages } from './messages.js';

/**
 * The languages that ship besides English, each loaded the first time a timeline uses it: the
 * bundle keeps them in chunks of their own, so a page loads only the words it shows.
 */
const LOADERS: Readonly<Record<string, () => Promise<DatelineMessages>>> = {
  ko: () => import('./locales/ko.js').then((m) => m.ko),
  uk: () => import('./locales/uk.js').then((m) => m.uk),
  ru: () => import('./locales/ru.js').then((m) => m.ru),
  fr: () => import('./locales/fr.js').then((m) => m.fr),
  de: () => import('./locales/de.js').then((m) => m.de),
  es: () => import('./locales/es.js').then((m) => m.es),
  ar: () => import('./locales/ar.js').then((m) => m.ar),
};

/** The languages that ship, by subtag. */
export const LANGUAGES: readonly string[] = ['en', ...Object.keys(LOADERS)];

const loaded = new Map<string, DatelineMessages>([['en', en]]);
const loading = new Map<string, Promise<DatelineMessages>>();
const languageOf = (locale: string | undefined) => (locale ?? 'en').toLowerCase().split('-')[0];

/** The shipped messages of a locale's language once loaded (see `loadMessages`); English until then, and for other languages. */
export function messagesFor(locale: string | undefined): DatelineMessages {
  return loaded.get(languageOf(locale)) ?? en;
}

/** Loads the messages of a locale's language; null when they are loaded already, or none ship. */
export function loadMessages(locale: string | undefined): Promise<DatelineMessages> | null {
  const lang = languageOf(locale);
  if (loaded.has(lang) || !LOADERS[lang]) return null;
  let promise = loading.get(lang);
  if (!promise) {
    promise = LOADERS[lang]().then((m) => (loaded.set(lang, m), m));
    // A failed load (the chunk could not be fetched) is tried again next time; English stands in.
    promise.catch(() => loading.delete(lang));
    loading.set(lang, promise);
  }
  return promise;
}

/** Languages written right to left, for `dir` when the page does not say. */
const RTL = new Set(['ar', 'he', 'fa', 'ur', 'ps', 'sd', 'ug', 'yi', 'dv', 'ckb']);

/** Whether a locale's language is written right to left. */
export function isRtlLocale(locale: string | undefined): boolean {
  return RTL.has((locale ?? '').toLowerCase().split('-')[0]);
}
