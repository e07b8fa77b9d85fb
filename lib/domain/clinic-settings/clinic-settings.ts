// The clinic's own details as patient and staff pages use them. Pure: no I/O, safe in client bundles.

export type ClinicSettings = {
  clinicName: string | null;
  /** As the admin typed it, e.g. "020 7946 0000". */
  clinicPhone: string | null;
  /** The local emergency number (999, 911, 112, …); null until an admin sets it, as it differs by country. */
  emergencyNumber: string | null;
  openingHours: string | null;
  /** e.g. "within 2 working days". */
  responseTime: string | null;
  /** IANA zone, e.g. "Europe/London"; null means UTC. */
  timeZone: string | null;
};

export const EMPTY_CLINIC_SETTINGS: ClinicSettings = {
  clinicName: null,
  clinicPhone: null,
  emergencyNumber: null,
  openingHours: null,
  responseTime: null,
  timeZone: null,
};

/**
 * A `tel:` address for a number as typed: digits, with a leading + kept ("+1 (555) 010-0000" → "tel:+15550100000").
 * Null when there is nothing to dial, so a page never renders an empty call link.
 */
export function telHref(phone: string | null | undefined): string | null {
  if (!phone) return null;
  const trimmed = phone.trim();
  const digits = trimmed.replace(/\D/g, "");
  if (digits.length === 0) return null;
  return `tel:${trimmed.startsWith("+") ? "+" : ""}${digits}`;
}

export function clinicTimeZone(settings: Pick<ClinicSettings, "timeZone">): string {
  return settings.timeZone ?? "UTC";
}

/** Whether the runtime knows this IANA zone name. */
export function isKnownTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat("en-GB", { timeZone: zone });
    return zone.length > 0;
  } catch {
    return false;
  }
}
