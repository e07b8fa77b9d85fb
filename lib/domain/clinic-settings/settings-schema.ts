// One schema, two sides: the form on /admin/settings (and the emergency number at first-run setup) and the
// server actions parse with these.
import * as z from "zod";
import { isKnownTimeZone } from "./clinic-settings";

const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max, `Use at most ${max} characters`)
    .optional()
    .transform((value) => value || null);

/** Digits with the separators people write in phone numbers; at least 3 digits (999, 112). */
const PHONE = /^\+?[0-9][0-9 ()./-]*$/;
const digitCount = (value: string) => value.replace(/\D/g, "").length;

const phone = (what: string, minDigits: number, maxDigits: number) =>
  optionalText(40).refine(
    (value) =>
      value === null || (PHONE.test(value) && digitCount(value) >= minDigits && digitCount(value) <= maxDigits),
    `Enter ${what} with digits only (spaces, brackets, dashes and a leading + are fine)`,
  );

/** The emergency number people dial: 3 to 6 digits, nothing else (999, 911, 112, 000, 0800…). */
export const emergencyNumberInput = z
  .string()
  .trim()
  .regex(/^[0-9]{3,6}$/, "Enter the emergency number as 3 to 6 digits, e.g. 999, 911 or 112");

export const clinicSettingsInput = z.object({
  clinicName: optionalText(120),
  clinicPhone: phone("the clinic's phone number", 5, 15),
  emergencyNumber: emergencyNumberInput
    .optional()
    .or(z.literal("").transform(() => undefined))
    .transform((value) => value ?? null),
  openingHours: optionalText(200),
  responseTime: optionalText(200),
  timeZone: optionalText(64).refine(
    (value) => value === null || isKnownTimeZone(value),
    "Choose a time zone from the list, e.g. Europe/London or America/New_York",
  ),
});
export type ClinicSettingsInput = z.infer<typeof clinicSettingsInput>;
