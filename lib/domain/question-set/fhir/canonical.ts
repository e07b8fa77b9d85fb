/**
 * One canonical for a question-set version: the Questionnaire's `url` + `version` and every
 * QuestionnaireResponse's `questionnaire` are built here, from the same base, so they always match.
 */
import { KEY_AT_END_OF_URL } from "../id-patterns";

const trim = (base: string) => base.replace(/\/+$/, "");

/** The base FHIR canonicals hang off: FHIR_CANONICAL_BASE, else the app's own URL. */
export function canonicalBaseFrom(env: { FHIR_CANONICAL_BASE?: string; NEXTAUTH_URL?: string }): string {
  return trim(env.FHIR_CANONICAL_BASE ?? env.NEXTAUTH_URL ?? "http://localhost:3000");
}

export function questionnaireUrl(base: string, key: string): string {
  return `${trim(base)}/Questionnaire/${key}`;
}

/** `…/Questionnaire/<key>|<version>`: FHIR's versioned canonical reference. */
export function questionnaireCanonical(base: string, key: string, version: number | string): string {
  return `${questionnaireUrl(base, key)}|${version}`;
}

/** Each choice question's options form a code system of their own (codes are only unique per question). */
export function optionSystem(base: string, key: string, itemId: string): string {
  return `${trim(base)}/CodeSystem/${key}-${itemId}`;
}

/** The system of one option's coding: its own terminology's when it was kept from an import, else the question's. */
export function optionCodingSystem(
  base: string,
  key: string,
  itemId: string,
  option: { coding?: { system: string } } | undefined,
): string {
  return option?.coding?.system ?? optionSystem(base, key, itemId);
}

/** Body-map regions, shared by every question set. */
export function painRegionSystem(base: string): string {
  return `${trim(base)}/CodeSystem/pain-map-region`;
}

/** Our own codes for results (triage level, scores) where no standard code exists. */
export function resultSystem(base: string): string {
  return `${trim(base)}/CodeSystem/intake-result`;
}

/** FHIR's que-0: `name` is computer-friendly, `[A-Z][A-Za-z0-9_]{0,254}`. */
export function computerName(key: string): string {
  const name = key
    .split(/[^A-Za-z0-9]+/)
    .filter(Boolean)
    .map((part) => part[0]!.toUpperCase() + part.slice(1))
    .join("");
  return /^[A-Z]/.test(name) ? name.slice(0, 255) : `Q${name}`.slice(0, 255);
}

/** The key a Questionnaire's url names, when it is one of ours (`…/Questionnaire/<key>`). */
export function keyFromUrl(url: unknown): string | undefined {
  if (typeof url !== "string") return undefined;
  const match = KEY_AT_END_OF_URL.exec(url);
  return match?.[1];
}
