import type { Condition, Definition, RedFlagRule } from "../definition-schema";
import { moveInList, ok, refuse, type EditResult } from "./result";
import { KEY_ID_PATTERN } from "../id-patterns";

export function suggestRuleId(definition: Definition): string {
  const used = new Set(definition.redFlagRules.map((r) => r.id));
  for (let n = 1; ; n++) if (!used.has(`rule-${n}`)) return `rule-${n}`;
}

/** A rule skeleton: the admin fills in the condition, texts and citation; validation lists what is missing. */
export function newRedFlagRule(id: string, when: Condition): RedFlagRule {
  return {
    id,
    severity: "URGENT",
    title: { en: "New red flag" },
    when,
    clinicianText: { en: "" },
    patientText: { en: "" },
    citation: "",
  };
}

export function addRedFlagRule(definition: Definition, rule: RedFlagRule): EditResult {
  if (!KEY_ID_PATTERN.test(rule.id)) {
    return refuse("invalid-id", "Rule ids start with a lower-case letter and use only a-z, 0-9, - and _");
  }
  if (definition.redFlagRules.some((r) => r.id === rule.id)) {
    return refuse("duplicate-id", `There is already a rule "${rule.id}"`);
  }
  return ok({ ...definition, redFlagRules: [...definition.redFlagRules, rule] });
}

export function updateRedFlagRule(definition: Definition, ruleId: string, next: RedFlagRule): EditResult {
  if (next.id !== ruleId) return refuse("invalid-id", "A rule's id cannot be changed");
  if (!definition.redFlagRules.some((r) => r.id === ruleId)) return refuse("not-found", `No rule "${ruleId}"`);
  return ok({ ...definition, redFlagRules: definition.redFlagRules.map((r) => (r.id === ruleId ? next : r)) });
}

export function moveRedFlagRule(definition: Definition, ruleId: string, toIndex: number): EditResult {
  const from = definition.redFlagRules.findIndex((r) => r.id === ruleId);
  if (from < 0) return refuse("not-found", `No rule "${ruleId}"`);
  const redFlagRules = moveInList(definition.redFlagRules, from, toIndex);
  if (!redFlagRules) return refuse("out-of-range", "The rule is already at that end");
  return ok({ ...definition, redFlagRules });
}

/** Nothing refers to a rule by id inside a definition, so deleting one is always possible. */
export function deleteRedFlagRule(definition: Definition, ruleId: string): EditResult {
  if (!definition.redFlagRules.some((r) => r.id === ruleId)) return refuse("not-found", `No rule "${ruleId}"`);
  return ok({ ...definition, redFlagRules: definition.redFlagRules.filter((r) => r.id !== ruleId) });
}

// Score operations live in ./scores; re-exported so existing callers keep working.
export { addScore, deleteScore, updateScore } from "./scores";
