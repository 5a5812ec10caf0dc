/**
 * Text as the tests compare it across engines. Intl's date ranges come with or without spaces
 * around the dash by the engine's ICU (Chromium and Firefox "1 – 31 October 2024", WebKitGTK
 * "1–31 October 2024"); both read the same, so they are compared with spaces.
 */
export const dashes = (s: string | null | undefined): string => (s ?? '').replace(/\s*–\s*/g, ' – ');
