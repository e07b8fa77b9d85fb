import type { Answers } from "../question-set/answer-schema";
import type { Definition, Item } from "../question-set/definition-schema";
import { t } from "../question-set/text";
import { PAIN_REGIONS } from "../pain-map/regions";
import type { ScoreResult } from "../scoring/compute-scores";
import { optionSystem, painRegionSystem, questionnaireCanonical } from "../question-set/fhir/canonical";
import { SCORES_GROUP, scoreLinkId } from "../question-set/fhir/score-items";

export { questionnaireCanonical };

// FHIR R4 QuestionnaireResponse: only the elements we fill, typed so a missing required one fails to compile.
type Coding = { system?: string; code: string; display?: string };
export type FhirAnswer =
  | { valueBoolean: boolean }
  | { valueInteger: number }
  | { valueDecimal: number }
  | { valueString: string }
  | { valueDate: string }
  | { valueCoding: Coding };
export type FhirItem = { linkId: string; text?: string; answer?: FhirAnswer[]; item?: FhirItem[] };
export type QuestionnaireResponse = {
  resourceType: "QuestionnaireResponse";
  id: string;
  identifier: { system: string; value: string };
  questionnaire: string;
  status: "completed";
  /** The language the patient answered in (BCP 47). */
  language?: string;
  subject?: { reference: string };
  authored: string;
  item: FhirItem[];
};

export type ExportedSubmission = {
  id: string;
  referenceCode: string;
  createdAt: Date;
  /** The language the patient answered in; stated as the response's `language`. */
  language?: string;
  version: number;
  answers: Answers;
  /** The scores stored with the submission: they fill the Questionnaire's calculated score items. */
  scores?: readonly Pick<ScoreResult, "id" | "title" | "total" | "percentage">[];
};

function answersOf(item: Item, value: Answers[string], canonicalBase: string, key: string): FhirAnswer[] {
  // Exactly the Questionnaire's answerOption codings, so a validator matching answers to options accepts them.
  const system = optionSystem(canonicalBase, key, item.id);
  switch (item.type) {
    case "yesno":
      return [{ valueBoolean: value === true }];
    case "scale":
      return [{ valueInteger: Number(value) }];
    case "number":
      return [item.integer ? { valueInteger: Number(value) } : { valueDecimal: Number(value) }];
    case "date":
      return [{ valueDate: String(value) }];
    case "text":
      return [{ valueString: String(value) }];
    case "single":
    case "multi": {
      const values = Array.isArray(value) ? value : [String(value)];
      return values.map((v) => {
        const option = item.options.find((o) => o.value === v);
        // An option kept from another terminology (e.g. LOINC answer codes) is answered in that terminology.
        return option?.coding
          ? {
              valueCoding: { system: option.coding.system, code: v, display: option.coding.display ?? t(option.label) },
            }
          : { valueCoding: { system, code: v, display: t(option?.label ?? { en: v }) } };
      });
    }
    case "painmap":
      return (value as string[]).map((v) => ({
        valueCoding: {
          system: painRegionSystem(canonicalBase),
          code: v,
          display: PAIN_REGIONS.find((r) => r.id === v)?.label ?? v,
        },
      }));
    case "display":
      return [];
  }
}

/** One submission as the patient answered it, in the order and wording of the version they answered. */
export function toQuestionnaireResponse(
  definition: Definition,
  submission: ExportedSubmission,
  canonicalBase: string,
): QuestionnaireResponse {
  const sections: FhirItem[] = [];
  for (const section of definition.sections) {
    const items = section.items
      .filter((item) => item.type !== "display" && submission.answers[item.id] !== undefined)
      .map((item) => ({
        linkId: item.id,
        text: t(item.text),
        answer: answersOf(item, submission.answers[item.id]!, canonicalBase, definition.key),
      }))
      .filter((item) => item.answer.length > 0);
    if (items.length > 0) sections.push({ linkId: section.id, text: t(section.title), item: items });
  }
  const scores = (submission.scores ?? []).filter((s) => definition.scores.some((d) => d.id === s.id));
  if (scores.length > 0) {
    sections.push({
      linkId: SCORES_GROUP,
      text: "Scores",
      item: scores.map((s) => ({
        linkId: scoreLinkId(s.id),
        text: s.title,
        answer: [{ valueDecimal: s.percentage ?? s.total }],
      })),
    });
  }
  return {
    resourceType: "QuestionnaireResponse",
    id: submission.id,
    identifier: { system: `${canonicalBase.replace(/\/$/, "")}/reference-code`, value: submission.referenceCode },
    questionnaire: questionnaireCanonical(canonicalBase, definition.key, submission.version),
    status: "completed",
    ...(submission.language ? { language: submission.language } : {}),
    authored: submission.createdAt.toISOString(),
    item: sections,
  };
}
