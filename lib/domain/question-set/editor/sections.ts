import type { Definition, Section } from "../definition-schema";
import { findItemUsages, type ItemUsage } from "./usages";
import { moveInList, ok, refuse, type EditResult } from "./result";
import { KEY_ID_PATTERN } from "../id-patterns";

export function suggestSectionId(definition: Definition): string {
  const used = new Set(definition.sections.map((s) => s.id));
  for (let n = 1; ; n++) if (!used.has(`section-${n}`)) return `section-${n}`;
}

/** Adds a section (a wizard step). A section must hold a question before publishing; validation says so. */
export function addSection(definition: Definition, section: Section, index?: number): EditResult {
  if (!KEY_ID_PATTERN.test(section.id)) {
    return refuse("invalid-id", "Section ids start with a lower-case letter and use only a-z, 0-9, - and _");
  }
  if (definition.sections.some((s) => s.id === section.id)) {
    return refuse("duplicate-id", `There is already a section "${section.id}"`);
  }
  const sections = [...definition.sections];
  sections.splice(index ?? sections.length, 0, section);
  return ok({ ...definition, sections });
}

/** Replaces a section's own fields (title, description, condition); its questions are edited one by one. */
export function updateSection(
  definition: Definition,
  sectionId: string,
  fields: Pick<Section, "title"> & Partial<Pick<Section, "description" | "enableWhen">>,
): EditResult {
  if (!definition.sections.some((s) => s.id === sectionId)) return refuse("not-found", "No such section");
  return ok({
    ...definition,
    sections: definition.sections.map((s) => {
      if (s.id !== sectionId) return s;
      const next: Section = { id: s.id, title: fields.title, items: s.items };
      if (fields.description) next.description = fields.description;
      if (fields.enableWhen) next.enableWhen = fields.enableWhen;
      return next;
    }),
  });
}

export function moveSection(definition: Definition, sectionId: string, toIndex: number): EditResult {
  const from = definition.sections.findIndex((s) => s.id === sectionId);
  if (from < 0) return refuse("not-found", "No such section");
  const sections = moveInList(definition.sections, from, toIndex);
  if (!sections) return refuse("out-of-range", "The section is already at that end");
  return ok({ ...definition, sections });
}

/**
 * Deletes a section with its questions, unless something outside the section reads one of them.
 * Conditions inside the section go with it, so they do not count.
 */
export function deleteSection(definition: Definition, sectionId: string): EditResult {
  const section = definition.sections.find((s) => s.id === sectionId);
  if (!section) return refuse("not-found", "No such section");
  const inside = new Set(section.items.map((i) => i.id));
  const usages: ItemUsage[] = section.items.flatMap((item) =>
    findItemUsages(definition, item.id)
      .filter(
        (u) =>
          !(u.kind === "item-condition" && inside.has(u.ownerId)) &&
          !(u.kind === "section-condition" && u.ownerId === sectionId),
      )
      .map((u) => ({ ...u, description: `${u.description} (uses "${item.id}")` })),
  );
  if (usages.length > 0) {
    return {
      ok: false,
      code: "in-use",
      message: `Questions in this section are used by ${usages.map((u) => u.description).join("; ")}. Change those first.`,
      usages,
    };
  }
  return ok({ ...definition, sections: definition.sections.filter((s) => s.id !== sectionId) });
}
