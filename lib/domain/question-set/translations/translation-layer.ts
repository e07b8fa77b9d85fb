/**
 * A translation kept apart from the definition it belongs to, keyed by text key and carrying the English each
 * translation was made from. The shipped Spanish of the default set is one (prisma/translations/): when the
 * default set gets a new version, the layer is applied again and every text whose English changed, or that the
 * layer lacks, is reported instead of being translated silently from old English.
 */
import type { Definition } from "../definition-schema";
import { licenceLockOfText, licenceLocks } from "../licensed-instruments";
import type { Language } from "./languages-schema";
import { setTranslation } from "./edit-translations";
import { listTexts } from "./text-keys";

export type TranslationLayer = {
  language: Omit<Language, "sources" | "patients"> & { patients?: boolean };
  texts: Record<string, { en: string; [code: string]: string }>;
};

export type LayerReport = {
  definition: Definition;
  applied: string[];
  /** In the layer, but the English in the definition differs from the English it was translated from. */
  englishChanged: { key: string; was: string; now: string }[];
  /** In the layer, but no such text in the definition (a question or option removed or renamed). */
  unknownKeys: string[];
  /** Patient texts the layer has no translation for (English-only sections and licensed wording excluded). */
  untranslated: string[];
  /** In the layer, but the registered English wording of a licensed instrument: never translated, left out. */
  licensed: string[];
};

export function applyTranslationLayer(definition: Definition, layer: TranslationLayer): LayerReport {
  const { code } = layer.language;
  const { englishOnlySections, englishOnlyNote, rtl, name } = layer.language;
  const others = (definition.languages ?? []).filter((l) => l.code !== code);
  let next: Definition = {
    ...definition,
    languages: [
      ...others,
      {
        code,
        name,
        patients: layer.language.patients ?? false,
        sources: {},
        ...(rtl ? { rtl } : {}),
        ...(englishOnlySections ? { englishOnlySections } : {}),
        ...(englishOnlyNote ? { englishOnlyNote } : {}),
      },
    ],
  };
  const texts = new Map(listTexts(definition).map((t) => [t.key, t]));
  const report: Omit<LayerReport, "definition"> = {
    applied: [],
    englishChanged: [],
    unknownKeys: [],
    untranslated: [],
    licensed: [],
  };
  const locks = licenceLocks(definition);
  for (const [key, entry] of Object.entries(layer.texts)) {
    const text = texts.get(key);
    const translation = entry[code];
    if (!text) report.unknownKeys.push(key);
    else if (licenceLockOfText(locks, key)) {
      if (translation?.trim()) report.licensed.push(key);
    } else if (text.text.en.trim() !== entry.en.trim())
      report.englishChanged.push({ key, was: entry.en, now: text.text.en });
    else if (translation?.trim()) {
      next = setTranslation(next, code, key, translation);
      report.applied.push(key);
    }
  }
  const englishOnly = new Set(englishOnlySections ?? []);
  const done = new Set(report.applied);
  for (const text of texts.values()) {
    if (!text.patient || done.has(text.key) || (text.sectionId && englishOnly.has(text.sectionId))) continue;
    if (licenceLockOfText(locks, text.key)) continue;
    report.untranslated.push(text.key);
  }
  return { definition: next, ...report };
}
