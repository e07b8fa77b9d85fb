/**
 * Translations in FHIR: the standard translation extension on a string's primitive element (`_text`, `_title`,
 * `_display`), one per language, so any FHIR tool can show the Questionnaire in Spanish. Our own extensions keep
 * the locale maps too, and the `languages` block (which languages patients may choose, the English each translation
 * was made from) travels in its own extension, so an export imported again is the same version.
 * Shape: http://hl7.org/fhir/R4/extension-translation.html (sub-extensions `lang` valueCode, `content` valueString).
 */
import type { LocaleText } from "../definition-schema";
import type { FhirExtension } from "./extensions";

export const TRANSLATION_URL = "http://hl7.org/fhir/StructureDefinition/translation";

export type FhirPrimitiveElement = { extension?: FhirExtension[] };

/** `{ extension: [translation…] }` for a primitive's `_name`, or undefined when the text is English only. */
export function translationsElement(text: LocaleText | undefined): FhirPrimitiveElement | undefined {
  if (!text) return undefined;
  const extension = Object.entries(text)
    .filter(([code, value]) => code !== "en" && value.trim())
    .map(([code, value]) => ({
      url: TRANSLATION_URL,
      extension: [
        { url: "lang", valueCode: code },
        { url: "content", valueString: value },
      ],
    }));
  return extension.length ? { extension } : undefined;
}

/** The translations found on a primitive's `_name` element, by language. */
export function readTranslations(element: unknown): Record<string, string> {
  const out: Record<string, string> = {};
  const list = (element as FhirPrimitiveElement | undefined)?.extension;
  if (!Array.isArray(list)) return out;
  for (const e of list) {
    if (e.url !== TRANSLATION_URL) continue;
    const lang = e.extension?.find((x) => x.url === "lang")?.valueCode;
    const content = e.extension?.find((x) => x.url === "content")?.valueString;
    if (lang && lang !== "en" && content?.trim()) out[lang] = content;
  }
  return out;
}

/** English from the primitive, translations from its element; our own locale map, when present, wins. */
export function localeTextFrom(english: string, element: unknown, own?: LocaleText): LocaleText {
  return own ?? { ...readTranslations(element), en: english };
}
