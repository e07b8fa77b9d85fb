import type { Definition, Item, ItemType, Section } from "../definition-schema";
import { findItemUsages, describeUsages } from "./usages";
import { moveInList, ok, refuse, type EditResult } from "./result";
import { QUESTION_ID_PATTERN } from "../id-patterns";

export const ITEM_TYPE_LABELS: Record<ItemType, string> = {
  single: "Single choice",
  multi: "Multiple choice",
  yesno: "Yes / no",
  scale: "Scale (e.g. 0–10)",
  number: "Number",
  text: "Text",
  date: "Date",
  painmap: "Body map",
  display: "Display text (not a question)",
};

export function allItems(definition: Definition): Item[] {
  return definition.sections.flatMap((s) => s.items);
}

export function findItem(definition: Definition, itemId: string) {
  for (const [si, section] of definition.sections.entries()) {
    const ii = section.items.findIndex((i) => i.id === itemId);
    if (ii >= 0) return { section, sectionIndex: si, item: section.items[ii]!, itemIndex: ii };
  }
  return undefined;
}

/** The first free id like `question_3`, for an admin who has not chosen one. */
export function suggestItemId(definition: Definition, base = "question"): string {
  const used = new Set(allItems(definition).map((i) => i.id));
  for (let n = 1; ; n++) if (!used.has(`${base}_${n}`)) return `${base}_${n}`;
}

/**
 * A new question of a type with the fields that type needs. Text starts as a placeholder the
 * admin replaces; choice questions start with two options so the preview shows something real.
 */
export function newItem(id: string, type: ItemType, text = "New question"): Item {
  const base = { id, text: { en: text } };
  const answerable = { ...base, required: false };
  switch (type) {
    case "single":
    case "multi":
      return {
        ...answerable,
        type,
        options: [
          { value: "option_1", label: { en: "Option 1" } },
          { value: "option_2", label: { en: "Option 2" } },
        ],
      } as Item;
    case "scale":
      return { ...answerable, type, min: 0, max: 10, minLabel: { en: "None" }, maxLabel: { en: "Worst possible" } };
    case "number":
      return { ...answerable, type, integer: true };
    case "text":
      return { ...answerable, type, maxLength: 500 };
    case "date":
    case "yesno":
    case "painmap":
      return { ...answerable, type };
    case "display":
      return { ...base, type };
  }
}

function mapSections(definition: Definition, fn: (section: Section) => Section): Definition {
  return { ...definition, sections: definition.sections.map(fn) };
}

/** Adds a question to a section (at the end, or at `index`). Ids are unique across the whole definition. */
export function addItem(definition: Definition, sectionId: string, item: Item, index?: number): EditResult {
  if (!QUESTION_ID_PATTERN.test(item.id)) {
    return refuse("invalid-id", "Question ids start with a lower-case letter and use only a-z, 0-9 and _");
  }
  if (findItem(definition, item.id)) return refuse("duplicate-id", `There is already a question "${item.id}"`);
  if (!definition.sections.some((s) => s.id === sectionId)) return refuse("not-found", "No such section");
  return ok(
    mapSections(definition, (s) => {
      if (s.id !== sectionId) return s;
      const items = [...s.items];
      items.splice(index ?? items.length, 0, item);
      return { ...s, items };
    }),
  );
}

/**
 * Replaces a question's fields. The id cannot change here: rules, scores and stored answers refer to
 * it, so a "rename" is a new question plus deleting the old one once nothing uses it.
 */
export function updateItem(definition: Definition, itemId: string, next: Item): EditResult {
  if (next.id !== itemId) return refuse("invalid-id", "A question's id cannot be changed");
  if (!findItem(definition, itemId)) return refuse("not-found", `No question "${itemId}"`);
  return ok(mapSections(definition, (s) => ({ ...s, items: s.items.map((i) => (i.id === itemId ? next : i)) })));
}

/**
 * Changes a question's type, keeping what carries over (wording, help, condition, required) and
 * giving the new type its default settings. Rules that compare the old answers are reported by validation.
 */
export function changeItemType(definition: Definition, itemId: string, type: ItemType): EditResult {
  const found = findItem(definition, itemId);
  if (!found) return refuse("not-found", `No question "${itemId}"`);
  const old = found.item;
  if (old.type === type) return ok(definition);
  const fresh = newItem(itemId, type, old.text.en);
  const carried: Record<string, unknown> = { ...fresh, text: old.text };
  if (old.help) carried.help = old.help;
  if (old.enableWhen) carried.enableWhen = old.enableWhen;
  if (type !== "display" && "required" in old) carried.required = old.required;
  if ((type === "single" || type === "multi") && "options" in old) carried.options = old.options;
  return updateItem(definition, itemId, carried as Item);
}

/** Moves a question within its section (drag or "Move up/down"). */
export function moveItem(definition: Definition, itemId: string, toIndex: number): EditResult {
  const found = findItem(definition, itemId);
  if (!found) return refuse("not-found", `No question "${itemId}"`);
  const items = moveInList(found.section.items, found.itemIndex, toIndex);
  if (!items) return refuse("out-of-range", "The question is already at that end of its section");
  return ok(mapSections(definition, (s) => (s.id === found.section.id ? { ...s, items } : s)));
}

/** Moves a question into another section (at the end, or at `index`). */
export function moveItemToSection(
  definition: Definition,
  itemId: string,
  sectionId: string,
  index?: number,
): EditResult {
  const found = findItem(definition, itemId);
  if (!found) return refuse("not-found", `No question "${itemId}"`);
  if (found.section.id === sectionId) return moveItem(definition, itemId, index ?? found.section.items.length - 1);
  if (!definition.sections.some((s) => s.id === sectionId)) return refuse("not-found", "No such section");
  const without = mapSections(definition, (s) =>
    s.id === found.section.id ? { ...s, items: s.items.filter((i) => i.id !== itemId) } : s,
  );
  return addItem(without, sectionId, found.item, index);
}

/** Deletes a question unless something still reads its answer; then the refusal lists what does. */
export function deleteItem(definition: Definition, itemId: string): EditResult {
  if (!findItem(definition, itemId)) return refuse("not-found", `No question "${itemId}"`);
  const usages = findItemUsages(definition, itemId);
  if (usages.length > 0) return { ok: false, code: "in-use", message: describeUsages(itemId, usages), usages };
  return ok(mapSections(definition, (s) => ({ ...s, items: s.items.filter((i) => i.id !== itemId) })));
}
