/**
 * Computed values in the editor: an age worked out from a date question instead of asked (computed-values.ts), added,
 * renamed, pointed at another date question or removed. Conditions, rules and scores name a computed value by its id
 * as they name a question, so removing one they use is refused with the places named, as for a question.
 */
import type { ComputedValue } from "../computed-value-schema";
import type { Definition, Item } from "../definition-schema";
import { QUESTION_ID_PATTERN } from "../id-patterns";
import { t } from "../text";
import { idFromLabel } from "./ids";
import { ok, refuse, type EditResult } from "./result";
import { findItemUsages, type ItemUsage } from "./usages";
import type { ProblemPlace } from "./validate";

/** The title a new age value gets when the admin gives none. */
export const DEFAULT_AGE_TITLE = "Age in years";

const quote = (text: string) => `“${text}”`;

export function computedValues(definition: Definition): readonly ComputedValue[] {
  return definition.computed ?? [];
}

export function findComputedValue(definition: Definition, id: string): ComputedValue | undefined {
  return computedValues(definition).find((c) => c.id === id);
}

/** The questions an age can be worked out from: date questions, in the order the patient meets them. */
export function dateQuestions(definition: Definition): Item[] {
  return definition.sections.flatMap((s) => s.items).filter((item) => item.type === "date");
}

/** Every id a new question or computed value must not take: they share one namespace in answers and conditions. */
export function takenIds(definition: Definition): string[] {
  return [
    ...definition.sections.flatMap((s) => s.items.map((i) => i.id)),
    ...computedValues(definition).map((c) => c.id),
  ];
}

/** A computed value's name in messages: its title, or its id while it has none. */
export function computedName(value: ComputedValue): string {
  return value.title.en.trim() ? quote(value.title.en.trim()) : value.id;
}

/** What the value is, in words: "Age in whole years on the day the form is sent, from “Date of birth”". */
export function describeComputedValue(definition: Definition, value: ComputedValue): string {
  const source = dateQuestions(definition).find((i) => i.id === value.from);
  const from = source ? quote(t(source.text).trim() || source.id) : `“${value.from}”, which is not a date question`;
  return `Age in whole years on the day the form is sent, from ${from}`;
}

function sourceProblem(definition: Definition, fromItemId: string): EditResult | undefined {
  const item = definition.sections.flatMap((s) => s.items).find((i) => i.id === fromItemId);
  if (!item) return refuse("not-found", `No question "${fromItemId}"`);
  if (item.type !== "date") {
    return refuse("not-a-date", `An age is worked out from a date question; ${quote(t(item.text))} is not one`);
  }
  return undefined;
}

/**
 * Adds an age in whole years worked out from a date question. Its id comes from the title ("Age in years" →
 * `age_in_years`), unique among questions and computed values, so conditions and exports read it.
 */
export function addAgeValue(definition: Definition, title: string, fromItemId: string): EditResult {
  const refused = sourceProblem(definition, fromItemId);
  if (refused) return refused;
  const words = title.trim() || DEFAULT_AGE_TITLE;
  const id = idFromLabel(words, takenIds(definition), "value");
  if (!QUESTION_ID_PATTERN.test(id)) return refuse("invalid-id", `No id can be made from ${quote(words)}`);
  const value: ComputedValue = { id, kind: "ageInYears", from: fromItemId, title: { en: words } };
  return ok({ ...definition, computed: [...computedValues(definition), value] });
}

function replace(definition: Definition, id: string, next: (value: ComputedValue) => ComputedValue): EditResult {
  if (!findComputedValue(definition, id)) return refuse("not-found", `No computed value "${id}"`);
  return ok({ ...definition, computed: computedValues(definition).map((c) => (c.id === id ? next(c) : c)) });
}

/**
 * Renames the value's English title. Its id stays: conditions, rules and exported submissions refer to it. An empty
 * title is kept (the validation panel says it is missing), as for every other text the admin is typing.
 */
export function renameComputedValue(definition: Definition, id: string, title: string): EditResult {
  return replace(definition, id, (value) => ({ ...value, title: { ...value.title, en: title } }));
}

/** Works the value out from another date question; any other kind of question is refused. */
export function changeComputedSource(definition: Definition, id: string, fromItemId: string): EditResult {
  if (!findComputedValue(definition, id)) return refuse("not-found", `No computed value "${id}"`);
  return sourceProblem(definition, fromItemId) ?? replace(definition, id, (value) => ({ ...value, from: fromItemId }));
}

/** The conditions, rules, scores and "at least one of" rules that read the value. */
export function findComputedUsages(definition: Definition, id: string): ItemUsage[] {
  return findItemUsages(definition, id);
}

/** Removes a computed value unless something still reads it; then the refusal names what does. */
export function deleteComputedValue(definition: Definition, id: string): EditResult {
  const value = findComputedValue(definition, id);
  if (!value) return refuse("not-found", `No computed value "${id}"`);
  const usages = findComputedUsages(definition, id);
  if (usages.length > 0) {
    return {
      ok: false,
      code: "in-use",
      message: `${computedName(value)} is used by ${usages.map((u) => u.description).join("; ")}. Change those first.`,
      usages,
    };
  }
  const computed = computedValues(definition).filter((c) => c.id !== id);
  const next: Definition = { ...definition, computed };
  if (computed.length === 0) delete next.computed;
  return ok(next);
}

/** The card a usage belongs to, so the panel can link "used by" to the place to change. */
export function usagePlace(usage: ItemUsage): ProblemPlace {
  switch (usage.kind) {
    case "item-condition":
      return { kind: "item", itemId: usage.ownerId };
    case "section-condition":
      return { kind: "section", sectionId: usage.ownerId };
    case "red-flag-rule":
      return { kind: "rule", ruleId: usage.ownerId };
    case "score":
      return { kind: "score", scoreId: usage.ownerId };
    case "computed-value":
      return { kind: "computed", computedId: usage.ownerId };
    case "constraint":
      return { kind: "constraint", index: Number(usage.ownerId) - 1 };
  }
}
