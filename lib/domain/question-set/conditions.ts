import type { Condition, Definition, Item, LeafCondition, Section } from "./definition-schema";
import { computedIds } from "./computed-values";

type Lookup = (itemId: string) => unknown;

/** Empty answers (blank text, no choices, NaN from an empty number input) count as unanswered. */
export function isAnswered(value: unknown): boolean {
  if (value === undefined || value === null) return false;
  if (typeof value === "string") return value.trim() !== "";
  if (typeof value === "number") return !Number.isNaN(value);
  if (Array.isArray(value)) return value.length > 0;
  return true;
}

export function evaluateCondition(cond: Condition, answers: Readonly<Record<string, unknown>>): boolean {
  return evaluateWith(cond, (id) => answerOf(answers, id));
}

/** Own properties only, so a question id such as "constructor" never reads Object.prototype. */
export function answerOf<T>(answers: Readonly<Record<string, T>>, itemId: string): T | undefined {
  return Object.hasOwn(answers, itemId) ? answers[itemId] : undefined;
}

function evaluateWith(cond: Condition, get: Lookup): boolean {
  if ("all" in cond) return cond.all.every((c) => evaluateWith(c, get));
  if ("any" in cond) return cond.any.some((c) => evaluateWith(c, get));
  if ("not" in cond) return !evaluateWith(cond.not, get);
  return evaluateLeaf(cond, get(cond.item));
}

/** A leaf on an unanswered (or hidden) question is false; only `not` can turn that around. */
export function evaluateLeaf(cond: LeafCondition, answer: unknown): boolean {
  if (!isAnswered(answer)) return false;
  const { op, value } = cond;
  switch (op) {
    case "answered":
      return true;
    case "equals":
      return answer === value;
    case "notEquals":
      return answer !== value;
    case "includes":
      return Array.isArray(answer) ? answer.includes(value) : answer === value;
    case "gt":
      return typeof answer === "number" && typeof value === "number" && answer > value;
    case "gte":
      return typeof answer === "number" && typeof value === "number" && answer >= value;
    case "lt":
      return typeof answer === "number" && typeof value === "number" && answer < value;
    case "lte":
      return typeof answer === "number" && typeof value === "number" && answer <= value;
  }
}

/**
 * Ids of the items a patient currently sees. A condition sees hidden items as unanswered, so
 * hiding one item can hide a chain of others. Each item is decided once, after the items its
 * conditions (and its section's) depend on, so the answer never depends on how many items the set
 * has or where they stand. Published sets have no cycles (definition-schema rejects them); should
 * one reach here anyway, the question that closes the circle reads as hidden.
 */
export function visibleItemIds(definition: Definition, answers: Readonly<Record<string, unknown>>): Set<string> {
  const owner = new Map<string, { section: Section; item: Item }>();
  for (const section of definition.sections) {
    for (const item of section.items) if (!owner.has(item.id)) owner.set(item.id, { section, item });
  }
  const DECIDING = "deciding";
  const itemShown = new Map<string, boolean | typeof DECIDING>();
  const sectionShown = new Map<Section, boolean | typeof DECIDING>();
  // Computed values (added to `answers` by the caller) are never hidden: they are not questions.
  const computed = computedIds(definition);
  const get: Lookup = (id) => (computed.has(id) || isShown(id) ? answerOf(answers, id) : undefined);
  const decide = <K>(memo: Map<K, boolean | typeof DECIDING>, key: K, shown: () => boolean): boolean => {
    const known = memo.get(key);
    if (known !== undefined) return known === true;
    memo.set(key, DECIDING);
    const result = shown();
    memo.set(key, result);
    return result;
  };
  const isSectionShown = (section: Section): boolean =>
    decide(sectionShown, section, () => !section.enableWhen || evaluateWith(section.enableWhen, get));
  function isShown(id: string): boolean {
    const found = owner.get(id);
    if (!found) return false;
    const { section, item } = found;
    return decide(
      itemShown,
      id,
      () => isSectionShown(section) && (!item.enableWhen || evaluateWith(item.enableWhen, get)),
    );
  }
  const visible = new Set<string>();
  for (const id of owner.keys()) if (isShown(id)) visible.add(id);
  return visible;
}

/** Keeps only answers to questions that exist and are shown; display items never have answers. */
export function pruneHiddenAnswers<T>(definition: Definition, answers: Readonly<Record<string, T>>): Record<string, T> {
  const visible = visibleItemIds(definition, answers);
  const kept: Record<string, T> = {};
  for (const section of definition.sections) {
    for (const item of section.items) {
      const value = answerOf(answers, item.id);
      if (item.type !== "display" && visible.has(item.id) && value !== undefined) kept[item.id] = value;
    }
  }
  return kept;
}
