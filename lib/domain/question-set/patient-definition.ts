import type { Definition } from "./definition-schema";

/**
 * The definition as the patient's browser gets it: everything the form shows and decides with (questions,
 * conditions, computed values, the red-flag rules' conditions and patient texts), without what only staff read —
 * the rules' clinician texts and citations, the scores, and the translations' English fingerprints. The intake
 * page serialises the definition into its HTML, so these bytes sat in front of the patient's first paint; the
 * server still validates and triages with the whole stored version.
 */
export function patientDefinition(definition: Definition): Definition {
  return {
    ...definition,
    redFlagRules: definition.redFlagRules.map((rule) => ({ ...rule, clinicianText: { en: "" }, citation: "" })),
    scores: [],
    languages: definition.languages?.map((language) => ({ ...language, sources: {} })),
  };
}
