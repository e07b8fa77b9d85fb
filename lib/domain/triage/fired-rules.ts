/**
 * The first step of triage: which red-flag rules fire for a set of raw answers. `evaluate()` builds the stored
 * result on it, and the patient's browser calls it for the live warning, so the two cannot disagree. It imports no
 * zod and none of the scoring or summary code (definition types are erased), to keep the patient's download small.
 */
import { coerceAnswers, NO_DATE_LIMIT, type Answers } from "../question-set/answer-schema";
import { evaluateCondition } from "../question-set/conditions";
import type { Definition, RedFlagRule } from "../question-set/definition-schema";
import { ruleAnswers } from "../question-set/rule-answers";

export type FiredRules = {
  /** Valid answers to shown questions only, with the computed values (age): what every later step of triage reads. */
  answers: Answers;
  /** Rules whose condition holds, in the order the question set lists them. */
  rules: RedFlagRule[];
};

/** `today` (YYYY-MM-DD, the clinic's date on the server, the patient's in the browser) dates the computed values. */
export function firedRules(definition: Definition, raw: Readonly<Record<string, unknown>>, today: string): FiredRules {
  // Whether a date is in the future or too far back is the answer schema's business; triage must give the same
  // result on any day.
  const answers = ruleAnswers(definition, coerceAnswers(definition, raw, { today: NO_DATE_LIMIT }), today);
  return { answers, rules: definition.redFlagRules.filter((rule) => evaluateCondition(rule.when, answers)) };
}
