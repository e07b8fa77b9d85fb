// A version as a FHIR R4 Questionnaire and back: standard fields for other tools, our extensions for
// what FHIR cannot say, and an item-by-item report of what a foreign Questionnaire loses on import.
import { describe, expect, it } from "vitest";
import { defaultSet } from "./fixtures/default-set";
import { parseDefinition, type Definition } from "../../lib/domain/question-set/definition-schema";
import { deepEqual } from "../../lib/domain/question-set/editor/diff";
import { definitionToQuestionnaire } from "../../lib/domain/question-set/fhir/to-questionnaire";
import { questionnaireToDefinition } from "../../lib/domain/question-set/fhir/from-questionnaire";

function roundTrip(definition: Definition) {
  const exported = JSON.parse(
    JSON.stringify(definitionToQuestionnaire(definition, { version: 3, status: "PUBLISHED" })),
  );
  const imported = questionnaireToDefinition(exported, "fallback");
  if (!imported.ok) throw new Error(imported.message);
  return imported;
}

describe("FHIR Questionnaire export", () => {
  it("writes sections as groups and questions with linkId, type, required, answerOption and enableWhen", () => {
    const q = definitionToQuestionnaire(defaultSet(), { version: 1, status: "PUBLISHED" });
    expect(q).toMatchObject({
      resourceType: "Questionnaire",
      status: "active",
      version: "1",
      name: "BackSpasmIntake",
      url: "http://localhost:3000/Questionnaire/back-spasm-intake",
    });
    const groups = q.item!;
    expect(groups.every((g) => g.type === "group")).toBe(true);
    const items = groups.flatMap((g) => g.item ?? []);
    const byId = new Map(items.map((i) => [i.linkId, i]));
    expect(byId.get("saddle_numbness")).toMatchObject({ type: "boolean" });
    expect(byId.get("duration")?.answerOption?.[0]?.valueCoding?.code).toBe("today");
    expect(byId.get("onset_activity")).toMatchObject({ type: "choice", repeats: true });
    expect(byId.get("pregnancy_weeks")?.enableWhen).toEqual([
      { question: "pregnant", operator: "=", answerBoolean: true },
    ]);
    expect(byId.get("pregnant")).toMatchObject({ enableBehavior: "any" });
    expect(items.some((i) => i.required)).toBe(true);
    expect(q.extension?.map((e) => e.url)).toEqual(
      expect.arrayContaining([expect.stringContaining("red-flag-rules"), expect.stringContaining("scores")]),
    );
  });
});

describe("FHIR round trip", () => {
  it("gives back an equal definition for the default set, with nothing to report", () => {
    const original = defaultSet();
    const imported = roundTrip(original);
    expect(imported.notes).toEqual([]);
    const parsed = parseDefinition(imported.definition);
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    expect(deepEqual(parsed.definition, original)).toBe(true);
    expect(parsed.definition).toEqual(original);
  });

  it("keeps translations, help text and every question type", () => {
    const def = defaultSet();
    const first = def.sections[0]!.items[0]!;
    first.text = { en: "Name", fr: "Nom" };
    first.help = { en: "As on your card", fr: "Comme sur votre carte" };
    const imported = roundTrip(def);
    const parsed = parseDefinition(imported.definition);
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
    expect(parsed.definition).toEqual(def);
  });
});

describe("importing a foreign Questionnaire", () => {
  it("imports what it can and reports, item by item, what it cannot", () => {
    const result = questionnaireToDefinition(
      {
        resourceType: "Questionnaire",
        name: "other-clinic",
        title: "Other clinic",
        status: "active",
        item: [
          {
            linkId: "1",
            type: "group",
            text: "About you",
            item: [
              { linkId: "1.1", type: "boolean", text: "Smoker?", required: true },
              { linkId: "1.2", type: "attachment", text: "Upload a scan" },
              { linkId: "1.3", type: "choice", text: "Country", answerValueSet: "http://example.org/vs/countries" },
              {
                linkId: "1.4",
                type: "integer",
                text: "Cigarettes a day",
                enableWhen: [{ question: "1.1", operator: "=", answerBoolean: true }],
              },
            ],
          },
          { linkId: "loose", type: "string", text: "Anything else?" },
        ],
      },
      "fallback",
    );
    if (!result.ok) throw new Error(result.message);
    const messages = result.notes.map((n) => `${n.linkId}: ${n.message}`);
    expect(messages).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^1\.2: Question type "attachment" cannot be imported/),
        expect.stringMatching(/^1\.3: Choices from a value set/),
        expect.stringMatching(/^loose: Question outside any group/),
        expect.stringMatching(/^1\.1: Question id "1\.1" is not allowed here/),
      ]),
    );
    const items = result.definition.sections.flatMap((s) => s.items);
    expect(items.map((i) => i.type)).toEqual(["yesno", "number", "text"]);
    // The condition follows the renamed id.
    expect(items[1]!.enableWhen).toEqual({ item: items[0]!.id, op: "equals", value: true });
    expect(parseDefinition(result.definition).ok).toBe(true);
  });

  it("refuses something that is not a Questionnaire", () => {
    expect(questionnaireToDefinition({ resourceType: "Patient" }, "x")).toMatchObject({ ok: false });
  });
});
