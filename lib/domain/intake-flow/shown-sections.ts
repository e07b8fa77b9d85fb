import type { Definition, Item, Section } from "../question-set/definition-schema";

/** Hidden display text (FHIR's questionnaire-hidden, kept from an import) is in the set but never on screen. */
const seenByPatient = (item: Item, visible: ReadonlySet<string>) =>
  visible.has(item.id) && !(item.type === "display" && item.hidden === true);

/**
 * The sections a patient is shown, given which questions are visible: each is one step of the wizard, between the
 * consent step (step 1) and the review step (the last). A section whose visible items are all hidden text would be
 * an empty page, so it is no step. The resume page and the form count steps the same way.
 */
export function shownSections(definition: Definition, visible: ReadonlySet<string>): Section[] {
  return definition.sections.filter((s) => s.items.some((i) => seenByPatient(i, visible)));
}

/** Steps in the wizard: consent, one per shown section, review. */
export const wizardStepCount = (sections: readonly Section[]) => sections.length + 2;
