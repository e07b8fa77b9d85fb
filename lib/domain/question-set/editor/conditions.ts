/**
 * Helpers for the enableWhen / red-flag condition builder. Conditions stay in the stored shape
 * (leaf, all, any, not) — the builder edits that tree directly, so nothing is lost for nested
 * conditions such as the default set's fracture rule.
 */
import { PAIN_REGION_IDS } from "../../pain-map/regions";
import type { ComputedValue } from "../computed-value-schema";
import type { Condition, ConditionOp, Definition, Item, LeafCondition } from "../definition-schema";
import { t } from "../text";

export type ConditionPath = (number | "not")[];

export const OP_LABELS: Record<ConditionOp, string> = {
  equals: "is",
  notEquals: "is not",
  includes: "includes",
  gt: "is more than",
  gte: "is at least",
  lt: "is less than",
  lte: "is at most",
  answered: "is answered",
};

/** The operators that make sense for a question's type (the meta-schema refuses the others). */
export function operatorsFor(item: Item): ConditionOp[] {
  switch (item.type) {
    case "single":
      return ["equals", "notEquals", "includes", "answered"];
    case "multi":
    case "painmap":
      return ["includes", "answered"];
    case "yesno":
    case "text":
    case "date":
      return ["equals", "notEquals", "answered"];
    case "scale":
    case "number":
      return ["equals", "notEquals", "gt", "gte", "lt", "lte", "answered"];
    case "display":
      return [];
  }
}

/** To a condition a computed value (computed-values.ts) is a whole-number answer under its own id, titled by its title. */
function computedAsItem(computed: ComputedValue): Item {
  return { id: computed.id, type: "number", text: computed.title, required: false, integer: true };
}

/**
 * What a condition can name: every question but display text, then the computed values (compared as numbers), but
 * not the owner's own questions, nor a value worked out from one of them (a question shown by its own answer).
 */
export function conditionTargets(definition: Definition, exclude: ReadonlySet<string> = new Set()): Item[] {
  const questions = definition.sections
    .flatMap((s) => s.items)
    .filter((item) => item.type !== "display" && !exclude.has(item.id));
  const computed = (definition.computed ?? [])
    .filter((c) => !exclude.has(c.id) && !exclude.has(c.from))
    .map(computedAsItem);
  return [...questions, ...computed];
}

/** The question or computed value a comparison names, as the builder edits it; undefined when it names neither. */
export function findConditionTarget(definition: Definition, id: string): Item | undefined {
  const question = definition.sections.flatMap((s) => s.items).find((i) => i.id === id);
  if (question) return question;
  const computed = definition.computed?.find((c) => c.id === id);
  return computed ? computedAsItem(computed) : undefined;
}

/** Whether a target the builder lists is a computed value rather than a question. */
export function isComputedTarget(definition: Definition, id: string): boolean {
  return (
    (definition.computed ?? []).some((c) => c.id === id) &&
    !definition.sections.some((s) => s.items.some((i) => i.id === id))
  );
}

/** How the builder lists a target: a question by id and wording, a computed value by its title. */
export function targetLabel(definition: Definition, item: Item): string {
  if (isComputedTarget(definition, item.id)) return `${t(item.text).trim() || item.id} (computed value)`;
  return `${t(item.text).slice(0, 50)} (${item.id})`;
}

/** A sensible first leaf for a question: the first operator with its first possible value. */
export function defaultLeaf(item: Item): LeafCondition {
  const op = operatorsFor(item)[0] ?? "answered";
  return withOp({ item: item.id, op }, item, op);
}

/** Changes the operator and keeps the value when it still fits, otherwise picks a fitting one. */
export function withOp(leaf: LeafCondition, item: Item, op: ConditionOp): LeafCondition {
  if (op === "answered") return { item: leaf.item, op };
  const value = fitValue(item, op, leaf.value);
  return { item: leaf.item, op, value };
}

function fitValue(item: Item, op: ConditionOp, value: LeafCondition["value"]): string | number | boolean {
  const numeric = op === "gt" || op === "gte" || op === "lt" || op === "lte";
  switch (item.type) {
    case "yesno":
      return typeof value === "boolean" ? value : true;
    case "single":
    case "multi":
      return typeof value === "string" && item.options.some((o) => o.value === value)
        ? value
        : (item.options[0]?.value ?? "");
    case "painmap":
      return typeof value === "string" && (PAIN_REGION_IDS as readonly string[]).includes(value)
        ? value
        : (PAIN_REGION_IDS[0] ?? "");
    case "scale":
    case "number":
      return typeof value === "number" ? value : numeric && item.type === "scale" ? item.min : 0;
    default:
      return typeof value === "string" ? value : "";
  }
}

/** Turns what the admin typed or picked into the stored value for that question type. */
export function valueFromInput(item: Item, raw: string): string | number | boolean {
  if (item.type === "yesno") return raw === "true";
  if (item.type === "scale" || item.type === "number") {
    const n = Number(raw);
    return raw.trim() === "" || !Number.isFinite(n) ? 0 : n;
  }
  return raw;
}

export function getAt(cond: Condition, path: ConditionPath): Condition | undefined {
  let node: Condition | undefined = cond;
  for (const step of path) {
    if (!node) return undefined;
    if (step === "not") node = "not" in node ? node.not : undefined;
    else node = "all" in node ? node.all[step] : "any" in node ? node.any[step] : undefined;
  }
  return node;
}

/** Replaces (or, with `null`, removes from its group) the node at a path, returning a new tree. */
export function replaceAt(cond: Condition, path: ConditionPath, next: Condition | null): Condition | null {
  if (path.length === 0) return next;
  const [step, ...rest] = path;
  if (step === "not") {
    if (!("not" in cond)) return cond;
    const inner = replaceAt(cond.not, rest, next);
    return inner ? { not: inner } : null;
  }
  const key = "all" in cond ? "all" : "any" in cond ? "any" : null;
  if (!key) return cond;
  const list = key === "all" ? (cond as { all: Condition[] }).all : (cond as { any: Condition[] }).any;
  const children = list.flatMap((child, i) => {
    if (i !== step) return [child];
    const replaced = replaceAt(child, rest, next);
    return replaced ? [replaced] : [];
  });
  return key === "all" ? { all: children } : { any: children };
}

/** Adds a child to the group at a path. */
export function appendAt(cond: Condition, path: ConditionPath, child: Condition): Condition {
  const group = getAt(cond, path);
  if (!group || !("all" in group || "any" in group)) return cond;
  const next = "all" in group ? { all: [...group.all, child] } : { any: [...group.any, child] };
  return replaceAt(cond, path, next) ?? cond;
}

/** Switches a group between "all of" and "any of", keeping its children. */
export function toggleGroupMode(group: Condition): Condition {
  if ("all" in group) return { any: group.all };
  if ("any" in group) return { all: group.any };
  return group;
}

/** Every question id a condition reads. */
export function itemsInCondition(cond: Condition): string[] {
  if ("all" in cond) return cond.all.flatMap(itemsInCondition);
  if ("any" in cond) return cond.any.flatMap(itemsInCondition);
  if ("not" in cond) return itemsInCondition(cond.not);
  return [cond.item];
}
