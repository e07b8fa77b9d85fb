/**
 * The red flags that fire for a half-filled form, for the live warning: `firedRules`, the same first step
 * `evaluate()` takes on the server, imported straight from its module so no scoring, summary or zod code reaches
 * every patient's download.
 */
import { localToday } from "@/lib/domain/question-set/rule-answers";
import type { Definition, Severity } from "@/lib/domain/question-set/definition-schema";
import { t } from "@/lib/domain/question-set/text";
import { firedRules } from "@/lib/domain/triage/fired-rules";

export type LiveFlag = { ruleId: string; title: string; patientText: string };

type Raw = Readonly<Record<string, unknown>>;

function flagsOf(severity: Severity, definition: Definition, raw: Raw, locale: string): LiveFlag[] {
  return firedRules(definition, raw, localToday())
    .rules.filter((rule) => rule.severity === severity)
    .map((rule) => ({ ruleId: rule.id, title: t(rule.title, locale), patientText: t(rule.patientText, locale) }));
}

/** Flags that need emergency care now, in the patient's language. */
export function emergentFlags(definition: Definition, raw: Raw, locale = "en"): LiveFlag[] {
  return flagsOf("EMERGENT", definition, raw, locale);
}

/** Flags that need a clinician soon (same day), not an emergency department. */
export function urgentFlags(definition: Definition, raw: Raw, locale = "en"): LiveFlag[] {
  return flagsOf("URGENT", definition, raw, locale);
}
