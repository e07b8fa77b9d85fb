/**
 * Editor operations on translations, pure: each returns a new definition and goes through the ordinary draft
 * save, so authorization, row-version checks and the audit trail are the same as for any other edit.
 */
import type { Definition } from "../definition-schema";
import type { Language } from "./languages-schema";
import { sourceHash } from "./source-hash";
import { listTexts } from "./text-keys";

function withLanguage(definition: Definition, code: string, change: (l: Language) => Language): Definition {
  return {
    ...definition,
    languages: (definition.languages ?? []).map((l) => (l.code === code ? change(l) : l)),
  };
}

/**
 * Writes one translation and records the English it was made from. A blank translation removes it (a blank is
 * never shown to a patient; the text becomes missing instead).
 */
export function setTranslation(definition: Definition, code: string, key: string, value: string): Definition {
  const next = structuredClone(definition);
  const entry = listTexts(next).find((t) => t.key === key);
  const language = next.languages?.find((l) => l.code === code);
  if (!entry || !language) return definition;
  const text = entry.text as Record<string, string>;
  if (value.trim()) {
    text[code] = value;
    language.sources[key] = sourceHash(entry.text.en);
  } else {
    delete text[code];
    delete language.sources[key];
  }
  return next;
}

/** The English changed in a way that does not change the translation (a typo): mark it current again. */
export function confirmTranslation(definition: Definition, code: string, key: string): Definition {
  const entry = listTexts(definition).find((t) => t.key === key);
  if (!entry?.text[code]?.trim()) return definition;
  return withLanguage(definition, code, (l) => ({ ...l, sources: { ...l.sources, [key]: sourceHash(entry.text.en) } }));
}

export function addLanguage(definition: Definition, code: string, name: string): Definition {
  if ((definition.languages ?? []).some((l) => l.code === code) || code === "en") return definition;
  return {
    ...definition,
    languages: [...(definition.languages ?? []), { code, name, patients: false, sources: {} }],
  };
}

/** Switching a language off for a version lets it publish while its translation is unfinished. */
export function setLanguageForPatients(definition: Definition, code: string, patients: boolean): Definition {
  return withLanguage(definition, code, (l) => ({ ...l, patients }));
}

/** Right-to-left scripts (Arabic, Hebrew, …) turn the patient pages around; off removes the flag. */
export function setLanguageRightToLeft(definition: Definition, code: string, rtl: boolean): Definition {
  return withLanguage(definition, code, ({ rtl: _rtl, ...l }) => (rtl ? { ...l, rtl: true } : l));
}
