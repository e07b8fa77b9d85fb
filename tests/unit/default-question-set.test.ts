import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { CAUSES, CAUSE_IDS, CLOSING_ADVICE } from "../../lib/domain/causes/catalog";
import { buildAnswerSchema } from "../../lib/domain/question-set/answer-schema";
import { visibleItemIds } from "../../lib/domain/question-set/conditions";
import { parseDefinition } from "../../lib/domain/question-set/definition-schema";
import { evaluate } from "../../lib/domain/triage/evaluate";
import { ROUTINE_ANSWERS } from "../fixtures/default-answers";

/* eslint-disable @typescript-eslint/no-explicit-any */

const raw: any = JSON.parse(
  readFileSync(fileURLToPath(new URL("../../prisma/default-question-set.json", import.meta.url)), "utf8"),
);

function loadDefinition() {
  const parsed = parseDefinition(raw);
  if (!parsed.ok) {
    throw new Error(`default question set is invalid: ${JSON.stringify(parsed.problems, null, 2)}`);
  }
  return parsed.definition;
}

type Answers = Record<string, unknown>;

/** A patient with nothing alarming: every required question answered, everything negative. */
const BASELINE: Answers = ROUTINE_ANSWERS as Answers;

// Ages on the day the tests run: the over-50 modifier uses the age worked out from the date of birth.
const OVER_50 = "1960-01-01";
const UNDER_50 = "2000-01-01";

const answersWith = (patch: Answers): Answers => ({ ...BASELINE, ...patch });
const firedIds = (answers: Answers) =>
  evaluate(loadDefinition(), answers as any)
    .flags.map((f: any) => f.ruleId)
    .sort();

/** The red flags of prisma/default-question-set.md ("Red-flag rules"), with the sources each citation must name. */
const RED_FLAGS: { id: string; severity: "EMERGENT" | "URGENT"; sources: string[] }[] = [
  { id: "saddle-anaesthesia", severity: "EMERGENT", sources: ["CKS", "Chou", "ACR", "variant 4"] },
  { id: "urinary-retention", severity: "EMERGENT", sources: ["CKS", "Chou", "ACR", "variant 4"] },
  { id: "bowel-incontinence", severity: "EMERGENT", sources: ["CKS", "Chou", "ACR", "variant 4"] },
  { id: "bilateral-leg-symptoms", severity: "EMERGENT", sources: ["British Association of Spine Surgeons", "2018"] },
  { id: "progressive-neuro-deficit", severity: "EMERGENT", sources: ["Chou", "ACR"] },
  { id: "possible-aortic", severity: "EMERGENT", sources: ["CKS"] },
  { id: "infection-systemic", severity: "URGENT", sources: ["CKS", "Chou", "ACR", "variant 7"] },
  { id: "infection-risk", severity: "URGENT", sources: ["CKS", "Chou", "ACR", "variant 7"] },
  { id: "cancer-history", severity: "URGENT", sources: ["Chou", "CKS"] },
  { id: "weight-loss", severity: "URGENT", sources: ["Chou", "NG12"] },
  { id: "night-pain", severity: "URGENT", sources: ["CKS"] },
  { id: "possible-fracture", severity: "URGENT", sources: ["Chou", "ACR", "variant 6"] },
  { id: "first-episode-over-50", severity: "URGENT", sources: ["Chou"] },
  { id: "no-improvement-6-weeks", severity: "URGENT", sources: ["Chou"] },
  { id: "cauda-equina-unsure", severity: "URGENT", sources: ["CKS", "Chou", "ACR", "variant 4"] },
];

/** One answer (or small group of answers) changed from the baseline that should raise exactly one flag. */
const SINGLE_FLAG_CASES: { ruleId: string; story: string; patch: Answers }[] = [
  { ruleId: "saddle-anaesthesia", story: "numbness between the legs", patch: { saddle_numbness: true } },
  { ruleId: "urinary-retention", story: "new loss of bladder control", patch: { bladder_control: true } },
  { ruleId: "bowel-incontinence", story: "new loss of bowel control", patch: { bowel_control: true } },
  { ruleId: "bilateral-leg-symptoms", story: "pain or numbness in both legs", patch: { both_legs: true } },
  { ruleId: "progressive-neuro-deficit", story: "leg weakness getting worse", patch: { leg_weakness_worse: true } },
  { ruleId: "possible-aortic", story: "sudden tearing pain with feeling faint", patch: { tearing_pain: true } },
  { ruleId: "infection-systemic", story: "fever or chills", patch: { fever: true } },
  { ruleId: "infection-risk", story: "injects drugs", patch: { immune_risk: ["injecting_drugs"] } },
  { ruleId: "infection-risk", story: "weak immune system", patch: { immune_risk: ["weak_immune"] } },
  {
    ruleId: "infection-risk",
    story: "spinal injection in the last year",
    patch: { immune_risk: ["spinal_procedure"] },
  },
  { ruleId: "cancer-history", story: "has had cancer", patch: { cancer_history: true } },
  { ruleId: "weight-loss", story: "unexplained weight loss", patch: { weight_loss: true } },
  { ruleId: "night-pain", story: "constant night pain", patch: { night_pain: true } },
  { ruleId: "possible-fracture", story: "fall from a height or road crash", patch: { trauma: ["significant"] } },
  { ruleId: "possible-fracture", story: "kicked in the back last night", patch: { trauma: ["assault"] } },
  { ruleId: "possible-fracture", story: "tackled playing rugby", patch: { trauma: ["sport_collision"] } },
  {
    ruleId: "cauda-equina-unsure",
    story: "not sure about numbness between the legs",
    patch: { saddle_numbness: "not_sure" },
  },
  { ruleId: "cauda-equina-unsure", story: "not sure about bladder control", patch: { bladder_control: "not_sure" } },
  { ruleId: "cauda-equina-unsure", story: "not sure about bowel control", patch: { bowel_control: "not_sure" } },
  { ruleId: "possible-fracture", story: "small fall with osteoporosis", patch: { trauma: ["minor", "osteoporosis"] } },
  {
    ruleId: "possible-fracture",
    story: "small fall while on long-term steroids",
    patch: { trauma: ["minor", "steroids"] },
  },
  {
    ruleId: "no-improvement-6-weeks",
    story: "over 3 months, self-care tried, no better",
    patch: { duration: "over_3_months", tried_self_care: true, improving: "same" },
  },
  {
    ruleId: "no-improvement-6-weeks",
    story: "6 to 12 weeks, self-care tried, getting worse",
    patch: { duration: "weeks_6_12", tried_self_care: true, improving: "worse" },
  },
];

function allItems(def: any): any[] {
  return def.sections.flatMap((s: any) => s.items);
}

describe("default back-spasm question set v2", () => {
  it("passes the question-set format check", () => {
    const parsed = parseDefinition(raw);
    if (!parsed.ok) console.error(parsed.problems);
    expect(parsed.ok).toBe(true);
    expect(raw.key).toBe("back-spasm-intake");
  });

  it("asks the wizard steps in the agreed order", () => {
    // Safety first: a patient with saddle numbness must not answer lifestyle questions before being told to get help.
    expect(raw.sections.map((s: any) => s.id)).toEqual([
      "red_flags",
      "about_you",
      "your_pain",
      "causes",
      "start_back",
      "anything_else",
    ]);
  });

  it("has a question that can point at every cause from the article", () => {
    const pointedAt = new Set<string>();
    for (const item of allItems(raw)) {
      for (const c of item.causes ?? []) pointedAt.add(c);
      for (const o of item.options ?? []) for (const c of o.causes ?? []) pointedAt.add(c);
    }
    for (const id of CAUSE_IDS) expect(pointedAt, `no question points at ${id}`).toContain(id);
    for (const id of pointedAt) expect(CAUSE_IDS as readonly string[]).toContain(id);
  });

  it("has a short education note for every cause, and sends disc and wear-and-tear problems to a clinician", () => {
    expect(CAUSES.map((c) => c.id)).toEqual([...CAUSE_IDS]);
    for (const cause of CAUSES) {
      const sentences = cause.education.split(/[.!?](\s|$)/).filter((s) => s.trim().length > 0);
      expect(sentences.length, cause.id).toBeGreaterThanOrEqual(2);
      expect(sentences.length, cause.id).toBeLessThanOrEqual(3);
    }
    for (const id of ["degenerative", "disc"]) {
      expect(CAUSES.find((c) => c.id === id)!.education).toMatch(/clinician should review/i);
    }
    expect(CLOSING_ADVICE).toMatch(/warning sign/i);
    expect(CLOSING_ADVICE).toMatch(/medical advice/i);
  });

  describe("red flags", () => {
    it.each(RED_FLAGS)("has the $id red flag ($severity) with its sources cited", ({ id, severity, sources }) => {
      const rule = raw.redFlagRules.find((r: any) => r.id === id);
      expect(rule, `missing rule ${id}`).toBeDefined();
      expect(rule.severity).toBe(severity);
      expect(rule.citation.trim().length).toBeGreaterThan(0);
      for (const s of sources) expect(rule.citation).toContain(s);
      expect(rule.clinicianText.en.trim().length).toBeGreaterThan(0);
      expect(rule.patientText.en.trim().length).toBeGreaterThan(0);
      if (severity === "EMERGENT") {
        expect(rule.patientText.en).toMatch(/emergency number/);
        expect(rule.patientText.en).toMatch(/emergency department now/);
      } else {
        expect(rule.patientText.en).toMatch(/doctor today/);
      }
    });

    it("has no red flags beyond the agreed list", () => {
      expect(raw.redFlagRules.map((r: any) => r.id).sort()).toEqual(RED_FLAGS.map((r) => r.id).sort());
    });

    it("treats a patient with nothing alarming as routine, with no flags and no causes", () => {
      const result = evaluate(loadDefinition(), BASELINE as any);
      expect(result.flags).toEqual([]);
      expect(result.level).toBe("ROUTINE");
      expect(result.causes).toEqual([]);
    });

    it.each(SINGLE_FLAG_CASES)("raises only $ruleId when the patient reports: $story", ({ ruleId, patch }) => {
      const def = loadDefinition();
      const result = evaluate(def, answersWith(patch) as any);
      expect(result.flags.map((f: any) => f.ruleId)).toEqual([ruleId]);
      const severity = RED_FLAGS.find((r) => r.id === ruleId)!.severity;
      expect(result.level).toBe(severity);
      expect(result.flags[0]!.citation.length).toBeGreaterThan(0);
    });

    it("covers every red flag (other than the age modifier) with a single-answer case", () => {
      const covered = new Set(SINGLE_FLAG_CASES.map((c) => c.ruleId));
      for (const r of RED_FLAGS) if (r.id !== "first-episode-over-50") expect(covered).toContain(r.id);
    });

    it("does not raise the first-episode-over-50 flag on its own", () => {
      expect(firedIds(answersWith({ first_episode: true, date_of_birth: OVER_50 }))).toEqual([]);
      expect(firedIds(answersWith({ first_episode: true, date_of_birth: UNDER_50, fever: true }))).toEqual([
        "infection-systemic",
      ]);
      expect(firedIds(answersWith({ first_episode: false, date_of_birth: OVER_50, cancer_history: true }))).toEqual([
        "cancer-history",
      ]);
    });

    it("raises the first-episode-over-50 flag alongside another warning sign", () => {
      expect(firedIds(answersWith({ first_episode: true, date_of_birth: OVER_50, fever: true }))).toEqual(
        ["first-episode-over-50", "infection-systemic"].sort(),
      );
      expect(firedIds(answersWith({ first_episode: true, date_of_birth: OVER_50, trauma: ["osteoporosis"] }))).toEqual([
        "first-episode-over-50",
      ]);
    });

    it("does not raise the fracture flag for a small fall alone, or for osteoporosis or steroids without a fall", () => {
      expect(firedIds(answersWith({ trauma: ["minor"] }))).toEqual([]);
      expect(firedIds(answersWith({ trauma: ["osteoporosis", "steroids"] }))).toEqual([]);
    });

    it("does not raise the no-improvement flag when the pain is getting better, is recent, or self-care was not tried", () => {
      expect(firedIds(answersWith({ duration: "over_3_months", tried_self_care: true, improving: "better" }))).toEqual(
        [],
      );
      expect(firedIds(answersWith({ duration: "weeks_1_6", tried_self_care: true, improving: "worse" }))).toEqual([]);
      expect(firedIds(answersWith({ duration: "over_3_months", tried_self_care: false, improving: "worse" }))).toEqual(
        [],
      );
    });

    it("never makes an unsure patient guess: Not sure on a cauda equina question is URGENT and asks the clinician to call", () => {
      for (const id of ["saddle_numbness", "bladder_control", "bowel_control"]) {
        const result = evaluate(loadDefinition(), answersWith({ [id]: "not_sure" }) as any);
        expect(result.level, id).toBe("URGENT");
        expect(result.flags[0]!.clinicianText).toMatch(/call the patient today/);
      }
    });

    it("does not ask the age: it is worked out from the date of birth, so the two cannot disagree", () => {
      expect(allItems(raw).some((i: any) => /aged? 50|how old/i.test(i.text.en))).toBe(false);
      expect(raw.computed).toEqual([expect.objectContaining({ id: "age", kind: "ageInYears", from: "date_of_birth" })]);
      const def = loadDefinition();
      const patient = answersWith({ first_episode: true, fever: true, date_of_birth: "1976-06-02" });
      expect(evaluate(def, patient as any, { today: "2026-06-01" }).flags.map((f) => f.ruleId)).toEqual([
        "infection-systemic",
      ]);
      expect(
        evaluate(def, patient as any, { today: "2026-06-02" })
          .flags.map((f) => f.ruleId)
          .sort(),
      ).toEqual(["first-episode-over-50", "infection-systemic"]);
    });

    it("offers durations that do not overlap, so 6 weeks has exactly one answer", () => {
      const labels = allItems(raw)
        .find((i: any) => i.id === "duration")
        .options.map((o: any) => o.label.en);
      expect(labels).toEqual([
        "Today",
        "1 to 6 days ago",
        "1 to 5 weeks ago",
        "6 weeks to 3 months ago",
        "More than 3 months ago",
      ]);
    });

    it("gives emergent priority over urgent when both are present", () => {
      const result = evaluate(loadDefinition(), answersWith({ saddle_numbness: true, fever: true }) as any);
      expect(result.level).toBe("EMERGENT");
      expect(result.flags.map((f: any) => f.ruleId).sort()).toEqual(["infection-systemic", "saddle-anaesthesia"]);
    });
  });

  describe("pregnancy questions", () => {
    it.each([
      { sex: "female", shown: true },
      { sex: "intersex", shown: true },
      { sex: "male", shown: false },
      { sex: "prefer_not", shown: false },
    ])("asks about pregnancy only when relevant (sex: $sex → shown: $shown)", ({ sex, shown }) => {
      const visible = visibleItemIds(loadDefinition(), answersWith({ sex }) as any);
      expect(visible.has("pregnant")).toBe(shown);
      expect(visible.has("pregnancy_weeks")).toBe(false);
    });

    it("asks how many weeks only when the patient is pregnant", () => {
      const def = loadDefinition();
      expect(visibleItemIds(def, answersWith({ sex: "female", pregnant: true }) as any).has("pregnancy_weeks")).toBe(
        true,
      );
      expect(visibleItemIds(def, answersWith({ sex: "female", pregnant: false }) as any).has("pregnancy_weeks")).toBe(
        false,
      );
    });

    it("points at pregnancy as a cause when the patient is pregnant", () => {
      const result = evaluate(
        loadDefinition(),
        answersWith({ sex: "female", pregnant: true, pregnancy_weeks: 24 }) as any,
      );
      expect(result.causes.map((c: any) => c.id)).toContain("pregnancy");
      expect(result.flags).toEqual([]);
    });
  });

  describe("Keele STarT Back", () => {
    const startBack = (patch: Answers) => {
      const score = evaluate(loadDefinition(), answersWith(patch) as any).scores.find(
        (s: any) => s.id === "start_back",
      );
      expect(score).toBeDefined();
      return score as any;
    };
    const psychosocial = (score: any) => score.subscales.find((s: any) => s.id === "psychosocial")?.value;

    it("keeps Keele University's copyright notice", () => {
      const texts = allItems(raw).map((i: any) => i.text.en);
      expect(texts.some((t: string) => t.includes("© Keele University 01/08/07"))).toBe(true);
    });

    it("classes a patient with few positive answers as low risk", () => {
      const score = startBack({ sb1: true, sb2: true, sb3: true, sb9: "moderately" });
      expect(score.total).toBe(3);
      expect(psychosocial(score)).toBe(0);
      expect(score.classification).toBe("Low risk");
    });

    it("classes a total of 4 or more with a low psychosocial score as medium risk", () => {
      const score = startBack({ sb1: true, sb2: true, sb3: true, sb4: true, sb5: true });
      expect(score.total).toBe(5);
      expect(psychosocial(score)).toBe(1);
      expect(score.classification).toBe("Medium risk");
    });

    it("classes a psychosocial score of 4 or more as high risk", () => {
      const score = startBack({ sb5: true, sb6: true, sb7: true, sb9: "very_much" });
      expect(score.total).toBe(4);
      expect(psychosocial(score)).toBe(4);
      expect(score.classification).toBe("High risk");
    });

    it("counts only 'very much' and 'extremely' on the bothersome question", () => {
      expect(startBack({ sb9: "moderately" }).total).toBe(0);
      expect(startBack({ sb9: "very_much" }).total).toBe(1);
      expect(startBack({ sb9: "extremely" }).total).toBe(1);
    });
  });

  describe("answer checking", () => {
    const schema = () => buildAnswerSchema(loadDefinition(), { today: "2025-06-01" });

    it("accepts a full, valid set of answers", () => {
      const result = schema().safeParse(BASELINE);
      if (!result.success) console.error(result.error.issues);
      expect(result.success).toBe(true);
    });

    it("accepts a full set of answers for a pregnant patient", () => {
      const answers = answersWith({
        sex: "female",
        pregnant: true,
        pregnancy_weeks: 20,
        email: "alex@example.org",
        notes: "Sore after gardening.",
      });
      expect(schema().safeParse(answers).success).toBe(true);
    });

    it.each(["full_name", "date_of_birth", "pain_now", "saddle_numbness", "trauma", "sb9"])(
      "refuses answers with the required %s missing",
      (id) => {
        const answers = { ...BASELINE };
        delete answers[id];
        expect(schema().safeParse(answers).success).toBe(false);
      },
    );

    it("refuses answers when a shown pregnancy question is left out", () => {
      expect(schema().safeParse(answersWith({ sex: "female" })).success).toBe(false);
    });

    it("refuses answers with neither a phone number nor an email address", () => {
      const answers = { ...BASELINE };
      delete answers.phone;
      expect(schema().safeParse(answers).success).toBe(false);
    });

    it("refuses a date of birth in the future or before 1900", () => {
      expect(schema().safeParse(answersWith({ date_of_birth: "2030-01-01" })).success).toBe(false);
      expect(schema().safeParse(answersWith({ date_of_birth: "1899-12-31" })).success).toBe(false);
    });

    it("refuses 'none of these' combined with another choice", () => {
      expect(schema().safeParse(answersWith({ trauma: ["none", "significant"] })).success).toBe(false);
      expect(schema().safeParse(answersWith({ immune_risk: ["none", "weak_immune"] })).success).toBe(false);
    });
  });
});
