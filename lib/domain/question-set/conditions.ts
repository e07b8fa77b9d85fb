import type { Condition, Definition, LeafCondition } from "./definition-schema";
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
 * hiding one item can hide a chain of others. Items are resolved in document order; a condition
 * on a later item uses the previous pass's answer, and passes repeat until nothing changes.
 */
export function visibleItemIds(definition: Definition, answers: Readonly<Record<string, unknown>>): Set<string> {
  const itemCount = definition.sections.reduce((n, s) => n + s.items.length, 0);
  // Computed values (added to `answers` by the caller) are never hidden: they are not questions.
  const computed = computedIds(definition);
  let previous = new Set<string>();
  // A cycle of conditions could flip for ever; one pass per item is enough for any acyclic chain.
  for (let pass = 0; pass <= itemCount; pass++) {
    const visible = new Set<string>();
    const decided = new Set<string>();
    const get: Lookup = (id) =>
      computed.has(id) || (decided.has(id) ? visible : previous).has(id) ? answerOf(answers, id) : undefined;
    for (const section of definition.sections) {
      const sectionShown = !section.enableWhen || evaluateWith(section.enableWhen, get);
      for (const item of section.items) {
        if (sectionShown && (!item.enableWhen || evaluateWith(item.enableWhen, get))) visible.add(item.id);
        decided.add(item.id);
      }
    }
    if (sameSet(visible, previous)) return visible;
    previous = visible;
  }
  return previous;
}

function sameSet(a: ReadonlySet<string>, b: ReadonlySet<string>): boolean {
  return a.size === b.size && [...a].every((x) => b.has(x));
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
