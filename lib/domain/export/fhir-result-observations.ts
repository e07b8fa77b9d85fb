import type { Answers } from "../question-set/answer-schema";
import type { Definition } from "../question-set/definition-schema";
import { PAIN_REGIONS } from "../pain-map/regions";
import type { ScoreResult } from "../scoring/compute-scores";
import { painRegionSystem } from "../question-set/fhir/canonical";
import {
  PAIN_FINDING,
  PAIN_REGION_SNOMED,
  START_BACK,
  START_BACK_DISTRESS_SUBSCALE,
  isStartBack,
} from "../question-set/fhir/standard-codes";

type Ref = { reference: string };
export type Resource = { resourceType: string; id: string } & Record<string, unknown>;
export type ObservationContext = {
  /** Our result code system (scores with no standard code). */
  codes: string;
  base: string;
  subject: Ref;
  responseRef: Ref;
  authored: string;
  idFor: (suffix: string) => string;
};

const SURVEY = [{ coding: [{ system: "http://terminology.hl7.org/CodeSystem/observation-category", code: "survey" }] }];
const EXAM = [{ coding: [{ system: "http://terminology.hl7.org/CodeSystem/observation-category", code: "exam" }] }];
const points = (value: number) => ({ value, unit: "{score}", system: "http://unitsofmeasure.org", code: "{score}" });
/**
 * A sum of whole points goes out as `valueInteger`, so a receiver needs no unit to read it; a
 * percentage, or a sum of fractional points, stays a Quantity with its UCUM unit.
 */
const scoreValue = (value: number, percentage?: number) =>
  percentage !== undefined
    ? { valueQuantity: { value: percentage, unit: "%", system: "http://unitsofmeasure.org", code: "%" } }
    : Number.isInteger(value)
      ? { valueInteger: value }
      : { valueQuantity: points(value) };

/**
 * One Observation per score, coded with LOINC where LOINC has the instrument (STarT Back: total,
 * distress subscore as a component, and the risk level as an Observation of its own with LOINC's
 * answer code), and with our own code beside it so our round trip knows which score it was.
 * Scores LOINC has no term for (a clinic's own instruments) carry only our code, in the question
 * set's result code system. The LOINC terms: https://loinc.org/91349-1 (panel), /91351-7, /91350-9, /91352-5.
 * A STarT Back total from an incomplete questionnaire is not LOINC's total score (LOINC's risk rules
 * read it as final), so it goes out under our code alone.
 */
export function scoreObservations(score: ScoreResult, ctx: ObservationContext): Resource[] {
  const ours = { system: ctx.codes, code: `score-${score.id}`, display: score.title };
  const common = {
    resourceType: "Observation",
    status: "final",
    category: SURVEY,
    subject: ctx.subject,
    effectiveDateTime: ctx.authored,
    derivedFrom: [ctx.responseRef],
  };
  const loinc = isStartBack(score) && score.complete;
  const distress = loinc ? score.subscales.find((s) => s.id === START_BACK_DISTRESS_SUBSCALE) : undefined;
  const total: Resource = {
    ...common,
    id: ctx.idFor(`score-${score.id}`),
    code: { coding: loinc ? [START_BACK.total, ours] : [ours], text: score.title },
    ...scoreValue(score.total, score.percentage),
    ...((score.band || score.classification) && {
      interpretation: [{ text: [score.band, score.classification].filter(Boolean).join("; ") }],
    }),
    ...(distress && {
      component: [{ code: { coding: [START_BACK.distress], text: distress.title }, ...scoreValue(distress.value) }],
    }),
    note: [{ text: score.working }],
  };
  const level = loinc && score.classification ? START_BACK.risk[score.classification] : undefined;
  if (!level) return [total];
  const risk: Resource = {
    ...common,
    id: ctx.idFor(`score-${score.id}-risk`),
    code: { coding: [START_BACK.riskLevel], text: `${score.title} risk level` },
    valueCodeableConcept: { coding: [level], text: score.classification },
    derivedFrom: [ctx.responseRef, { reference: `Observation/${total.id}` }],
  };
  return [total, risk];
}

/**
 * Each body-map region the patient marked as "pain at this site": our region code, and the SNOMED CT
 * body structure beside it where one exists, so an EHR can file it without knowing our code system.
 */
export function painObservations(definition: Definition, answers: Answers, ctx: ObservationContext): Resource[] {
  const labels = new Map<string, string>(PAIN_REGIONS.map((r) => [r.id, r.label]));
  const system = painRegionSystem(ctx.base);
  const items = definition.sections.flatMap((s) => s.items).filter((i) => i.type === "painmap");
  return items.flatMap((item) => {
    const marked = answers[item.id];
    if (!Array.isArray(marked)) return [];
    return marked
      .filter((id): id is string => typeof id === "string" && labels.has(id))
      .map((id) => {
        const snomed = PAIN_REGION_SNOMED[id as keyof typeof PAIN_REGION_SNOMED];
        return {
          resourceType: "Observation",
          id: ctx.idFor(`pain-${item.id}-${id}`),
          status: "final",
          category: EXAM,
          code: { coding: [PAIN_FINDING], text: "Pain" },
          subject: ctx.subject,
          effectiveDateTime: ctx.authored,
          derivedFrom: [ctx.responseRef],
          bodySite: {
            coding: [{ system, code: id, display: labels.get(id) }, ...(snomed ? [snomed] : [])],
            text: labels.get(id),
          },
        };
      });
  });
}
