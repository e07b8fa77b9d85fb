import type { LocaleText } from "./definition-schema";

/**
 * Resolves a locale map. English is always present, so it is the fallback: a missing or blank translation shows
 * the English, never an empty label (publishing refuses a language switched on with texts missing, see
 * translations/status.ts).
 */
export function t(text: LocaleText, locale = "en"): string {
  const translated = text[locale];
  return translated?.trim() ? translated : text.en;
}
