/**
 * Values a question set derives from answers instead of asking for them, such as the age from the date
 * of birth: asking both lets a patient give two answers that disagree (born 1940, "not over 50").
 *
 * A computed value behaves as a read-only number answer under its own id: conditions, red-flag rules
 * and scores may refer to it. It is worked out at evaluation time from `today` (the submission's date
 * in the clinic's time zone), never stored as an answer.
 */
import type { ComputedValue } from "./computed-value-schema";
import { isRealDate } from "./iso-date";

type WithComputed = {
  computed?: readonly ComputedValue[];
  sections: readonly { items: readonly { id: string; type: string }[] }[];
};

/**
 * Whole years from a YYYY-MM-DD birth date to a YYYY-MM-DD day. Someone born on 29 February turns a
 * year older on 1 March in a common year (as UK and most other law counts it). Undefined for an
 * invalid date or one after `today`.
 */
export function ageInYears(birthDate: string, today: string): number | undefined {
  if (!isRealDate(birthDate) || !isRealDate(today) || birthDate > today) return undefined;
  const years = Number(today.slice(0, 4)) - Number(birthDate.slice(0, 4));
  return today.slice(5) < birthDate.slice(5) ? years - 1 : years;
}

/** The calendar date of an instant in an IANA time zone: what "today" is for the clinic. */
export function dateInTimeZone(instant: Date, timeZone: string): string {
  // en-CA formats as YYYY-MM-DD.
  return new Intl.DateTimeFormat("en-CA", { timeZone, year: "numeric", month: "2-digit", day: "2-digit" }).format(
    instant,
  );
}

/** The answers with every computed value added (or removed, where it cannot be worked out). */
export function withComputedValues<T>(
  definition: WithComputed,
  answers: Readonly<Record<string, T>>,
  today: string,
): Record<string, T | number> {
  const out: Record<string, T | number> = { ...answers };
  for (const computed of definition.computed ?? []) {
    delete out[computed.id];
    const source = Object.hasOwn(answers, computed.from) ? answers[computed.from] : undefined;
    const value = typeof source === "string" ? ageInYears(source, today) : undefined;
    if (value !== undefined) out[computed.id] = value;
  }
  return out;
}

export function computedIds(definition: WithComputed): Set<string> {
  return new Set((definition.computed ?? []).map((c) => c.id));
}

/** Problems with the computed values themselves: ids that clash, sources that are not date questions. */
export function computedValueProblems(definition: WithComputed): { path: (string | number)[]; message: string }[] {
  const items = new Map(definition.sections.flatMap((s) => s.items.map((i) => [i.id, i] as const)));
  const seen = new Set<string>();
  const problems: { path: (string | number)[]; message: string }[] = [];
  (definition.computed ?? []).forEach((computed, index) => {
    if (items.has(computed.id) || seen.has(computed.id)) {
      problems.push({ path: ["computed", index, "id"], message: `Computed value id "${computed.id}" is already used` });
    }
    seen.add(computed.id);
    const source = items.get(computed.from);
    if (!source) {
      problems.push({
        path: ["computed", index, "from"],
        message: `Computed value "${computed.id}" is worked out from unknown question "${computed.from}"`,
      });
    } else if (source.type !== "date") {
      problems.push({
        path: ["computed", index, "from"],
        message: `Computed value "${computed.id}" needs a date question, but "${computed.from}" is not one`,
      });
    }
  });
  return problems;
}
