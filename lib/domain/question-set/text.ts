import type { LocaleText } from "./definition-schema";

/** Resolves a locale map; English is always present, so it is the fallback. */
export function t(text: LocaleText, locale = "en"): string {
  return text[locale] ?? text.en;
}
