import type { Condition, Item, LeafCondition } from "../definition-schema";
import type { FhirEnableWhen } from "./extensions";

/** Says, for a question id, what it is and which code system its option codings use. */
export type ItemInfo = (id: string) => { item: Item; system?: string } | undefined;

export type FhirCondition = { enableWhen: FhirEnableWhen[]; enableBehavior?: "all" | "any" } | { expression: string };

const OPS: Record<Exclude<LeafCondition["op"], "answered" | "includes">, FhirEnableWhen["operator"]> = {
  equals: "=",
  notEquals: "!=",
  gt: ">",
  gte: ">=",
  lt: "<",
  lte: "<=",
};

/**
 * A condition in FHIR's words: `enableWhen` + `enableBehavior` where a flat list can say it exactly,
 * otherwise an SDC `enableWhenExpression` (FHIRPath) for "not", nesting or mixed types. Our engine
 * treats an unanswered (or hidden) question as failing every comparison; FHIR's `!=` on an unanswered
 * question is read either way by renderers, so "not equal" is written with an `exists` beside it.
 */
export function conditionToFhir(condition: Condition, info: ItemInfo): FhirCondition {
  const behavior = "all" in condition ? "all" : "any" in condition ? "any" : undefined;
  const leaves = "all" in condition ? condition.all : "any" in condition ? condition.any : [condition];
  if (leaves.length > 0 && leaves.every((c): c is LeafCondition => "item" in c)) {
    const whens = leaves.map((leaf) => leafToEnableWhen(leaf, info));
    const ok = whens.every((w): w is FhirEnableWhen[] => w !== null);
    // A "not equal" is two enableWhens that must both hold, which an "any" list cannot say.
    if (ok && !(behavior === "any" && whens.some((w) => w.length > 1))) {
      const enableWhen = whens.flat();
      return enableWhen.length > 1 ? { enableWhen, enableBehavior: behavior ?? "all" } : { enableWhen };
    }
  }
  return { expression: toFhirPath(condition, info) };
}

function leafToEnableWhen(leaf: LeafCondition, info: ItemInfo): FhirEnableWhen[] | null {
  const question = leaf.item;
  if (leaf.op === "answered") return [{ question, operator: "exists", answerBoolean: true }];
  const target = info(leaf.item);
  if (!target) return null;
  const answer = typedAnswer(target.item, target.system, leaf.value);
  if (!answer) return null;
  const operator = leaf.op === "includes" ? "=" : OPS[leaf.op];
  const when = { question, operator, ...answer } as FhirEnableWhen;
  return leaf.op === "notEquals" ? [{ question, operator: "exists", answerBoolean: true }, when] : [when];
}

/** answer[x] of the compared question's own type (integer for integer questions, coding for choices, …). */
function typedAnswer(
  item: Item,
  system: string | undefined,
  value: LeafCondition["value"],
): Partial<FhirEnableWhen> | null {
  switch (item.type) {
    case "yesno":
      return typeof value === "boolean" ? { answerBoolean: value } : null;
    case "scale":
      return typeof value === "number" && Number.isInteger(value) ? { answerInteger: value } : null;
    case "number":
      if (typeof value !== "number") return null;
      return item.integer && Number.isInteger(value) ? { answerInteger: value } : { answerDecimal: value };
    case "date":
      return typeof value === "string" ? { answerDate: value } : null;
    case "text":
      return typeof value === "string" ? { answerString: value } : null;
    case "single":
    case "multi": {
      if (typeof value !== "string") return null;
      // The compared option's own coding, so the enableWhen matches an answer a renderer stores.
      const own = item.options.find((o) => o.value === value)?.coding?.system ?? system;
      return { answerCoding: own ? { system: own, code: value } : { code: value } };
    }
    case "painmap":
      return typeof value === "string" ? { answerCoding: system ? { system, code: value } : { code: value } } : null;
    case "display":
      return null;
  }
}

const quote = (s: string) => `'${s.replace(/\\/g, "\\\\").replace(/'/g, "\\'")}'`;
// Our responses are always section → question, so two steps reach every answer (and Medplum's FHIRPath,
// used to test these, has no repeat()).
const answers = (id: string) => `%resource.item.item.where(linkId=${quote(id)}).answer.value`;

/** FHIRPath over the QuestionnaireResponse; disabled items carry no answers there, as hidden ones have none here. */
export function toFhirPath(condition: Condition, info: ItemInfo): string {
  if ("all" in condition)
    return condition.all.length ? condition.all.map((c) => `(${toFhirPath(c, info)})`).join(" and ") : "true";
  if ("any" in condition)
    return condition.any.length ? condition.any.map((c) => `(${toFhirPath(c, info)})`).join(" or ") : "false";
  if ("not" in condition) return `(${toFhirPath(condition.not, info)}).not()`;
  const a = answers(condition.item);
  if (condition.op === "answered") return `${a}.exists()`;
  const target = info(condition.item);
  const value = condition.value;
  const isCoding = target && ["single", "multi", "painmap"].includes(target.item.type);
  const literal =
    typeof value === "string"
      ? target?.item.type === "date" && /^\d{4}-\d{2}-\d{2}$/.test(value)
        ? `@${value}`
        : quote(value)
      : String(value);
  const match = isCoding ? `code = ${literal}` : `$this = ${literal}`;
  switch (condition.op) {
    case "equals":
    case "includes":
      return `${a}.where(${match}).exists()`;
    case "notEquals":
      return `(${a}.exists() and ${a}.where(${match}).empty())`;
    case "gt":
      return `${a}.where($this > ${literal}).exists()`;
    case "gte":
      return `${a}.where($this >= ${literal}).exists()`;
    case "lt":
      return `${a}.where($this < ${literal}).exists()`;
    case "lte":
      return `${a}.where($this <= ${literal}).exists()`;
  }
}
