import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { emergentFlags, urgentFlags } from "../../components/intake/live-flags";
import { buildAnswerSchema } from "../../lib/domain/question-set/answer-schema";
import { parseDefinition, type Definition } from "../../lib/domain/question-set/definition-schema";
import { patientDefinition } from "../../lib/domain/question-set/patient-definition";
import { visibleWithComputed } from "../../lib/domain/question-set/rule-answers";
import { answersWith } from "../fixtures/default-answers";

function defaultSet(): Definition {
  const parsed = parseDefinition(
    JSON.parse(readFileSync(fileURLToPath(new URL("../../prisma/default-question-set.json", import.meta.url)), "utf8")),
  );
  if (!parsed.ok) throw new Error("the default question set is invalid");
  return parsed.definition;
}

const full = defaultSet();
const forPatient = patientDefinition(full);
const forSpanishPatient = patientDefinition(full, "es");
const spanishOf = (d: Definition) => d.sections.flatMap((s) => s.items.map((item) => item.text.es));

describe("the question set as the patient's browser receives it", () => {
  it("carries none of what only staff read: clinician texts, citations, scores, translation fingerprints", () => {
    const text = JSON.stringify(forPatient);
    for (const rule of full.redFlagRules) {
      expect(text).not.toContain(rule.citation);
      expect(text).not.toContain(rule.clinicianText.en);
    }
    expect(forPatient.scores).toEqual([]);
    expect(forSpanishPatient.languages?.map((l) => l.sources)).toEqual([{}]);
    expect(text.length).toBeLessThan(JSON.stringify(full).length * 0.8);
  });

  it("keeps every question, English wording and patient warning the form shows", () => {
    const englishOnly = (d: Definition) => JSON.parse(JSON.stringify(d, (k, v) => (k === "es" ? undefined : v)));
    expect(forPatient.sections).toEqual(englishOnly(full).sections);
    expect(forPatient.computed).toEqual(full.computed);
    expect(forPatient.redFlagRules.map((r) => [r.id, r.severity, r.when, r.title.en, r.patientText.en])).toEqual(
      full.redFlagRules.map((r) => [r.id, r.severity, r.when, r.title.en, r.patientText.en]),
    );
  });

  it("sends an English-speaking patient no other language, and a Spanish-speaking one Spanish and English only", () => {
    expect(spanishOf(full).filter(Boolean).length).toBeGreaterThan(20);
    expect(spanishOf(forPatient).filter(Boolean)).toEqual([]);
    expect(forPatient.languages).toEqual([]);
    expect(JSON.stringify(forPatient).length).toBeLessThan(JSON.stringify(patientDefinition(full, "es")).length * 0.75);

    expect(spanishOf(forSpanishPatient)).toEqual(spanishOf(full));
    expect(forSpanishPatient.sections.flatMap((s) => s.items.map((i) => i.text.en))).toEqual(
      full.sections.flatMap((s) => s.items.map((i) => i.text.en)),
    );
    expect(forSpanishPatient.languages?.map(({ sources: _, ...l }) => l)).toEqual(
      full.languages?.filter((l) => l.code === "es").map(({ sources: _, ...l }) => l),
    );
  });

  it("leaves the stored version as it was", () => {
    expect(spanishOf(full).filter(Boolean).length).toBeGreaterThan(20);
    expect(full.scores.length).toBeGreaterThan(0);
  });

  it.each<[string, Record<string, unknown>]>([
    ["nothing alarming", {}],
    ["saddle numbness", { saddle_numbness: true }],
    ["not sure about bladder control", { bladder_control: "not_sure" }],
    ["a fever", { fever: true }],
    ["a woman who is pregnant", { sex: "female", pregnant: true }],
  ])("warns, shows questions and checks answers exactly as the full set does: %s", (_, patch) => {
    const raw = answersWith(patch as never);
    expect(emergentFlags(forPatient, raw)).toEqual(emergentFlags(full, raw));
    expect(emergentFlags(forSpanishPatient, raw, "es")).toEqual(emergentFlags(full, raw, "es"));
    expect(urgentFlags(forPatient, raw)).toEqual(urgentFlags(full, raw));
    expect([...visibleWithComputed(forPatient, raw as never, "2026-12-02")]).toEqual([
      ...visibleWithComputed(full, raw as never, "2026-12-02"),
    ]);
    const parse = (d: Definition) => buildAnswerSchema(d, { today: "2026-12-02" }).safeParse(raw);
    expect(parse(forPatient)).toEqual(parse(full));
  });
});
