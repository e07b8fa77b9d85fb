// What a hospital's Questionnaire says that our format can hold comes through the import and goes out again unchanged.
import { describe, expect, it } from "vitest";
import { readCorpus } from "./fixtures/fhir-corpus";
import { parseDefinition, type Definition } from "../../lib/domain/question-set/definition-schema";
import { initialAnswers } from "../../lib/domain/question-set/initial-answers";
import { questionnaireToDefinition } from "../../lib/domain/question-set/fhir/from-questionnaire";
import { definitionToQuestionnaire } from "../../lib/domain/question-set/fhir/to-questionnaire";
import { toQuestionnaireResponse } from "../../lib/domain/export/fhir-questionnaire-response";
import { checkResponse } from "../../lib/domain/question-set/fhir/check-response";

const BASE = "https://clinic.example/fhir";
type Q = {
  item: {
    linkId: string;
    code?: unknown;
    initial?: unknown;
    answerOption?: unknown;
    extension?: unknown;
    item?: Q["item"];
  }[];
};

function imported(input: unknown) {
  const result = questionnaireToDefinition(input, "fallback");
  if (!result.ok) throw new Error(result.message);
  return { ...result, messages: result.notes.map((n) => `${n.linkId}: ${n.message}`) };
}
const items = (d: Definition) => new Map(d.sections.flatMap((s) => s.items).map((i) => [i.id, i]));
const exported = (d: Definition) =>
  JSON.parse(JSON.stringify(definitionToQuestionnaire(d, { canonicalBase: BASE, version: 1 }))) as Q;
const fhirItems = (q: Q) => new Map(q.item.flatMap((g) => [g, ...(g.item ?? [])]).map((i) => [i.linkId, i]));

function parsed(d: Definition) {
  const r = parseDefinition(d);
  if (!r.ok) throw new Error(JSON.stringify(r.problems));
  return r.definition;
}

describe("item codes and option codings from other terminologies", () => {
  const r = imported(readCorpus("sdc-weight-height.json"));
  const definition = parsed(r.definition);

  it("keeps a LOINC item code on the question and exports it again unchanged", () => {
    expect(items(definition).get("q")).toMatchObject({ codes: [{ system: "http://loinc.org", code: "29463-7" }] });
    const original = fhirItems(readCorpus("sdc-weight-height.json") as Q).get("/29463-7")!.code;
    expect(fhirItems(exported(definition)).get("q")!.code).toEqual(original);
  });

  it("keeps LOINC answer codes with their system and display, and answers carry them in the response", () => {
    const question = items(definition).get("q_2");
    if (question?.type !== "single") throw new Error("expected a single choice");
    expect(question.options[0]!.coding?.system).toBe("http://loinc.org");
    const original = fhirItems(readCorpus("sdc-weight-height.json") as Q).get("/8352-7")!.answerOption as {
      valueCoding: { system: string; code: string; display: string };
    }[];
    const again = fhirItems(exported(definition)).get("q_2")!.answerOption as typeof original;
    expect(again.map((o) => o.valueCoding)).toEqual(original.map((o) => o.valueCoding));

    const answer = question.options[0]!.value;
    const response = toQuestionnaireResponse(
      definition,
      {
        id: "r1",
        referenceCode: "REF-1",
        createdAt: new Date("2026-12-01T10:00:00Z"),
        version: 1,
        answers: { q_2: answer },
      },
      BASE,
    );
    const coding = response.item[0]!.item![0]!.answer![0]!;
    expect(coding).toEqual({ valueCoding: original.find((o) => o.valueCoding.code === answer)!.valueCoding });
    expect(checkResponse(exported(definition) as never, response)).toEqual([]);
  });

  it("import → export → import gives the same codes", () => {
    const second = imported(exported(definition));
    expect(parsed(second.definition)).toEqual(definition);
  });
});

describe("default answers (FHIR initial)", () => {
  it("keeps a text question's default and pre-fills it for the patient", () => {
    const r = imported(readCorpus("sdc-initial-value.json"));
    const definition = parsed(r.definition);
    expect(items(definition).get("init_val_string")).toMatchObject({ initial: "YUP" });
    expect(initialAnswers(definition)).toEqual({ init_val_string: "YUP" });
    expect(fhirItems(exported(definition)).get("init_val_string")!.initial).toEqual([{ valueString: "YUP" }]);
  });

  const withRule = (initial: boolean) => ({
    resourceType: "Questionnaire",
    status: "active",
    item: [
      {
        linkId: "symptoms",
        type: "group",
        text: "Symptoms",
        item: [
          {
            linkId: "saddle_numbness",
            type: "boolean",
            text: "Numbness between the legs?",
            initial: [{ valueBoolean: initial }],
          },
          { linkId: "desk_hours", type: "integer", text: "Hours at a desk each day", initial: [{ valueInteger: 8 }] },
        ],
      },
    ],
    extension: [
      {
        url: "https://spine-intake.org/fhir/StructureDefinition/red-flag-rules",
        valueString: JSON.stringify([
          {
            id: "saddle",
            severity: "EMERGENT",
            title: { en: "Saddle numbness" },
            when: { item: "saddle_numbness", op: "equals", value: true },
            clinicianText: { en: "Possible cauda equina" },
            patientText: { en: "Seek emergency care now" },
            citation: "NHS CKS",
          },
        ]),
      },
    ],
  });

  it("never pre-answers a red-flag question: the default is refused on import with the reason", () => {
    const r = imported(withRule(false));
    const definition = parsed(r.definition);
    expect(items(definition).get("saddle_numbness")).not.toHaveProperty("initial");
    expect(r.messages).toContain(
      'saddle_numbness: Initial answer "false" not kept: red-flag rule "saddle" reads it, and a pre-filled answer could hide an alert the patient would have raised (or raise one they did not)',
    );
    expect(initialAnswers(definition)).toEqual({ desk_hours: 8 });
  });

  it("refuses to accept a draft whose red-flag question was given a default later", () => {
    const definition = parsed(imported(withRule(false)).definition);
    const edited = JSON.parse(JSON.stringify(definition)) as Definition;
    (edited.sections[0]!.items[0] as { initial?: boolean }).initial = true;
    const result = parseDefinition(edited);
    expect(result.ok).toBe(false);
    if (!result.ok)
      expect(result.problems.map((p) => p.message).join("\n")).toMatch(
        /Question "saddle_numbness" cannot have a default answer: red-flag rule "saddle" reads it/,
      );
  });

  it("refuses a default on a question a score counts, or one that is not among the options", () => {
    const q = readCorpus("sdc-phq9.json") as Q;
    (q.item[0]!.item![0] as { initial?: unknown }).initial = [{ valueCoding: { code: "Not-at-all" } }];
    (q.item[0]!.item![1] as { initial?: unknown }).initial = [{ valueCoding: { code: "never-heard-of" } }];
    const r = imported(q);
    expect(r.messages.join("\n")).toMatch(/H1\/T1\/Q1: Initial answer "Not-at-all" not kept: score "total" counts it/);
    expect(r.messages.join("\n")).toMatch(/H1\/T1\/Q2: Initial answer "never-heard-of" not kept: it is not one of/);
    expect(initialAnswers(parsed(r.definition))).toEqual({});
  });
});

describe("hidden items", () => {
  const q = (type: string) => ({
    resourceType: "Questionnaire",
    status: "active",
    item: [
      {
        linkId: "g",
        type: "group",
        text: "About you",
        item: [
          { linkId: "shown", type: "string", text: "Your job" },
          {
            linkId: "secret",
            type,
            text: "For the receiving system only",
            extension: [{ url: "http://hl7.org/fhir/StructureDefinition/questionnaire-hidden", valueBoolean: true }],
          },
        ],
      },
    ],
  });

  it("keeps hidden display text hidden, and exports it hidden again", () => {
    const definition = parsed(imported(q("display")).definition);
    expect(items(definition).get("secret")).toMatchObject({ type: "display", hidden: true });
    expect(fhirItems(exported(definition)).get("secret")!.extension).toContainEqual({
      url: "http://hl7.org/fhir/StructureDefinition/questionnaire-hidden",
      valueBoolean: true,
    });
  });

  it("leaves out a hidden question, saying why, rather than showing it to patients", () => {
    const r = imported(q("string"));
    expect(items(r.definition).has("secret")).toBe(false);
    expect(r.messages).toContain(
      "secret: Hidden question left out: every question here is shown to patients, and a hidden one is never asked",
    );
  });
});
