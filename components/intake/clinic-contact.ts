/**
 * What the patient pages need from the clinic settings. Until an admin fills them in every field is
 * null, and the pages must then say "your local emergency number" rather than show an empty link.
 */
export type ClinicContact = {
  clinicName: string | null;
  clinicPhone: string | null;
  emergencyNumber: string | null;
  openingHours: string | null;
  responseTime: string | null;
};

export const NO_CLINIC_CONTACT: ClinicContact = {
  clinicName: null,
  clinicPhone: null,
  emergencyNumber: null,
  openingHours: null,
  responseTime: null,
};

/** "tel:" href for a number as typed, keeping a leading +; null when it has no digits. */
export function telHref(phone: string | null): string | null {
  if (!phone) return null;
  const digits = phone.replace(/[^\d]/g, "");
  if (!digits) return null;
  return `tel:${phone.trim().startsWith("+") ? "+" : ""}${digits}`;
}
