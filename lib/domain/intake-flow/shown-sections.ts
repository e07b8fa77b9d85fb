import type { Definition, Section } from "../question-set/definition-schema";

/**
 * The sections a patient is shown, given which questions are visible: each is one step of the wizard, between the
 * consent step (step 1) and the review step (the last). The resume page and the form count steps the same way.
 */
export function shownSections(definition: Definition, visible: ReadonlySet<string>): Section[] {
  return definition.sections.filter((s) => s.items.some((i) => visible.has(i.id)));
}

/** Steps in the wizard: consent, one per shown section, review. */
export const wizardStepCount = (sections: readonly Section[]) => sections.length + 2;
