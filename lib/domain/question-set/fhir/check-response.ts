import { STD, ext, type FhirItem, type FhirQuestionnaire } from "./extensions";

/** A QuestionnaireResponse as this checker reads it (any producer's, not only ours). */
export type ResponseItem = { linkId: string; answer?: Record<string, unknown>[]; item?: ResponseItem[] };
export type ResponseLike = { questionnaire?: string; item?: ResponseItem[] };
export type ResponseIssue = { linkId: string; message: string };

const ANSWER_TYPES: Record<string, readonly string[]> = {
  boolean: ["valueBoolean"],
  decimal: ["valueDecimal"],
  integer: ["valueInteger"],
  date: ["valueDate"],
  dateTime: ["valueDateTime"],
  time: ["valueTime"],
  string: ["valueString"],
  text: ["valueString"],
  url: ["valueUri"],
  choice: ["valueCoding", "valueString", "valueInteger", "valueDate", "valueTime"],
  "open-choice": ["valueCoding", "valueString", "valueInteger", "valueDate", "valueTime"],
  attachment: ["valueAttachment"],
  reference: ["valueReference"],
  quantity: ["valueQuantity"],
};

/**
 * Checks a response against its Questionnaire the way a receiving system would: it names this
 * Questionnaire's canonical, every linkId exists at that place in the tree, answers have the item's
 * type and cardinality, and each coded answer is one of the item's answerOption codings exactly
 * (same system, same code). Returns every problem found; an empty list means it fits.
 */
export function checkResponse(questionnaire: FhirQuestionnaire, response: ResponseLike): ResponseIssue[] {
  const issues: ResponseIssue[] = [];
  const canonical = questionnaire.version ? `${questionnaire.url}|${questionnaire.version}` : questionnaire.url;
  if (response.questionnaire !== canonical && response.questionnaire !== questionnaire.url) {
    issues.push({
      linkId: "(response)",
      message: `names Questionnaire "${response.questionnaire}", but this Questionnaire is "${canonical}"`,
    });
  }
  checkLevel(questionnaire.item ?? [], response.item ?? [], issues, true);
  return issues;
}

function checkLevel(defs: FhirItem[], given: ResponseItem[], issues: ResponseIssue[], unconditional: boolean) {
  const byId = new Map(defs.map((d) => [d.linkId, d]));
  const seen = new Map<string, number>();
  for (const item of given) {
    const def = byId.get(item.linkId);
    if (!def) {
      issues.push({ linkId: item.linkId, message: "is not an item of the Questionnaire at this place" });
      continue;
    }
    seen.set(item.linkId, (seen.get(item.linkId) ?? 0) + 1);
    if (def.type === "group" || def.type === "display") {
      if (item.answer?.length)
        issues.push({ linkId: item.linkId, message: `is a ${def.type} and cannot have answers` });
      checkLevel(def.item ?? [], item.item ?? [], issues, unconditional && !conditional(def));
      continue;
    }
    checkAnswers(def, item, issues);
  }
  for (const def of defs) {
    const count = seen.get(def.linkId) ?? 0;
    if (count > 1 && !def.repeats)
      issues.push({ linkId: def.linkId, message: `appears ${count} times but does not repeat` });
    if (def.required && count === 0 && unconditional && !conditional(def) && !def.readOnly) {
      issues.push({ linkId: def.linkId, message: "is required but has no answer" });
    }
  }
}

const conditional = (def: FhirItem) => !!def.enableWhen?.length || !!ext(def.extension, STD.enableWhenExpression);

function checkAnswers(def: FhirItem, item: ResponseItem, issues: ResponseIssue[]) {
  const answers = item.answer ?? [];
  if (answers.length === 0) issues.push({ linkId: item.linkId, message: "is listed without an answer" });
  if (answers.length > 1 && !def.repeats) {
    issues.push({ linkId: item.linkId, message: `has ${answers.length} answers but does not repeat` });
  }
  const allowed = ANSWER_TYPES[def.type] ?? [];
  for (const answer of answers) {
    const keys = Object.keys(answer).filter((k) => k.startsWith("value"));
    const key = keys[0];
    if (keys.length !== 1 || !key) {
      issues.push({ linkId: item.linkId, message: "has an answer without exactly one value[x]" });
      continue;
    }
    if (!allowed.includes(key)) {
      issues.push({ linkId: item.linkId, message: `answers a ${def.type} item with ${key}` });
      continue;
    }
    if (key === "valueCoding" && def.answerOption?.length) {
      const c = answer.valueCoding as { system?: string; code?: string };
      const match = def.answerOption.some(
        (o) => o.valueCoding && o.valueCoding.code === c.code && (o.valueCoding.system ?? null) === (c.system ?? null),
      );
      if (!match) {
        issues.push({
          linkId: item.linkId,
          message: `answers ${c.system ?? "(no system)"}|${c.code}, which is not one of its answerOption codings`,
        });
      }
    }
    if (key === "valueInteger" && !Number.isInteger(answer.valueInteger)) {
      issues.push({ linkId: item.linkId, message: "has a valueInteger that is not a whole number" });
    }
  }
}
