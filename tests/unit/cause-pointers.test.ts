// Which answers point a clinician at a likely cause, and how the reason is written: causes named on a question
// itself (any answer counts), on the options chosen, and red flags whose reason sits inside a nested group.
import { describe, expect, it } from "vitest";
import type { Condition, DefinitionInput } from "../../lib/domain/question-set/definition-schema";
import { evaluate } from "../../lib/domain/triage/evaluate";
import { mustParse } from "./fixtures/parse";

const en = (text: string) => ({ en: text });
const yesno = (id: string) => ({ id, type: "yesno" as const, text: en(id), required: false });

function setWith(items: DefinitionInput["sections"][number]["items"], when?: Condition) {
  return mustParse({
    key: "cause-pointers",
    title: en("Cause pointers"),
    sections: [{ id: "s", title: en("S"), items }],
    ...(when && {
      redFlagRules: [
        {
          id: "probe",
          severity: "URGENT",
          title: en("Probe"),
          when,
          clinicianText: en("Probe."),
          patientText: en("Please contact a doctor today."),
          citation: "Test only",
        },
      ],
    }),
  });
}
const causesOf = (def: ReturnType<typeof setWith>, answers: Record<string, unknown>) =>
  evaluate(def, answers, { today: "2026-12-02" }).causes.map((c) => ({
    id: c.id,
    weight: c.weight,
    because: c.because.map((b) => [b.itemId, b.answer]),
  }));

describe("answers that point at a likely cause", () => {
  const desk = {
    id: "job",
    type: "single" as const,
    text: en("What is your work?"),
    required: false,
    causes: ["posture"],
    options: [
      { value: "desk", label: en("At a desk"), causes: ["prolonged-sitting"] },
      { value: "lifting", label: en("Lifting"), causes: ["lifting-technique", "repetitive-strain"] },
      { value: "other", label: en("Something else") },
    ],
  };
  const triggers = {
    id: "triggers",
    type: "multi" as const,
    text: en("What sets it off?"),
    required: false,
    options: [
      { value: "chair", label: en("Long sitting"), causes: ["prolonged-sitting"] },
      { value: "car", label: en("Driving"), causes: ["prolonged-sitting"] },
      { value: "cold", label: en("Cold") },
    ],
  };

  it("counts a question that names a cause itself for any answer, not just yes or a scale", () => {
    const notes = { id: "notes", type: "text" as const, text: en("Anything else?"), causes: ["degenerative"] };
    expect(causesOf(setWith([notes]), { notes: "stiff in the morning" })).toEqual([
      { id: "degenerative", weight: 1, because: [["notes", "stiff in the morning"]] },
    ]);
  });

  it("names the option chosen on a single choice that points at a cause, in the catalogue's order", () => {
    expect(causesOf(setWith([desk]), { job: "lifting" })).toEqual([
      { id: "repetitive-strain", weight: 1, because: [["job", "Lifting"]] },
      { id: "posture", weight: 1, because: [["job", "Lifting"]] },
      { id: "lifting-technique", weight: 1, because: [["job", "Lifting"]] },
    ]);
  });

  it("writes the whole answer when the question and the option both point at the same cause", () => {
    const both = { ...desk, causes: ["prolonged-sitting"] };
    expect(causesOf(setWith([both]), { job: "desk" })).toEqual([
      { id: "prolonged-sitting", weight: 2, because: [["job", "At a desk"]] },
    ]);
    // An option that points nowhere still leaves the question's own cause, named by the whole answer.
    expect(causesOf(setWith([both]), { job: "other" })).toEqual([
      { id: "prolonged-sitting", weight: 1, because: [["job", "Something else"]] },
    ]);
  });

  it("writes every choice made when a multiple choice points at the cause itself as well as through an option", () => {
    const both = { ...triggers, causes: ["prolonged-sitting"] };
    expect(causesOf(setWith([both]), { triggers: ["chair", "cold"] })).toEqual([
      { id: "prolonged-sitting", weight: 2, because: [["triggers", "Long sitting, Cold"]] },
    ]);
  });

  it("names every chosen option of a multiple choice that points at the cause, one point each", () => {
    expect(causesOf(setWith([triggers]), { triggers: ["chair", "cold", "car"] })).toEqual([
      { id: "prolonged-sitting", weight: 2, because: [["triggers", "Long sitting, Driving"]] },
    ]);
  });
});

describe("the answers a red flag names, inside nested groups", () => {
  it("does not name a yes from a group that was false as a whole", () => {
    // "Any of: (numb and weak), or fever": numb alone does not make the first group true, so only fever fired it.
    const when: Condition = {
      any: [
        {
          all: [
            { item: "numb", op: "equals", value: true },
            { item: "weak", op: "equals", value: true },
          ],
        },
        { item: "fever", op: "equals", value: true },
      ],
    };
    const def = setWith([yesno("numb"), yesno("weak"), yesno("fever")], when);
    const flag = evaluate(def, { numb: true, weak: false, fever: true }, { today: "2026-12-02" }).flags[0];
    expect(flag?.firedBy.map((e) => [e.itemId, e.answer])).toEqual([["fever", "Yes"]]);
  });
});
