/**
 * Who the patient is and how to reach them: the first thing a clinician needs. Date of birth, phone and email come
 * from the questions with those roles, so an admin who renames a question does not blank the header; preferred
 * contact and language have no role and come from well-known item ids.
 */
import { answerOf, isAnswered } from "../question-set/conditions";
import type { Definition, Item, ItemRole } from "../question-set/definition-schema";
import { itemWithRole } from "../question-set/roles";
import { ageOn } from "../time/clinic-time";
import { formatAnswer } from "./answer-list";

export type PatientContact = {
  dateOfBirth: string | null;
  age: number | null;
  /** As the patient typed it: the clinician reads it back on the phone. */
  phone: string | null;
  phoneHref: string | null;
  email: string | null;
  preferredContact: string | null;
  language: string | null;
};

// Question sets name these differently; the first answered id wins.
const PREFERRED_CONTACT_IDS = ["preferred_contact", "contact_preference"];
const LANGUAGE_IDS = ["language", "preferred_language"];

/** The clinic settings' call-link rule serves patients' numbers too. */
import { telHref as phoneHref } from "../clinic-settings/clinic-settings";

export { phoneHref };

export function patientContact(
  definition: Definition,
  answers: Readonly<Record<string, unknown>>,
  today: string,
): PatientContact {
  const items = new Map<string, Item>(definition.sections.flatMap((s) => s.items.map((i) => [i.id, i] as const)));
  const words = (...ids: string[]): string | null => {
    for (const id of ids) {
      const item = items.get(id);
      const value = answerOf(answers, id);
      if (item && isAnswered(value)) return formatAnswer(item, value).trim() || null;
    }
    return null;
  };
  const idsOf = (role: ItemRole): string[] => {
    const id = itemWithRole(definition, role)?.id;
    return id === undefined ? [] : [id];
  };
  const birthItem = itemWithRole(definition, "dateOfBirth");
  const dob = birthItem && answerOf(answers, birthItem.id);
  const dateOfBirth = birthItem?.type === "date" && typeof dob === "string" ? dob : null;
  const phone = words(...idsOf("phone"));
  const email = words(...idsOf("email"));
  return {
    dateOfBirth,
    age: dateOfBirth ? (ageOn(dateOfBirth, today) ?? null) : null,
    phone,
    phoneHref: phoneHref(phone),
    // Only something that looks like an address becomes a mailto: link.
    email: email && /^[^\s@]+@[^\s@]+$/.test(email) ? email : null,
    preferredContact: words(...PREFERRED_CONTACT_IDS),
    language: words(...LANGUAGE_IDS),
  };
}
