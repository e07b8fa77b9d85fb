// FHIR `repeats`: a question that takes several answers keeps taking several where our questions can
// (a repeating choice is a multiple choice); where they cannot, the import says so item by item.
import { describe, expect, it } from "vitest";
import { readCorpus } from "./fixtures/fhir-corpus";
import { parseDefinition, type Definition } from "../../lib/domain/question-set/definition-schema";
import { questionnaireToDefinition } from "../../lib/domain/question-set/fhir/from-questionnaire";
import { definitionToQuestionnaire } from "../../lib/domain/question-set/fhir/to-questionnaire";
import { toQuestionnaireResponse } from "../../lib/domain/export/fhir-questionnaire-response";
import { checkResponse } from "../../lib/domain/question-set/fhir/check-response";
import type { FhirQuestionnaire } from "../../lib/domain/question-set/fhir/extensions";

const BASE = "https://clinic.example/fhir";
type FhirItem = { linkId: string; type: string; repeats?: boolean; item?: FhirItem[] };

function imported(input: unknown) {
  const result = questionnaireToDefinition(input, "fallback");
  if (!result.ok) throw new Error(result.message);
  return { ...result, messages: result.notes.map((n) => `${n.linkId}: ${n.message}`) };
}
const itemsOf = (d: Definition) => new Map(d.sections.flatMap((s) => s.items).map((i) => [i.id, i]));
const exported = (d: Definition) =>
  JSON.parse(JSON.stringify(definitionToQuestionnaire(d, { canonicalBase: BASE, version: 1 }))) as FhirQuestionnaire & {
    item: FhirItem[];
  };
const fhirItems = (q: { item: FhirItem[] }) =>
  new Map(q.item.flatMap((g) => [g, ...(g.item ?? [])]).map((i) => [i.linkId, i]));

const options = [
  { valueCoding: { code: "a", display: "Morning" } },
  { valueCoding: { code: "b", display: "Evening" } },
];
const questionnaire = {
  resourceType: "Questionnaire",
  status: "active",
  item: [
    {
      linkId: "pain",
      type: "group",
      text: "Your pain",
      item: [
        { linkId: "when", type: "choice", text: "When does it hurt?", repeats: true, answerOption: options },
        { linkId: "worst", type: "choice", text: "When is it worst?", answerOption: options },
        { linkId: "meds", type: "string", text: "Medicines you take", repeats: true },
        { linkId: "falls", type: "date", text: "Dates of falls", repeats: true },
        {
          linkId: "visits",
          type: "group",
          text: "Each visit",
          repeats: true,
          item: [{ linkId: "visit_reason", type: "string", text: "Reason" }],
        },
      ],
    },
  ],
};

describe("importing repeating questions", () => {
  const r = imported(questionnaire);
  const items = itemsOf(r.definition);

  it("keeps a repeating choice as a multiple choice, and a plain choice as a single choice", () => {
    expect(items.get("when")).toMatchObject({ type: "multi" });
    expect(items.get("worst")).toMatchObject({ type: "single" });
    expect(r.messages.filter((m) => m.startsWith("when:") || m.startsWith("worst:"))).toEqual([]);
  });

  it("names each repeating question it can only ask once, and each repeating group", () => {
    expect(r.messages).toContainEqual(expect.stringMatching(/^meds: Repeating answers not kept: a text question/));
    expect(r.messages).toContainEqual(expect.stringMatching(/^falls: Repeating answers not kept: a date question/));
    expect(r.messages).toContainEqual(expect.stringMatching(/^visits: Repeating group imported once/));
  });

  it("writes repeats for a multiple choice on export, and the round trip keeps it", () => {
    const definition = parseDefinition(r.definition);
    if (!definition.ok) throw new Error(JSON.stringify(definition.problems));
    const q = exported(definition.definition);
    const out = fhirItems(q);
    expect(out.get("when")?.repeats).toBe(true);
    expect(out.get("worst")?.repeats).not.toBe(true);
    const again = imported(q);
    expect(itemsOf(again.definition).get("when")).toEqual(items.get("when"));
    expect(again.messages.filter((m) => /repeat/i.test(m))).toEqual([]);
  });

  it("exports a patient's several answers to it as several answers that fit the Questionnaire", () => {
    const definition = parseDefinition(r.definition);
    if (!definition.ok) throw new Error(JSON.stringify(definition.problems));
    const answers = { when: ["a", "b"], worst: "b" };
    const response = toQuestionnaireResponse(
      definition.definition,
      { id: "rep1", referenceCode: "REPT-0001", createdAt: new Date("2026-11-25T10:00:00Z"), version: 1, answers },
      BASE,
    );
    const when = JSON.stringify(response).match(/"linkId":"when"[^\]]*\]/)?.[0] ?? "";
    expect(when.match(/valueCoding/g)).toHaveLength(2);
    expect(checkResponse(exported(definition.definition), response)).toEqual([]);
  });
});

describe("repeating items in the corpus", () => {
  it("keeps the SDC enableWhen sample's repeating 'Adverse outcomes' as a multiple choice", () => {
    const r = imported(readCorpus("sdc-enablewhen.json"));
    expect(itemsOf(r.definition).get("bc029")).toMatchObject({ type: "multi" });
  });
});
