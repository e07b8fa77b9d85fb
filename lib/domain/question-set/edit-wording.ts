import type { Definition } from "./definition-schema";

export type WordingChange = {
  itemId: string;
  text?: string;
  options?: { value: string; label: string }[];
};

/**
 * Applies an admin's wording edits (question text, option labels) in one locale. Structure — ids,
 * option values, conditions — is untouched, so rules and scores keep meaning the same thing.
 */
export function applyWordingChanges(definition: Definition, changes: WordingChange[], locale = "en"): Definition {
  const byItem = new Map(changes.map((c) => [c.itemId, c]));
  return {
    ...definition,
    sections: definition.sections.map((section) => ({
      ...section,
      items: section.items.map((item) => {
        const change = byItem.get(item.id);
        if (!change) return item;
        const next = { ...item };
        if (change.text !== undefined) next.text = { ...item.text, [locale]: change.text };
        if (change.options && "options" in item && "options" in next) {
          const labels = new Map(change.options.map((o) => [o.value, o.label]));
          next.options = item.options.map((o) => {
            const label = labels.get(o.value);
            return label === undefined ? o : { ...o, label: { ...o.label, [locale]: label } };
          });
        }
        return next;
      }),
    })),
  };
}
