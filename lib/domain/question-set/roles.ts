/**
 * Finding questions by what they mean (their role), not by their id: an admin can rename "full_name" without
 * blanking the queue search or the summary. Type-only imports, so this is safe in the patient's bundle.
 */
import type { DefinitionProblem } from "./definition-schema";
import type { Definition, Item, ItemRole } from "./definition-schema";

/** Roles every published set needs: the clinic must be able to tell who the patient is. */
export const REQUIRED_ROLES: readonly ItemRole[] = ["patientName", "dateOfBirth"];

const ROLE_WORDS: Record<ItemRole, string> = {
  patientName: "the patient's name",
  dateOfBirth: "the date of birth",
  phone: "the phone number",
  email: "the email address",
};

export function itemWithRole(definition: Definition, role: ItemRole): Exclude<Item, { type: "display" }> | undefined {
  for (const section of definition.sections) {
    for (const item of section.items) if (item.type !== "display" && item.role === role) return item;
  }
  return undefined;
}

/** What stops a valid draft from being published: a required role no question has. */
export function publishProblems(definition: Definition): DefinitionProblem[] {
  return REQUIRED_ROLES.filter((role) => !itemWithRole(definition, role)).map((role) => ({
    path: "sections",
    message: `No question is marked as asking for ${ROLE_WORDS[role]}: choose it in that question's settings ("What … asks for") before publishing`,
  }));
}

/** The patient's name as answered, or "" when the set has no such question or it was left blank. */
export function patientNameOf(definition: Definition, answers: Readonly<Record<string, unknown>>): string {
  const id = itemWithRole(definition, "patientName")?.id;
  const value = id === undefined || !Object.hasOwn(answers, id) ? undefined : answers[id];
  return typeof value === "string" ? value : "";
}
