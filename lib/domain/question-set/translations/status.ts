/**
 * Where each translation stands. A translation is current when its language records, for its text, the
 * fingerprint of the English as it is now; when an admin changes the English the fingerprints differ and the
 * translation is stale until someone re-translates or confirms it; when the English is edited back, they match
 * again and it is current again. A blank translation counts as missing, never as a translation.
 */
import type { Definition, DefinitionProblem } from "../definition-schema";
import { licenceLockOfText, licenceLocks } from "../licensed-instruments";
import type { Language } from "./languages-schema";
import { sourceHash } from "./source-hash";
import { listTexts, type TranslatableText } from "./text-keys";

export type TranslationState = "current" | "stale" | "missing" | "english-only";

export type TranslationRow = TranslatableText & {
  state: TranslationState;
  translation: string;
  /** The licensed instrument whose registered English this is: never translated here ("english-only"). */
  licensed?: string;
};

export type Completeness = {
  /** Texts that need this language (patient texts outside English-only sections). */
  needed: number;
  current: number;
  stale: number;
  missing: number;
  /** Texts in sections offered in English only in this language. */
  englishOnly: number;
};

export function languagesOf(definition: Definition): readonly Language[] {
  return definition.languages ?? [];
}

export function languageOf(definition: Definition, code: string): Language | undefined {
  return languagesOf(definition).find((l) => l.code === code);
}

/** The languages a patient may choose, English first. */
export function patientLanguages(definition: Definition): string[] {
  return ["en", ...languagesOf(definition).flatMap((l) => (l.patients ? [l.code] : []))];
}

/** One row per text, staff texts included (they are optional: their state is reported, never required). */
export function translationRows(definition: Definition, code: string): TranslationRow[] {
  const language = languageOf(definition, code);
  const englishOnly = new Set(language?.englishOnlySections ?? []);
  const locks = licenceLocks(definition);
  return listTexts(definition).map((entry) => {
    const translation = entry.text[code]?.trim() ?? "";
    const licensed = licenceLockOfText(locks, entry.key)?.name;
    const state: TranslationState =
      licensed !== undefined || (entry.sectionId !== undefined && englishOnly.has(entry.sectionId))
        ? "english-only"
        : !translation
          ? "missing"
          : language?.sources[entry.key] === sourceHash(entry.text.en)
            ? "current"
            : "stale";
    return { ...entry, state, translation, ...(licensed ? { licensed } : {}) };
  });
}

export function completeness(definition: Definition, code: string): Completeness {
  const counts: Completeness = { needed: 0, current: 0, stale: 0, missing: 0, englishOnly: 0 };
  for (const row of translationRows(definition, code)) {
    if (!row.patient) continue;
    if (row.state === "english-only") {
      counts.englishOnly++;
      continue;
    }
    counts.needed++;
    counts[row.state]++;
  }
  return counts;
}

/**
 * What stops publishing for translations: in every language switched on for patients, each patient text that is
 * missing or stale (one problem each, at the text's path, so the panel links to its card), plus language entries
 * that do not make sense. A language switched off for the version is not checked: its patients get English.
 */
export type TranslationProblem = DefinitionProblem & { translation?: { code: string; key: string } };

/** DOM id of a text's row in the editor's translations view. */
export function translationAnchor(code: string, key: string): string {
  return `translation-${code}-${key.replace(/[^A-Za-z0-9_-]/g, "-")}`;
}

export function translationProblems(definition: Definition): TranslationProblem[] {
  const problems: TranslationProblem[] = [];
  const sectionIds = new Set(definition.sections.map((s) => s.id));
  const seen = new Set<string>();
  languagesOf(definition).forEach((language, li) => {
    if (seen.has(language.code))
      problems.push({ path: `languages[${li}].code`, message: `The language "${language.code}" is listed twice` });
    seen.add(language.code);
    language.englishOnlySections?.forEach((id, i) => {
      if (!sectionIds.has(id))
        problems.push({
          path: `languages[${li}].englishOnlySections[${i}]`,
          message: `${language.name} lists "${id}" as English-only, but there is no such step`,
        });
    });
    if (language.englishOnlySections?.length && !language.englishOnlyNote)
      problems.push({
        path: `languages[${li}].englishOnlyNote`,
        message: `${language.name} has steps in English only: write the note that tells patients why`,
      });
    if (!language.patients) return;
    for (const row of translationRows(definition, language.code)) {
      if (!row.patient || (row.state !== "missing" && row.state !== "stale")) continue;
      const english = JSON.stringify(shorten(row.text.en));
      problems.push({
        path: `${row.path}.${language.code}`,
        translation: { code: language.code, key: row.key },
        message:
          row.state === "missing"
            ? `${language.name}: no translation of ${row.label.toLowerCase()} ${english} (translate it, or switch ${language.name} off for patients)`
            : `${language.name}: the translation of ${row.label.toLowerCase()} ${english} is out of date: the English changed after it was translated`,
      });
    }
  });
  return problems;
}

function shorten(text: string): string {
  return text.length > 60 ? `${text.slice(0, 57)}…` : text;
}
