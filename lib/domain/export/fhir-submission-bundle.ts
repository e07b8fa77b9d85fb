import type { Definition } from "../question-set/definition-schema";
import { resultSystem } from "../question-set/fhir/canonical";
import type { TriageResult } from "../triage/evaluate";
import {
  toQuestionnaireResponse,
  type ExportedSubmission,
  type QuestionnaireResponse,
} from "./fhir-questionnaire-response";
import {
  painObservations,
  scoreObservations,
  type ObservationContext,
  type Resource,
} from "./fhir-result-observations";

type Ref = { reference: string };
type CodeableConcept = { coding?: { system: string; code: string; display?: string }[]; text?: string };
export type SubmissionBundle = {
  resourceType: "Bundle";
  identifier: { system: string; value: string };
  type: "collection";
  timestamp: string;
  entry: { fullUrl: string; resource: Resource | QuestionnaireResponse }[];
};

export type BundledSubmission = ExportedSubmission & {
  patientName?: string;
  triage: Pick<TriageResult, "level" | "flags" | "scores" | "summary">;
};

const RISK = "http://terminology.hl7.org/CodeSystem/risk-probability";
const QUALITATIVE: Record<TriageResult["level"], string> = { EMERGENT: "high", URGENT: "moderate", ROUTINE: "low" };
const fhirId = (s: string) => s.replace(/[^A-Za-z0-9.-]/g, "-").slice(0, 64);

/**
 * One submission as a FHIR `collection` Bundle a hospital can file: the QuestionnaireResponse, the
 * patient it is about (by reference code), a RiskAssessment with the triage level and each fired
 * red-flag rule as a prediction, one Observation per score (LOINC-coded for STarT Back) and one per
 * body-map region marked (SNOMED CT body site where one exists), all derived from the response.
 */
export function toSubmissionBundle(
  definition: Definition,
  submission: BundledSubmission,
  canonicalBase: string,
): SubmissionBundle {
  const base = canonicalBase.replace(/\/+$/, "");
  const codes = resultSystem(base);
  const patientId = fhirId(`${submission.id}-patient`);
  const subject: Ref = { reference: `Patient/${patientId}` };
  const identifier = { system: `${base}/reference-code`, value: submission.referenceCode };
  const authored = submission.createdAt.toISOString();

  const response = {
    ...toQuestionnaireResponse(definition, { ...submission, scores: submission.triage.scores }, base),
    subject,
  };
  const responseRef: Ref = { reference: `QuestionnaireResponse/${response.id}` };
  const patient: Resource = {
    resourceType: "Patient",
    id: patientId,
    identifier: [identifier],
    ...(submission.patientName?.trim() && { name: [{ text: submission.patientName.trim() }] }),
  };
  const level = submission.triage.level;
  const risk: Resource = {
    resourceType: "RiskAssessment",
    id: fhirId(`${submission.id}-triage`),
    identifier: [identifier],
    status: "final",
    code: { coding: [{ system: codes, code: "triage-level", display: "Back-pain intake triage level" }] },
    subject,
    occurrenceDateTime: authored,
    basis: [responseRef],
    prediction: [
      {
        outcome: {
          coding: [{ system: codes, code: `triage-${level.toLowerCase()}`, display: level }],
          text: `Triage level ${level}`,
        },
        qualitativeRisk: qualitative(level),
        rationale: submission.triage.summary,
      },
      ...submission.triage.flags.map((flag) => ({
        outcome: {
          coding: [{ system: `${codes}-red-flag`, code: flag.ruleId, display: flag.title }],
          text: flag.title,
        } satisfies CodeableConcept,
        qualitativeRisk: qualitative(flag.severity),
        rationale: `${flag.clinicianText} (${flag.citation})`,
      })),
    ],
  };
  const observed: ObservationContext = {
    codes,
    base,
    subject,
    responseRef,
    authored,
    idFor: (suffix) => fhirId(`${submission.id}-${suffix}`),
  };
  const observations = [
    ...submission.triage.scores.flatMap((score) => scoreObservations(score, observed)),
    ...painObservations(definition, submission.answers, observed),
  ];
  const resources: (Resource | QuestionnaireResponse)[] = [patient, response, risk, ...observations];
  return {
    resourceType: "Bundle",
    identifier,
    type: "collection",
    timestamp: authored,
    entry: resources.map((resource) => ({ fullUrl: `${base}/${resource.resourceType}/${resource.id}`, resource })),
  };
}

function qualitative(level: TriageResult["level"]): CodeableConcept {
  return { coding: [{ system: RISK, code: QUALITATIVE[level] }], text: level };
}
