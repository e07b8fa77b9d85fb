import { describe, expect, it } from "vitest";
import { CAUSES } from "../../lib/domain/causes/catalog";
import { evaluate, TRIAGE_LEVELS } from "../../lib/domain/triage/evaluate";
import { calmAnswers, clinicDefinition } from "./fixtures/clinic-definition";
import { breakable, mustParse } from "./fixtures/parse";

const clinic = mustParse(clinicDefinition);
const causeNames = (...ids: string[]) => ids.map((id) => CAUSES.find((c) => c.id === id)?.name).join(", ");
const TODAY = "2025-06-01";
const triage = (patch: Record<string, unknown> = {}, locale?: string) =>
  evaluate(clinic, { ...calmAnswers, ...patch }, { today: TODAY, ...(locale && { locale }) });

describe("triage of a submission", () => {
  it("leaves a patient with nothing alarming ROUTINE, with no flags", () => {
    const result = triage();
    expect(result.level).toBe("ROUTINE");
    expect(result.flags).toEqual([]);
    expect(result.causes).toEqual([]);
  });

  it("makes a fever answer URGENT", () => {
    const result = triage({ fever: true });
    expect(result.level).toBe("URGENT");
    expect(result.flags.map((f) => f.ruleId)).toEqual(["fever"]);
  });

  it("makes a saddle-numbness answer EMERGENT", () => {
    const result = triage({ saddle_numbness: true });
    expect(result.level).toBe("EMERGENT");
    expect(result.flags[0]).toEqual({
      ruleId: "saddle-anaesthesia",
      severity: "EMERGENT",
      title: "Saddle numbness",
      clinicianText: "Possible cauda equina syndrome.",
      patientText: "Call the emergency number now.",
      citation: "NHS CKS; Chou 2011; ACR variant 4",
      firedBy: [{ itemId: "saddle_numbness", question: "Numbness between the legs?", answer: "Yes" }],
    });
  });

  it("puts EMERGENT flags first even when an URGENT rule comes earlier in the question set", () => {
    const result = triage({ fever: true, saddle_numbness: true, cancer_history: true, age_over_50: true });
    expect(result.level).toBe("EMERGENT");
    expect(result.flags.map((f) => f.ruleId)).toEqual(["saddle-anaesthesia", "fever", "cancer-over-50"]);
  });

  it("shows every answer that fired a combined rule, in words", () => {
    const [flag] = triage({ cancer_history: true, age_over_50: true }).flags;
    expect(flag?.firedBy).toEqual([
      { itemId: "cancer_history", question: "Ever had cancer?", answer: "Yes" },
      { itemId: "age_over_50", question: "Are you 50 or over?", answer: "Yes" },
    ]);
  });

  it("does not fire a combined rule when only half of it is true", () => {
    expect(triage({ cancer_history: true, age_over_50: false }).flags).toEqual([]);
  });

  it("counts a 'no' answer under not as part of why a rule fired", () => {
    const [flag] = triage({ pain_now: 9, leg_tingling: false }).flags;
    expect(flag?.ruleId).toBe("severe-without-tingling");
    expect(flag?.firedBy).toEqual([
      { itemId: "pain_now", question: "Pain right now", answer: "9/10" },
      { itemId: "leg_tingling", question: "Tingling down a leg?", answer: "No" },
    ]);
    expect(triage({ pain_now: 9 }).flags[0]?.firedBy.map((f) => f.itemId)).toEqual(["pain_now"]);
    expect(triage({ pain_now: 9, leg_tingling: true }).flags).toEqual([]);
  });

  it("ignores answers to questions the patient could not see", () => {
    const result = triage({ sex: "male", pregnant: true, fever: true });
    expect(result.flags.map((f) => f.ruleId)).toEqual(["fever"]);
    expect(result.causes.map((c) => c.id)).not.toContain("pregnancy");
    const shown = triage({ sex: "female", pregnant: true, fever: true });
    expect(shown.flags.map((f) => f.ruleId)).toEqual(["fever", "pregnant-and-feverish"]);
    expect(shown.causes.map((c) => c.id)).toContain("pregnancy");
  });

  it("works on raw form values, as the live warning in the form does", () => {
    expect(triage({ saddle_numbness: "true", pain_now: "9" }).flags.map((f) => f.ruleId)).toEqual([
      "saddle-anaesthesia",
      "severe-without-tingling",
    ]);
  });

  it("ranks likely causes by how many answers point at them, then in the article's order", () => {
    const result = triage({
      onset_activity: ["lift", "sitting"],
      aggravating: ["sitting"],
      leg_tingling: true,
      tingling_severity: 6,
    });
    expect(result.causes.map((c) => [c.id, c.weight])).toEqual([
      ["prolonged-sitting", 2],
      ["nerve-irritation", 2],
      ["injury-trauma", 1],
      ["lifting-technique", 1],
    ]);
    expect(result.causes[0]?.because).toEqual([
      { itemId: "onset_activity", question: "What were you doing when it started?", answer: "Sitting for a long time" },
      { itemId: "aggravating", question: "What makes it worse?", answer: "Sitting" },
    ]);
    const sitting = CAUSES.find((c) => c.id === "prolonged-sitting")!;
    expect(result.causes[0]).toMatchObject({ name: sitting.name, education: sitting.education });
    expect(sitting.education.length).toBeGreaterThan(20);
  });

  it("counts a scale towards a cause only from its threshold", () => {
    expect(triage({ leg_tingling: true, tingling_severity: 4 }).causes.map((c) => [c.id, c.weight])).toEqual([
      ["nerve-irritation", 1],
    ]);
    expect(triage({ leg_tingling: true, tingling_severity: 5 }).causes.map((c) => [c.id, c.weight])).toEqual([
      ["nerve-irritation", 2],
    ]);
  });

  it("gives the same result every time, and survives being stored as JSON", () => {
    const answers = { fever: true, pain_now: 9, onset_activity: ["twist"], pain_worst: 10 };
    const first = triage(answers);
    expect(triage(answers)).toEqual(first);
    expect(JSON.parse(JSON.stringify(first))).toEqual(first);
  });

  it("includes scores with their working", () => {
    expect(triage({ pain_worst: 8 }).scores).toEqual([
      {
        id: "pain_total",
        title: "Pain total",
        method: "sum",
        total: 12,
        max: 20,
        answeredItems: 2,
        subscales: [],
        complete: true,
        working: "Pain total total 12/20",
      },
    ]);
  });

  it("resolves text to the patient's language, falling back to English", () => {
    const result = triage({ saddle_numbness: true, sex: "female", pregnant: true }, "fr");
    expect(result.flags[0]?.title).toBe("Anesthésie en selle");
    expect(result.flags[0]?.clinicianText).toBe("Possible cauda equina syndrome.");
    expect(result.causes.find((c) => c.id === "pregnancy")?.because[0]?.question).toBe("Êtes-vous enceinte ?");
  });

  it("orders triage levels from most to least urgent", () => {
    expect(TRIAGE_LEVELS).toEqual(["EMERGENT", "URGENT", "ROUTINE"]);
  });

  it("works with a question set that has no red flags or scores", () => {
    const def = breakable(clinicDefinition);
    def.redFlagRules = [];
    def.scores = [];
    const result = evaluate(mustParse(def), { ...calmAnswers, fever: true });
    expect(result).toMatchObject({ level: "ROUTINE", flags: [], scores: [] });
  });
});

describe("clinician summary in the triage result", () => {
  it("says who, how long, how bad, what started it, triage, scores and causes", () => {
    const { summary } = evaluate(
      clinic,
      {
        ...calmAnswers,
        duration: "weeks_2_6",
        pain_worst: 8,
        onset_activity: ["lift"],
        aggravating: ["sitting", "bending"],
        fever: true,
      },
      { today: TODAY },
    );
    expect(summary).toBe(
      "Alex Example, aged 45. Duration: 2 to 6 weeks. Pain 4/10 now, 8/10 at worst. " +
        "Started with: Lifting something heavy. Worse with: Sitting, Bending. " +
        "Triage URGENT: Fever (URGENT). Pain total total 12/20. " +
        `Likely contributing causes: ${causeNames("prolonged-sitting", "injury-trauma", "lifting-technique")}.`,
    );
  });

  it("leaves out what the patient did not answer", () => {
    const { summary } = evaluate(clinic, { saddle_numbness: true }, { today: TODAY });
    expect(summary).toBe("Triage EMERGENT: Saddle numbness (EMERGENT).");
  });

  it("works out the age from the date of birth on the day of the visit", () => {
    expect(triage({ date_of_birth: "1980-06-01" }).summary).toMatch(/^Alex Example, aged 45\./);
    expect(triage({ date_of_birth: "1980-06-02" }).summary).toMatch(/^Alex Example, aged 44\./);
  });
});
