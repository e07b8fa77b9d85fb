// Conditions and scores in FHIR's words: what an SDC renderer evaluates (enableWhen, FHIRPath
// enableWhenExpression, calculatedExpression) must agree with our own engine on the same answers.
import { evalFhirPathTyped, toTypedValue } from "@medplum/core";
import { beforeAll, describe, expect, it } from "vitest";
import { defaultSet } from "./fixtures/default-set";
import { loadFhirValidator } from "./fixtures/fhir-validator";
import { answersWith } from "../fixtures/default-answers";
import type { Condition, Definition } from "../../lib/domain/question-set/definition-schema";
import { evaluateCondition, pruneHiddenAnswers } from "../../lib/domain/question-set/conditions";
import { computeScores } from "../../lib/domain/scoring/compute-scores";
import { conditionToFhir, toFhirPath } from "../../lib/domain/question-set/fhir/condition-to-fhir";
import { definitionToQuestionnaire, itemInfo } from "../../lib/domain/question-set/fhir/to-questionnaire";
import { scoreExpression } from "../../lib/domain/question-set/fhir/score-items";
import { STD, type FhirExtension } from "../../lib/domain/question-set/fhir/extensions";
import { toQuestionnaireResponse } from "../../lib/domain/export/fhir-questionnaire-response";

const BASE = "https://clinic.example/fhir";
beforeAll(loadFhirValidator, 60_000);

function responseFor(definition: Definition, answers: Record<string, unknown>) {
  return toQuestionnaireResponse(
    definition,
    {
      id: "s1",
      referenceCode: "R-1",
      createdAt: new Date("2026-11-25T10:00:00Z"),
      version: 1,
      answers: answers as never,
    },
    BASE,
  );
}
function fhirPath(expression: string, resource: unknown): unknown[] {
  const tv = toTypedValue(resource);
  return evalFhirPathTyped(expression, [tv], { "%resource": tv }).map((v) => v.value);
}

describe("a condition exported for other renderers", () => {
  const def = defaultSet();
  const info = itemInfo(def, BASE);

  it("writes a comparison with the compared question's own type: integer, coding with its system, date", () => {
    expect(conditionToFhir({ item: "pain_now", op: "gte", value: 7 }, info)).toEqual({
      enableWhen: [{ question: "pain_now", operator: ">=", answerInteger: 7 }],
    });
    expect(conditionToFhir({ item: "sex", op: "equals", value: "female" }, info)).toEqual({
      enableWhen: [
        {
          question: "sex",
          operator: "=",
          answerCoding: { system: `${BASE}/CodeSystem/back-spasm-intake-sex`, code: "female" },
        },
      ],
    });
    expect(conditionToFhir({ item: "onset_activity", op: "includes", value: "injury" }, info)).toMatchObject({
      enableWhen: [{ question: "onset_activity", operator: "=", answerCoding: { code: "injury" } }],
    });
  });

  it("writes 'not equal' with 'exists' beside it, so an unanswered question hides the item as ours does", () => {
    expect(conditionToFhir({ item: "sex", op: "notEquals", value: "male" }, info)).toMatchObject({
      enableWhen: [
        { question: "sex", operator: "exists", answerBoolean: true },
        { question: "sex", operator: "!=" },
      ],
      enableBehavior: "all",
    });
  });

  it("falls back to an SDC enableWhenExpression for 'not', nesting, and 'not equal' inside 'any'", () => {
    const cases: Condition[] = [
      { not: { item: "saddle_numbness", op: "equals", value: true } },
      { all: [{ item: "pain_now", op: "gt", value: 5 }, { any: [{ item: "fever", op: "equals", value: true }] }] },
      {
        any: [
          { item: "sex", op: "notEquals", value: "male" },
          { item: "fever", op: "equals", value: true },
        ],
      },
    ];
    for (const c of cases) expect(conditionToFhir(c, info)).toHaveProperty("expression");
    const q = definitionToQuestionnaire(
      {
        ...def,
        sections: def.sections.map((s) =>
          s.id === "anything_else" ? { ...s, items: s.items.map((i) => ({ ...i, enableWhen: cases[0] })) } : s,
        ),
      },
      { canonicalBase: BASE },
    );
    const notes = q.item!.find((g) => g.linkId === "anything_else")!.item![0]!;
    expect(notes.enableWhen).toBeUndefined();
    expect(notes.extension?.map((e: FhirExtension) => e.url)).toContain(STD.enableWhenExpression);
  });

  it("as FHIRPath, gives what our engine gives on the same answers (answered, unanswered, hidden)", () => {
    const conditions: Condition[] = [
      { item: "sex", op: "notEquals", value: "male" },
      { not: { item: "saddle_numbness", op: "equals", value: true } },
      { item: "pain_now", op: "gte", value: 7 },
      { item: "pain_map", op: "includes", value: "buttock-right" },
      { item: "onset_activity", op: "includes", value: "injury" },
      { item: "pregnancy_weeks", op: "answered" },
      { item: "date_of_birth", op: "equals", value: "1980-05-17" },
      { all: [{ item: "fever", op: "equals", value: true }, { not: { item: "first_episode", op: "answered" } }] },
      {
        any: [
          { item: "duration", op: "equals", value: "today" },
          { item: "pain_worst", op: "lt", value: 3 },
        ],
      },
    ];
    const answerSets = [
      answersWith({}),
      answersWith({ sex: "male", saddle_numbness: true, pain_now: 8, pain_map: ["buttock-right"], fever: true }),
      answersWith({
        sex: "female",
        pregnant: true,
        pregnancy_weeks: 20,
        onset_activity: ["injury"],
        duration: "today",
      }),
      pruneHiddenAnswers(def, { sex: "female", pain_worst: 2 }),
    ];
    for (const raw of answerSets) {
      const answers = pruneHiddenAnswers(def, raw);
      const qr = responseFor(def, answers);
      for (const c of conditions) {
        expect([fhirPath(toFhirPath(c, info), qr), JSON.stringify(c)]).toEqual([
          [evaluateCondition(c, answers)],
          JSON.stringify(c),
        ]);
      }
    }
  });
});

describe("a score exported as an SDC calculated item", () => {
  it("computes the STarT Back total our engine computes", () => {
    const def = defaultSet();
    const items = new Map(def.sections.flatMap((s) => s.items.map((i) => [i.id, i] as const)));
    const cases = [
      answersWith({}),
      answersWith({ sb1: true, sb2: true, sb3: false, sb5: true, sb9: "very_much" }),
      answersWith({ sb1: true, sb4: true, sb6: true, sb7: true, sb8: true, sb9: "moderately" }),
    ];
    for (const raw of cases) {
      const answers = pruneHiddenAnswers(def, raw);
      const ours = computeScores(def, answers).find((s) => s.id === "start_back");
      const theirs = fhirPath(scoreExpression(def.scores[0]!, items), responseFor(def, answers));
      expect(theirs).toEqual(ours ? [ours.total] : []);
    }
  });

  it("is a read-only item in a group of its own, and the response carries its value", () => {
    const def = defaultSet();
    const q = definitionToQuestionnaire(def, { canonicalBase: BASE });
    const group = q.item!.at(-1)!;
    expect(group.linkId).toBe("_scores");
    expect(group.item![0]).toMatchObject({ linkId: "_scores.start_back", type: "decimal", readOnly: true });
    expect(group.item![0]!.extension?.map((e) => e.url)).toContain(STD.calculatedExpression);
  });
});

describe("the body map", () => {
  it("is a repeating choice with a coded option per region and an itemControl naming our map", () => {
    const q = definitionToQuestionnaire(defaultSet(), { canonicalBase: BASE });
    const map = q.item!.flatMap((g) => g.item ?? []).find((i) => i.linkId === "pain_map")!;
    expect(map).toMatchObject({ type: "choice", repeats: true });
    expect(map.answerOption!.length).toBe(37);
    expect(map.answerOption![0]!.valueCoding).toEqual({
      system: `${BASE}/CodeSystem/pain-map-region`,
      code: "head",
      display: "Head or face",
    });
    expect(JSON.stringify(map.extension)).toContain('"code":"body-map"');
  });
});

describe("rules and scores in the Questionnaire", () => {
  it("are structured extensions, not JSON text", () => {
    const q = definitionToQuestionnaire(defaultSet(), { canonicalBase: BASE });
    const strings: string[] = [];
    const walk = (value: unknown) => {
      if (Array.isArray(value)) value.forEach(walk);
      else if (value && typeof value === "object") {
        for (const [k, v] of Object.entries(value)) {
          if (k === "valueString" && typeof v === "string") strings.push(v);
          walk(v);
        }
      }
    };
    walk(q.extension);
    expect(strings.length).toBeGreaterThan(10);
    expect(strings.filter((s) => /^[[{]/.test(s) && s.length > 2)).toEqual([]);
  });
});
