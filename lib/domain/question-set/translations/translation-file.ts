/**
 * The file a translator works on: one language's patient texts, each with the English it translates (the same shape
 * as the shipped layers in prisma/translations/). The editor hands one out and loads one back into a draft, so a
 * clinic adds a language without a developer.
 */
import * as z from "zod";
import type { Definition } from "../definition-schema";
import { languageSchema } from "./languages-schema";
import { listTexts } from "./text-keys";
import { licenceLockOfText, licenceLocks } from "../licensed-instruments";
import { applyTranslationLayer, type LayerReport, type TranslationLayer } from "./translation-layer";

/** A whole set in one language is a few hundred KB at most; anything far larger is not a translation file. */
export const MAX_TRANSLATION_FILE_BYTES = 2_000_000;

const fileSchema = z.strictObject({
  language: languageSchema
    .pick({ code: true, name: true, rtl: true, englishOnlySections: true, englishOnlyNote: true })
    .extend({
      patients: z.boolean().optional(),
    }),
  texts: z.record(z.string().max(300), z.object({ en: z.string() }).catchall(z.string())),
});

/** The chosen language's patient texts with their English and what is translated so far, for the translator. */
export function translationFileFor(definition: Definition, code: string): TranslationLayer | null {
  const language = definition.languages?.find((l) => l.code === code);
  if (!language) return null;
  const englishOnly = new Set(language.englishOnlySections ?? []);
  const locks = licenceLocks(definition);
  const texts: TranslationLayer["texts"] = {};
  for (const text of listTexts(definition)) {
    if (!text.patient || (text.sectionId && englishOnly.has(text.sectionId))) continue;
    // A licensed instrument's registered wording is not the clinic's to translate.
    if (licenceLockOfText(locks, text.key)) continue;
    texts[text.key] = { en: text.text.en, [code]: text.text[code] ?? "" };
  }
  const { sources: _sources, patients: _patients, ...described } = language;
  return { language: described, texts };
}

export type TranslationFileResult = { ok: true; code: string; report: LayerReport } | { ok: false; message: string };

/**
 * A translator's file applied to a draft. Only translations made from today's English are taken; the rest are
 * reported. Whether the language is offered to patients stays as the draft has it (a file cannot switch it on).
 */
export function readTranslationFile(definition: Definition, text: string): TranslationFileResult {
  if (text.length > MAX_TRANSLATION_FILE_BYTES)
    return { ok: false, message: "That file is too large to be a translation file." };
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return { ok: false, message: "That file is not valid JSON. Nothing was changed." };
  }
  const parsed = fileSchema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue?.path.length ? ` (at ${issue.path.join(".")})` : "";
    return {
      ok: false,
      message: `That is not a translation file${where}: ${issue?.message ?? "unexpected shape"}. Nothing was changed.`,
    };
  }
  const { language, texts } = parsed.data;
  const existing = definition.languages?.find((l) => l.code === language.code);
  const report = applyTranslationLayer(definition, {
    language: { ...language, patients: existing?.patients ?? false },
    texts,
  });
  return { ok: true, code: language.code, report };
}
