import type { TriageLevel, TriageResult } from "@/lib/domain/triage";

/** The part of a triage result a patient is shown: never the clinician text or the scores. */
export type PatientGuidance = {
  level: TriageLevel;
  /** `ruleId` lets the confirmation show the rule's patient text in the patient's language. */
  flags: { ruleId: string; title: string; patientText: string }[];
  causes: string[];
};

export function guidanceOf(triage: TriageResult): PatientGuidance {
  return {
    level: triage.level,
    flags: triage.flags.map((f) => ({ ruleId: f.ruleId, title: f.title, patientText: f.patientText })),
    causes: triage.causes.map((c) => c.id),
  };
}
