import type { ClinicContact } from "./clinic-contact";
import { format, type Direction, type Messages } from "@/lib/i18n/messages";

export function emergencyInstruction(contact: ClinicContact, m: Pick<Messages, "safety">, dir: Direction): string {
  return contact.emergencyNumber
    ? format(m.safety.emergencyWithNumber, { number: contact.emergencyNumber }, dir)
    : m.safety.emergencyNoNumber;
}

export function urgentInstruction(contact: ClinicContact, m: Pick<Messages, "safety">, dir: Direction): string {
  if (!contact.clinicPhone) return m.safety.urgentNoPhone;
  return contact.openingHours
    ? format(m.safety.urgentWithPhoneAndHours, { phone: contact.clinicPhone, hours: contact.openingHours }, dir)
    : format(m.safety.urgentWithPhone, { phone: contact.clinicPhone }, dir);
}
