// Which sections become steps of the patient's form: a page with nothing on it for the patient is no step.
import { describe, expect, it } from "vitest";
import type { Definition } from "../../lib/domain/question-set/definition-schema";
import { visibleItemIds } from "../../lib/domain/question-set/conditions";
import { questionnaireToDefinition } from "../../lib/domain/question-set/fhir/from-questionnaire";
import { shownSections, wizardStepCount } from "../../lib/domain/intake-flow/shown-sections";
import { openingStepCount } from "../../lib/domain/intake-flow/opening-steps";
import { parseDefinition } from "../../lib/domain/question-set/definition-schema";
import { validateDraft } from "../../lib/domain/question-set/editor/validate";
import { corpusFiles, readCorpus, sampleAnswers } from "./fixtures/fhir-corpus";

const HIDDEN = [{ url: "http://hl7.org/fhir/StructureDefinition/questionnaire-hidden", valueBoolean: true }];

function definition(sections: Definition["sections"]): Definition {
  return { key: "test", title: { en: "Test" }, sections, rules: [], scores: [] } as unknown as Definition;
}
const steps = (d: Definition, answers: Record<string, unknown> = {}) =>
  shownSections(d, visibleItemIds(d, answers)).map((s) => s.id);

describe("the steps of the patient's form", () => {
  const pain = {
    id: "pain",
    title: { en: "Your pain" },
    items: [{ id: "where", type: "text", text: { en: "Where does it hurt?" }, required: false, maxLength: 500 }],
  };
  const staffNote = {
    id: "staff",
    title: { en: "For staff" },
    items: [{ id: "note", type: "display", text: { en: "Coded for the EHR" }, hidden: true }],
  };
  // Shown once "where" is answered.
  const later = {
    id: "later",
    title: { en: "Later" },
    items: [
      {
        id: "detail",
        type: "text",
        text: { en: "Tell us more" },
        required: false,
        maxLength: 500,
        enableWhen: { item: "where", op: "answered" },
      },
    ],
  };

  it("leaves out a section that holds only hidden text: the patient would see an empty page", () => {
    const d = definition([pain, staffNote] as Definition["sections"]);
    expect(steps(d)).toEqual(["pain"]);
    expect(wizardStepCount(shownSections(d, visibleItemIds(d, {})))).toBe(3);
  });

  it("keeps a section of hidden text beside a question, and a section of text the patient reads", () => {
    const mixed = {
      ...staffNote,
      id: "mixed",
      items: [...staffNote.items, ...pain.items.map((i) => ({ ...i, id: "q2" }))],
    };
    const info = {
      id: "info",
      title: { en: "Before you start" },
      items: [{ id: "welcome", type: "display", text: { en: "This takes ten minutes." } }],
    };
    expect(steps(definition([info, mixed] as Definition["sections"]))).toEqual(["info", "mixed"]);
  });

  it("leaves out a section whose questions the answers so far hide", () => {
    const d = definition([pain, later] as Definition["sections"]);
    expect(steps(d)).toEqual(["pain"]);
    expect(steps(d, { where: "Lower back" })).toEqual(["pain", "later"]);
  });

  it("counts, for a new patient's consent step, the sections the form's default answers open", () => {
    const plain = definition([pain, later] as Definition["sections"]);
    expect(openingStepCount(plain, "2026-12-03")).toBe(3);
    const answered = { ...pain, items: [{ ...pain.items[0]!, initial: "Lower back" }] };
    expect(openingStepCount(definition([answered, later] as Definition["sections"]), "2026-12-03")).toBe(4);
  });

  it("gives no step to an imported group whose items are all hidden", () => {
    const r = questionnaireToDefinition(
      {
        resourceType: "Questionnaire",
        status: "active",
        item: [
          { linkId: "shown", type: "group", text: "Shown", item: [{ linkId: "a", type: "string", text: "A" }] },
          {
            linkId: "coded",
            type: "group",
            text: "Only hidden",
            item: [
              { linkId: "b", type: "string", text: "B", extension: HIDDEN },
              { linkId: "c", type: "display", text: "C", extension: HIDDEN },
            ],
          },
        ],
      },
      "imported",
    );
    if (!r.ok) throw new Error(r.message);
    expect(r.definition.sections.map((s) => s.id)).toEqual(["shown", "coded"]);
    expect(steps(r.definition)).toEqual(["shown"]);
  });

  it("gives every step of each corpus Questionnaire something the patient sees", () => {
    for (const file of corpusFiles()) {
      const r = questionnaireToDefinition(readCorpus(file), "imported");
      if (!r.ok) throw new Error(`${file}: ${r.message}`);
      const visible = visibleItemIds(r.definition, sampleAnswers(r.definition));
      for (const section of shownSections(r.definition, visible))
        expect(
          section.items.some((i) => visible.has(i.id) && !(i.type === "display" && i.hidden)),
          `${file} ${section.id}`,
        ).toBe(true);
    }
  });
});

describe("a question set with no step for the patient", () => {
  const hiddenOnly = {
    key: "coded",
    title: { en: "Coded" },
    sections: [
      {
        id: "staff",
        title: { en: "For staff" },
        items: [{ id: "note", type: "display", text: { en: "Coded for the EHR" }, hidden: true }],
      },
      {
        id: "more",
        title: { en: "More codes" },
        items: [{ id: "note2", type: "display", text: { en: "Also for the EHR" }, hidden: true }],
      },
    ],
  };

  it("cannot be published: the editor says, about the whole set, that patients would see no step", () => {
    expect(parseDefinition(hiddenOnly).ok).toBe(false);
    const problems = validateDraft(hiddenOnly as unknown as Definition);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ path: "sections", place: { kind: "definition" }, anchor: "editor-definition" });
    expect(problems[0]!.message).toBe(
      "The question set: patients would see no step between consent and sending: every section holds only hidden text; add a question or text patients read",
    );
  });

  it("can be published once one section has a question, or text patients read", () => {
    const withQuestion = structuredClone(hiddenOnly);
    withQuestion.sections[1]!.items.push({ id: "where", type: "text", text: { en: "Where does it hurt?" } } as never);
    expect(parseDefinition(withQuestion).ok).toBe(true);
    const withText = structuredClone(hiddenOnly);
    delete (withText.sections[0]!.items[0] as { hidden?: boolean }).hidden;
    expect(parseDefinition(withText).ok).toBe(true);
  });

  it("is what an imported Questionnaire of only hidden items becomes: a draft whose problem says why", () => {
    const r = questionnaireToDefinition(
      {
        resourceType: "Questionnaire",
        status: "active",
        item: [
          {
            linkId: "coded",
            type: "group",
            text: "Only hidden",
            item: [
              { linkId: "b", type: "string", text: "B", extension: HIDDEN },
              { linkId: "c", type: "display", text: "C", extension: HIDDEN },
            ],
          },
        ],
      },
      "imported",
    );
    if (!r.ok) throw new Error(r.message);
    expect(steps(r.definition)).toEqual([]);
    expect(validateDraft(r.definition).map((p) => p.message)).toContainEqual(
      expect.stringContaining("patients would see no step"),
    );
  });
});
