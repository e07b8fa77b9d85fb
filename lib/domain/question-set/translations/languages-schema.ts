/**
 * The languages a question set is translated into, beside English (the source every translation is made from).
 * Translated words live in the locale maps themselves (`{ en: "…", es: "…" }`) so every screen reads them the
 * same way; what lives here is which languages patients may choose and, per text, the fingerprint of the English
 * each translation was made from — the record that tells a stale translation from a current one.
 */
import * as z from "zod";

/** BCP 47 language with an optional region ("es", "pt-BR"); English is the source, not a translation. */
export const LANGUAGE_CODE = /^[a-z]{2,3}(-[A-Z]{2})?$/;

export const languageSchema = z.strictObject({
  code: z
    .string()
    .regex(LANGUAGE_CODE, 'Write the language as a code such as "es" or "pt-BR"')
    .refine((code) => code !== "en", "English is the source language; it is not listed as a translation"),
  /** The language's name in itself ("Español"), as the patient's language choice shows it. */
  name: z.string().trim().min(1, "Give the language's own name, e.g. Español"),
  /** Offered to patients. Publishing is refused while any patient text in it is missing or stale. */
  patients: z.boolean().default(false),
  /** Right-to-left script (Arabic, Hebrew, …): patient pages get dir="rtl". */
  rtl: z.boolean().optional(),
  /** Text key → fingerprint of the English the translation was made from (see source-hash.ts). */
  sources: z.record(z.string(), z.string()).default({}),
  /**
   * Sections offered in English only in this language, e.g. a validated instrument whose licence does not let us
   * ship its translation. Their texts do not count as missing; the patient sees `englishOnlyNote` above them.
   */
  englishOnlySections: z.array(z.string()).optional(),
  englishOnlyNote: z.string().trim().min(1).optional(),
});

export const languagesSchema = z.array(languageSchema);

export type Language = z.output<typeof languageSchema>;
