// The default question set ships in Spanish: every patient text translated from the English as it is now, the
// safety questions and their advice included; STarT Back stays in English (its licence), with a note saying so.
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { defaultSet } from "./fixtures/default-set";
import {
  applyTranslationLayer,
  completeness,
  languageOf,
  patientLanguages,
  setLanguageForPatients,
  translationProblems,
  translationRows,
  type TranslationLayer,
} from "../../lib/domain/question-set/translations";

const layer = JSON.parse(
  readFileSync(
    fileURLToPath(new URL("../../prisma/translations/default-question-set.es.json", import.meta.url)),
    "utf8",
  ),
) as TranslationLayer;

describe("the default set in Spanish", () => {
  it("is complete: nothing missing, nothing stale, so it publishes with Spanish switched on for patients", () => {
    const set = defaultSet();
    expect(completeness(set, "es")).toMatchObject({ stale: 0, missing: 0 });
    expect(completeness(set, "es").needed).toBeGreaterThan(130);
    expect(translationProblems(setLanguageForPatients(set, "es", true))).toEqual([]);
  });

  it("is offered to patients (v4), and the set still passes the publish check with it switched on", () => {
    expect(patientLanguages(defaultSet())).toEqual(["en", "es"]);
    expect(translationProblems(defaultSet())).toEqual([]);
  });

  it("translates every safety question and every red-flag advice text", () => {
    const set = defaultSet();
    const rows = translationRows(set, "es");
    const safety = rows.filter((r) => r.sectionId === "red_flags" || r.key.endsWith(".patientText"));
    expect(safety.length).toBeGreaterThan(40);
    for (const row of safety) expect([row.key, row.state]).toEqual([row.key, "current"]);
    // Every EMERGENT advice tells the patient to seek emergency care now, as the English does.
    const emergent = set.redFlagRules.filter((r) => r.severity === "EMERGENT" && r.id !== "cauda-equina-unsure");
    expect(emergent.length).toBeGreaterThan(0);
    for (const rule of emergent) expect(rule.patientText.es).toMatch(/Busque atención de urgencias ahora/);
  });

  it("keeps STarT Back in English with a note, because its Spanish version may not be shipped", () => {
    const set = defaultSet();
    expect(languageOf(set, "es")).toMatchObject({ englishOnlySections: ["start_back"] });
    expect(languageOf(set, "es")?.englishOnlyNote).toMatch(/solo están en inglés/);
    const startBack = translationRows(set, "es").filter((r) => r.sectionId === "start_back");
    expect(startBack.every((r) => r.state === "english-only" && r.translation === "")).toBe(true);
  });

  it("is exactly the translation layer applied to the English (run scripts/translations.mts apply es after edits)", () => {
    const english = defaultSet();
    const report = applyTranslationLayer(english, layer);
    expect(report.englishChanged).toEqual([]);
    expect(report.unknownKeys).toEqual([]);
    expect(report.untranslated).toEqual([]);
    expect(report.definition).toEqual(english);
  });
});
