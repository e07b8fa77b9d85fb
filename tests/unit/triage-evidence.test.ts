import { afterEach, describe, expect, it, vi } from "vitest";
import type { Condition } from "../../lib/domain/question-set/definition-schema";
import { evaluate } from "../../lib/domain/triage/evaluate";
import { firedRules } from "../../lib/domain/triage/fired-rules";
import { answersWith } from "../fixtures/default-answers";
import { calmAnswers, clinicDefinition } from "./fixtures/clinic-definition";
import { defaultSet } from "./fixtures/default-set";
import { breakable, mustParse } from "./fixtures/parse";

// Why a rule fired, as the clinician reads it in the queue: only the answers that made it fire, each once.

const yes = (item: string): Condition => ({ item, op: "equals", value: true });
/** The small clinic set with one more rule. */
function clinicWith(when: Condition) {
  const def = breakable(clinicDefinition);
  def.redFlagRules.push({
    id: "probe",
    severity: "URGENT",
    title: { en: "Probe" },
    when,
    clinicianText: { en: "Probe." },
    patientText: { en: "Please contact a doctor today." },
    citation: "Test only",
  });
  return mustParse(def);
}
const firedBy = (def: ReturnType<typeof clinicWith>, patch: Record<string, unknown>, ruleId = "probe") =>
  evaluate(def, { ...calmAnswers, ...patch }, { today: "2025-06-01" })
    .flags.find((f) => f.ruleId === ruleId)
    ?.firedBy.map((e) => e.itemId);

describe("the answers a red flag names as its reason", () => {
  it("names the urinary-retention answer that fired the EMERGENT rule", () => {
    const result = evaluate(defaultSet(), answersWith({ bladder_control: true }), { today: "2025-06-01" });
    const flag = result.flags.find((f) => f.ruleId === "urinary-retention");
    expect(result.level).toBe("EMERGENT");
    expect(flag?.firedBy.map((e) => [e.itemId, e.answer])).toEqual([["bladder_control", "Yes"]]);
  });

  it("names, for a rule that fires on any of several answers, only the 'not sure' that fired it", () => {
    const result = evaluate(defaultSet(), answersWith({ bladder_control: "not_sure" }), { today: "2025-06-01" });
    const flag = result.flags.find((f) => f.ruleId === "cauda-equina-unsure");
    expect(flag?.firedBy.map((e) => e.itemId)).toEqual(["bladder_control"]);
  });

  it("names every true part of an any-rule, and none of the false ones", () => {
    const def = clinicWith({ any: [yes("fever"), yes("cancer_history"), { item: "pain_now", op: "gte", value: 9 }] });
    expect(firedBy(def, { fever: true, cancer_history: false, pain_now: 3 })).toEqual(["fever"]);
    expect(firedBy(def, { fever: true, cancer_history: true, pain_now: 9 })).toEqual([
      "fever",
      "cancer_history",
      "pain_now",
    ]);
  });

  it("names a question once when the rule asks about it twice", () => {
    const def = clinicWith({
      all: [
        { item: "pain_now", op: "gte", value: 5 },
        { item: "pain_now", op: "lte", value: 8 },
      ],
    });
    expect(firedBy(def, { pain_now: 6 })).toEqual(["pain_now"]);
  });

  it("names, under 'none of these', the answers that were no", () => {
    const def = clinicWith({ not: { any: [yes("fever"), yes("cancer_history")] } });
    expect(firedBy(def, { fever: false, cancer_history: false })).toEqual(["fever", "cancer_history"]);
    expect(firedBy(def, { fever: false })).toEqual(["fever"]);
    expect(firedBy(def, { fever: true })).toBeUndefined();
  });

  it("names the questions behind a rule on the age, but not the age itself, which is no question", () => {
    const result = evaluate(
      defaultSet(),
      answersWith({ first_episode: true, date_of_birth: "1960-01-01", fever: true }),
      { today: "2025-06-01" },
    );
    const flag = result.flags.find((f) => f.ruleId === "first-episode-over-50");
    expect(flag?.firedBy.map((e) => e.itemId)).toEqual(["first_episode", "fever"]);
  });
});

describe("the day triage runs on", () => {
  afterEach(() => vi.useRealTimers());

  it("works out the age on today's UTC date when no day is given", () => {
    vi.useFakeTimers();
    vi.setSystemTime(new Date("2025-05-16T23:59:00Z"));
    const clinic = mustParse(clinicDefinition);
    expect(evaluate(clinic, calmAnswers).summary).toMatch(/^Alex Example, aged 44\./);
    vi.setSystemTime(new Date("2025-05-17T00:00:00Z"));
    expect(evaluate(clinic, calmAnswers).summary).toMatch(/^Alex Example, aged 45\./);
  });

  it("judges a date of birth by the visit's day, not by the computer's clock", () => {
    vi.useFakeTimers();
    vi.setSystemTime(new Date("2025-06-01T12:00:00Z"));
    // Born after the clock's today but before the visit's: the age comes from the visit's day.
    const { answers, rules } = firedRules(
      defaultSet(),
      answersWith({ first_episode: true, date_of_birth: "2025-07-01", fever: true }),
      "2080-07-01",
    );
    expect(answers.age).toBe(55);
    expect(rules.map((r) => r.id)).toContain("first-episode-over-50");
  });

  it("writes the result in English when no language is asked for", () => {
    const result = evaluate(mustParse(clinicDefinition), {
      ...calmAnswers,
      saddle_numbness: true,
      sex: "female",
      pregnant: true,
    });
    expect(result.flags[0]?.title).toBe("Saddle numbness");
    expect(result.causes[0]?.because[0]?.question).toBe("Are you pregnant?");
  });
});
