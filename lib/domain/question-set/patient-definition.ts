import type { Definition } from "./definition-schema";
import { listTexts } from "./translations/text-keys";

/**
 * The definition as the patient's browser gets it: everything the form shows and decides with (questions,
 * conditions, computed values, the red-flag rules' conditions and patient texts), without what only staff read —
 * the rules' clinician texts and citations, the scores, and the translations' English fingerprints — and in two
 * languages only: the patient's and English (the fallback for an untranslated text and for a section offered in
 * English only). Changing language asks the server for the page again, so no other language is ever needed here.
 * The intake page serialises the definition into its HTML, so these bytes sat in front of the patient's first
 * paint; the server still validates and triages with the whole stored version.
 */
export function patientDefinition(definition: Definition, locale = "en"): Definition {
  const forPatient: Definition = structuredClone({
    ...definition,
    redFlagRules: definition.redFlagRules.map((rule) => ({ ...rule, clinicianText: { en: "" }, citation: "" })),
    scores: [],
    languages: definition.languages
      ?.filter((language) => language.code === locale)
      .map((language) => ({ ...language, sources: {} })),
  });
  for (const { text } of listTexts(forPatient)) {
    for (const code of Object.keys(text)) {
      if (code !== "en" && code !== locale) delete (text as Record<string, string>)[code];
    }
  }
  return forPatient;
}
