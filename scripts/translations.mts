/**
 * Applies a translation layer (prisma/translations/<set>.<lang>.json) to the default question set, or checks that
 * it is applied. Run after any change to prisma/default-question-set.json:
 *
 *   node --import tsx scripts/translations.mts check es   # exit 1 if the shipped set and the layer disagree
 *   node --import tsx scripts/translations.mts apply es   # writes the translations and their source fingerprints
 *
 * Texts whose English changed since they were translated, and new texts, are listed for the translator; they are
 * not applied, so the set then fails to publish in that language until they are translated (or it is switched off).
 */
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { parseDefinition } from "../lib/domain/question-set/definition-schema.ts";
import {
  applyTranslationLayer,
  type TranslationLayer,
} from "../lib/domain/question-set/translations/translation-layer.ts";
import { canonicalJson } from "../lib/domain/question-set/canonical-json.ts";
import * as prettier from "prettier";

const [command, code = "es"] = process.argv.slice(2);
const root = path.resolve(import.meta.dirname, "..");
const setPath = path.join(root, "prisma/default-question-set.json");
const layerPath = path.join(root, `prisma/translations/default-question-set.${code}.json`);

const raw: unknown = JSON.parse(readFileSync(setPath, "utf8"));
const parsed = parseDefinition(raw);
if (!parsed.ok) throw new Error(`The default question set is invalid: ${JSON.stringify(parsed.problems[0])}`);
const layer = JSON.parse(readFileSync(layerPath, "utf8")) as TranslationLayer;
const report = applyTranslationLayer(parsed.definition, layer);

for (const c of report.englishChanged)
  console.log(`English changed, re-translate: ${c.key}\n  was: ${c.was}\n  now: ${c.now}`);
for (const key of report.unknownKeys) console.log(`No longer in the set: ${key}`);
for (const key of report.untranslated) console.log(`Not translated: ${key}`);
console.log(`${report.applied.length} translations applied from ${path.relative(root, layerPath)}`);

if (command === "apply") {
  // Keep the file as authors wrote it (no defaults filled in): only the languages and translations change.
  const out = structuredClone(raw) as Record<string, unknown>;
  const merged = mergeTexts(out, report.definition);
  const options = (await prettier.resolveConfig(setPath)) ?? {};
  writeFileSync(setPath, await prettier.format(JSON.stringify(merged, null, 2), { ...options, filepath: setPath }));
} else if (command === "check") {
  const applied = parseDefinition(mergeTexts(structuredClone(raw) as Record<string, unknown>, report.definition));
  const same = applied.ok && canonicalJson(applied.definition) === canonicalJson(parsed.definition);
  if (!same || report.englishChanged.length || report.untranslated.length) {
    console.log("The default set and its translation layer disagree: run `apply` and translate what is listed.");
    process.exit(1);
  }
} else {
  console.log("usage: translations.mts check|apply <language>");
  process.exit(2);
}

/** Copies every locale map and the languages block from the translated definition onto the raw file. */
function mergeTexts(target: Record<string, unknown>, from: object): Record<string, unknown> {
  const walk = (t: unknown, f: unknown) => {
    if (!t || !f || typeof t !== "object" || typeof f !== "object") return;
    for (const [k, fv] of Object.entries(f)) {
      const tv = (t as Record<string, unknown>)[k];
      if (isLocaleMap(fv) && isLocaleMap(tv)) (t as Record<string, unknown>)[k] = { ...fv };
      else walk(tv, fv);
    }
  };
  walk(target, from);
  target.languages = (from as { languages?: unknown }).languages;
  return target;
}

function isLocaleMap(v: unknown): v is Record<string, string> {
  return !!v && typeof v === "object" && !Array.isArray(v) && typeof (v as { en?: unknown }).en === "string";
}
