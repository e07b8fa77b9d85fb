import type { ClinicContact } from "./clinic-contact";

export function emergencyInstruction(contact: ClinicContact): string {
  return contact.emergencyNumber
    ? `Call ${contact.emergencyNumber} or go to the nearest emergency department now. Do not wait for the clinic to contact you.`
    : "Call your local emergency number or go to the nearest emergency department now. Do not wait for the clinic to contact you.";
}

export function urgentInstruction(contact: ClinicContact): string {
  const hours = contact.openingHours ? ` (open ${contact.openingHours})` : "";
  return contact.clinicPhone
    ? `Some of your answers need a clinician to look at them soon. Call the clinic on ${contact.clinicPhone}${hours}, or your own doctor. You can carry on with the form.`
    : "Some of your answers need a clinician to look at them soon. Contact the clinic or your own doctor today. You can carry on with the form.";
}
