import { TRIAGE_LEVELS } from "../triage/evaluate";

type Severity = (typeof TRIAGE_LEVELS)[number];

/** Red-flag filter options in clinical order: EMERGENT rules first, then URGENT, each by title. */
export function flagsInClinicalOrder<T extends { title: string; severity: string }>(rules: readonly T[]): T[] {
  const rank = (s: string) => {
    const i = TRIAGE_LEVELS.indexOf(s as Severity);
    return i < 0 ? TRIAGE_LEVELS.length : i;
  };
  return [...rules].sort(
    (a, b) => rank(a.severity) - rank(b.severity) || a.title.localeCompare(b.title, "en", { sensitivity: "base" }),
  );
}

/** Causes by name, so a clinician finds one by reading down the list. */
export function causesByName<T extends { name: string }>(causes: readonly T[]): T[] {
  return [...causes].sort((a, b) => a.name.localeCompare(b.name, "en", { sensitivity: "base" }));
}
