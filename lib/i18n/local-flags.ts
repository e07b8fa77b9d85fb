import type { Definition } from "@/lib/domain/question-set/definition-schema";
import { t } from "@/lib/domain/question-set/text";

type Flag = { ruleId: string; title: string; patientText: string };

/**
 * The stored triage keeps the English a clinician reads; the patient reads each rule's own text in their
 * language, from the version they answered. A rule the version no longer has keeps the stored words.
 */
export function localFlags(flags: readonly Flag[], definition: Definition | undefined, locale: string): Flag[] {
  return flags.map((flag) => {
    const rule = definition?.redFlagRules.find((r) => r.id === flag.ruleId);
    return rule ? { ...flag, title: t(rule.title, locale), patientText: t(rule.patientText, locale) } : flag;
  });
}
