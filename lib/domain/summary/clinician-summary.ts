/**
 * A few plain sentences a clinician reads first: who, how long, how bad, what started it, what
 * makes it worse, triage and flags, scores, likely causes. The patient comes from the questions with the
 * patientName and dateOfBirth roles, the rest from well-known item ids; a set without one gets a shorter summary.
 */
import { answerOf, isAnswered } from "../question-set/conditions";
import type { Definition, Item } from "../question-set/definition-schema";
import { isRealDate } from "../question-set/definition-schema";
import type { TriageResult } from "../triage/evaluate";
import { itemWithRole } from "../question-set/roles";
import { formatAnswer } from "./answer-list";

export type SummaryOptions = {
  locale?: string;
  /** YYYY-MM-DD, for the age; defaults to the current UTC date. */
  today?: string;
};

const TOP_CAUSES = 3;

export function clinicianSummary(
  definition: Definition,
  answers: Readonly<Record<string, unknown>>,
  result: Omit<TriageResult, "summary">,
  options: SummaryOptions = {},
): string {
  const locale = options.locale ?? "en";
  const today = options.today ?? new Date().toISOString().slice(0, 10);
  const items = new Map(definition.sections.flatMap((s) => s.items.map((i) => [i.id, i] as const)));
  const words = (id: string, plainScale = false): string | undefined => {
    const item = items.get(id);
    const value = answerOf(answers, id);
    if (!item || !isAnswered(value)) return undefined;
    return plainScale && item.type === "scale" ? `${String(value)}/${item.max}` : formatAnswer(item, value, locale);
  };

  const sentences: string[] = [];

  const nameItem = itemWithRole(definition, "patientName");
  const birthItem = itemWithRole(definition, "dateOfBirth");
  const name = nameItem && words(nameItem.id);
  const age = (birthItem && ageOf(birthItem, answerOf(answers, birthItem.id), today)) ?? words("age");
  if (name !== undefined && age !== undefined) sentences.push(`${name}, aged ${age}.`);
  else if (name !== undefined) sentences.push(`${name}.`);
  else if (age !== undefined) sentences.push(`Aged ${age}.`);

  const duration = words("duration");
  if (duration !== undefined) sentences.push(`Duration: ${duration}.`);

  const pain = [
    [words("pain_now", true), "now"],
    [words("pain_worst", true), "at worst"],
  ].flatMap(([value, when]) => (value !== undefined ? [`${value} ${when}`] : []));
  if (pain.length > 0) sentences.push(`Pain ${pain.join(", ")}.`);

  const onset = words("onset_activity");
  if (onset !== undefined) sentences.push(`Started with: ${onset}.`);
  const aggravating = words("aggravating");
  if (aggravating !== undefined) sentences.push(`Worse with: ${aggravating}.`);

  sentences.push(
    result.flags.length > 0
      ? `Triage ${result.level}: ${result.flags.map((f) => `${f.title} (${f.severity})`).join("; ")}.`
      : `Triage ${result.level}: no red flags.`,
  );

  for (const score of result.scores) sentences.push(`${score.working}.`);

  const causes = result.causes.slice(0, TOP_CAUSES).map((c) => c.name);
  if (causes.length > 0) sentences.push(`Likely contributing causes: ${causes.join(", ")}.`);

  return sentences.join(" ");
}

/** Whole years between a date-of-birth answer and today. */
function ageOf(item: Item | undefined, value: unknown, today: string): number | undefined {
  if (item?.type !== "date" || typeof value !== "string" || !isRealDate(value) || !isRealDate(today) || value > today) {
    return undefined;
  }
  const years = Number(today.slice(0, 4)) - Number(value.slice(0, 4));
  return today.slice(5) < value.slice(5) ? years - 1 : years;
}
