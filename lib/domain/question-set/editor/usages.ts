import type { Definition } from "../definition-schema";
import { t } from "../text";
import { itemsInCondition } from "./conditions";

/** Something in a definition that reads a question's answer, named so an admin can find it. */
export type ItemUsage = {
  kind: "item-condition" | "section-condition" | "red-flag-rule" | "score" | "constraint" | "computed-value";
  /** Id of the question, section, rule, score or computed value that uses it (constraints: their 1-based number). */
  ownerId: string;
  description: string;
};

/**
 * Everything that would break if the question were deleted: conditions, rules, scores, constraints, and the computed
 * values worked out from it (an age from the date of birth). Computed values are read by id like questions, so this
 * also answers what uses a computed value.
 */
export function findItemUsages(definition: Definition, itemId: string): ItemUsage[] {
  const usages: ItemUsage[] = [];
  for (const section of definition.sections) {
    if (section.enableWhen && itemsInCondition(section.enableWhen).includes(itemId)) {
      usages.push({
        kind: "section-condition",
        ownerId: section.id,
        description: `the condition on section "${t(section.title)}"`,
      });
    }
    for (const item of section.items) {
      if (item.id !== itemId && item.enableWhen && itemsInCondition(item.enableWhen).includes(itemId)) {
        usages.push({
          kind: "item-condition",
          ownerId: item.id,
          description: `the condition on question "${item.id}"`,
        });
      }
    }
  }
  for (const rule of definition.redFlagRules) {
    if (itemsInCondition(rule.when).includes(itemId)) {
      usages.push({ kind: "red-flag-rule", ownerId: rule.id, description: `red-flag rule "${t(rule.title)}"` });
    }
  }
  for (const score of definition.scores) {
    const inScore = score.items.some((i) => i.item === itemId) || score.subscales.some((s) => s.items.includes(itemId));
    if (inScore) usages.push({ kind: "score", ownerId: score.id, description: `score "${t(score.title)}"` });
  }
  definition.constraints.forEach((constraint, ci) => {
    if (constraint.items.includes(itemId)) {
      usages.push({
        kind: "constraint",
        ownerId: String(ci + 1),
        description: `the rule "${t(constraint.message)}"`,
      });
    }
  });
  for (const computed of definition.computed ?? []) {
    if (computed.from === itemId) {
      usages.push({
        kind: "computed-value",
        ownerId: computed.id,
        description: `the computed value “${t(computed.title).trim() || computed.id}”`,
      });
    }
  }
  return usages;
}

export function describeUsages(itemId: string, usages: readonly ItemUsage[]): string {
  return `Question "${itemId}" is used by ${usages.map((u) => u.description).join("; ")}. Change those first.`;
}
