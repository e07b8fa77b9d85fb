import * as z from "zod";
import type { Definition } from "../definition-schema";
import { LANGUAGE_CODE } from "./languages-schema";
import { patientLanguages } from "./status";

/** The language a patient's request names: a well-formed code or nothing (English). */
export const patientLanguageInput = z.string().regex(LANGUAGE_CODE, "Unknown language").optional();

/** A language the version does not offer to patients was never shown (English was), so it is stored as English. */
export function resolvePatientLanguage(definition: Definition, requested: string | undefined): string {
  return requested && patientLanguages(definition).includes(requested) ? requested : "en";
}
