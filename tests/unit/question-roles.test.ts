import { describe, expect, it } from "vitest";
import { parseDefinition } from "../../lib/domain/question-set/definition-schema";
import { patientNameOf, publishProblems } from "../../lib/domain/question-set/roles";
import { validateDraft } from "../../lib/domain/question-set/editor/validate";
import { evaluate } from "../../lib/domain/triage/evaluate";
import { calmAnswers, clinicDefinition } from "./fixtures/clinic-definition";
import { defaultSet } from "./fixtures/default-set";
import { breakable, mustParse } from "./fixtures/parse";

/** The clinic set with its name and date-of-birth questions renamed, as an admin might. */
function renamed() {
  const def = breakable(clinicDefinition);
  const about = def.sections[0].items;
  about.find((i: { id: string }) => i.id === "full_name").id = "patient_name";
  about.find((i: { id: string }) => i.id === "date_of_birth").id = "born_on";
  return mustParse(def);
}

describe("questions found by their role, not their id", () => {
  it("still names the patient and gives the age in the summary after the questions are renamed", () => {
    const { full_name: _n, date_of_birth: _d, ...rest } = calmAnswers as Record<string, unknown>;
    const answers = { ...rest, patient_name: "Ada Lovelace", born_on: "1980-06-02" };
    const summary = evaluate(renamed(), answers, { today: "2025-06-01" }).summary;
    expect(summary.startsWith("Ada Lovelace, aged 44.")).toBe(true);
    expect(patientNameOf(renamed(), answers)).toBe("Ada Lovelace");
  });

  it("gives no name when the set has no question with the patient-name role", () => {
    const def = breakable(clinicDefinition);
    delete def.sections[0].items[0].role;
    expect(patientNameOf(mustParse(def), { full_name: "Ada Lovelace" })).toBe("");
  });

  it("refuses to publish a set without a patient-name or date-of-birth question", () => {
    const def = breakable(clinicDefinition);
    for (const item of def.sections[0].items) delete item.role;
    expect(publishProblems(mustParse(def)).map((p) => p.message)).toEqual([
      `No question is marked as asking for the patient's name: choose it in that question's settings ("What … asks for") before publishing`,
      `No question is marked as asking for the date of birth: choose it in that question's settings ("What … asks for") before publishing`,
    ]);
    expect(publishProblems(mustParse(clinicDefinition))).toEqual([]);
  });

  it("the editor's problems list the missing roles too, so 'No problems' means the draft can be published", () => {
    const def = breakable(clinicDefinition);
    for (const item of def.sections[0].items) delete item.role;
    expect(validateDraft(mustParse(def)).map((p) => p.message)).toEqual([
      expect.stringContaining("No question is marked as asking for the patient's name"),
      expect.stringContaining("No question is marked as asking for the date of birth"),
    ]);
    expect(validateDraft(mustParse(clinicDefinition))).toEqual([]);
  });

  it("publishes the default set, whose name, birth date, phone and email questions carry their roles", () => {
    const def = defaultSet();
    expect(publishProblems(def)).toEqual([]);
    const roles = def.sections.flatMap((s) =>
      s.items.flatMap((i) => (i.type !== "display" && i.role ? [[i.id, i.role]] : [])),
    );
    expect(roles).toEqual([
      ["full_name", "patientName"],
      ["date_of_birth", "dateOfBirth"],
      ["phone", "phone"],
      ["email", "email"],
    ]);
  });

  it("refuses a role given to two questions", () => {
    const def = breakable(clinicDefinition);
    def.sections[1].items.find((i: { id: string }) => i.id === "notes").role = "patientName";
    const parsed = parseDefinition(def);
    expect(parsed.ok ? [] : parsed.problems.map((p) => p.message)).toEqual([
      'Question "notes" has the role "patientName", which question "full_name" already has',
    ]);
  });

  it.each([
    ["patientName", "date_of_birth", "a plain text question"],
    ["dateOfBirth", "full_name", "a date question"],
    ["phone", "email", "a text question with the phone format"],
    ["email", "phone", "a text question with the email format"],
  ])("refuses the role %s on a question that cannot hold it (%s)", (role, id, needs) => {
    const def = breakable(clinicDefinition);
    for (const item of def.sections[0].items) delete item.role;
    def.sections[0].items.find((i: { id: string }) => i.id === id).role = role;
    const parsed = parseDefinition(def);
    expect(parsed.ok ? [] : parsed.problems.map((p) => p.message)).toEqual([
      `Question "${id}" has the role "${role}", which needs ${needs}`,
    ]);
  });

  it("names the roles there are when one is misspelt", () => {
    const def = breakable(clinicDefinition);
    def.sections[0].items[0].role = "patient_name";
    const parsed = parseDefinition(def);
    expect(parsed.ok ? [] : parsed.problems.map((p) => p.message)).toEqual([
      'Unknown role "patient_name"; use one of patientName, dateOfBirth, phone, email',
    ]);
  });
});
