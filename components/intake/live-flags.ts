/**
 * The red flags that fire for a half-filled form, for the live warning. This is the first step of
 * `evaluate()` (same coercion, same hidden-answer pruning, same conditions) without the scores, causes
 * and summary, which the browser does not need and which would add their code to every patient's download.
 */
import { coerceAnswers } from "@/lib/domain/question-set/answer-schema";
import { evaluateCondition } from "@/lib/domain/question-set/conditions";
import { localToday, ruleAnswers } from "@/lib/domain/question-set/rule-answers";
import type { Definition } from "@/lib/domain/question-set/definition-schema";
import { t } from "@/lib/domain/question-set/text";

// As in evaluate(): whether a date is in the future is the answer schema's business, not triage's.
const NO_DATE_LIMIT = "9999-12-31";

export type LiveFlag = { ruleId: string; title: string; patientText: string };

export function emergentFlags(definition: Definition, raw: Readonly<Record<string, unknown>>): LiveFlag[] {
  const clean = ruleAnswers(definition, coerceAnswers(definition, raw, { today: NO_DATE_LIMIT }), localToday());
  return definition.redFlagRules
    .filter((rule) => rule.severity === "EMERGENT" && evaluateCondition(rule.when, clean))
    .map((rule) => ({ ruleId: rule.id, title: t(rule.title), patientText: t(rule.patientText) }));
}

/** The URGENT flags for the calmer live advice; an EMERGENT one, when present, is shown instead. */
export function urgentFlags(definition: Definition, raw: Readonly<Record<string, unknown>>): LiveFlag[] {
  const clean = ruleAnswers(definition, coerceAnswers(definition, raw, { today: NO_DATE_LIMIT }), localToday());
  return definition.redFlagRules
    .filter((rule) => rule.severity === "URGENT" && evaluateCondition(rule.when, clean))
    .map((rule) => ({ ruleId: rule.id, title: t(rule.title), patientText: t(rule.patientText) }));
}
