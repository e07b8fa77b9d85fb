import type { ClinicSettings } from "@/lib/domain/clinic-settings/clinic-settings";

/**
 * What the patient pages need from the clinic settings. Until an admin fills them in every field is
 * null, and the pages must then say "your local emergency number" rather than show an empty link.
 */
export type ClinicContact = Omit<ClinicSettings, "timeZone">;

export { telHref } from "@/lib/domain/clinic-settings/clinic-settings";
