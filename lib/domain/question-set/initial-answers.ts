/**
 * Default answers (`initial`, kept from FHIR imports): where one is refused, and the defaults a new form starts with.
 * A default is an answer the patient never gave unless they change it, so it is refused wherever an unchanged default
 * would speak for the patient on something that matters clinically (CLINICAL.md):
 * - a question a red-flag rule reads (directly, or through a computed value such as age from the date of birth):
 *   a default "no" could hide an emergency the patient would have reported, a default "yes" raise one they did not;
 * - a question a score counts: validated instruments (STarT Back, PHQ-9) are scored only on what the patient answered;
 * - a question of a licensed instrument, whose registered form starts unanswered;
 * - a question with a role (name, date of birth, contact): who the patient is comes from the patient.
 */
import { checkAnswer, NO_DATE_LIMIT, type AnsweredItem, type Answers } from "./answer-schema";
import type { Condition } from "./condition-schema";
import type { Definition } from "./definition-shape";
import type { RawProblem } from "./definition-problem";

/** Why this question cannot have a default answer here, or undefined when it can. */
export function initialRefusal(definition: Definition, item: AnsweredItem): string | undefined {
  // Guarded reads: the import asks this of a draft not yet checked against the meta-schema.
  const rule = (definition.redFlagRules ?? []).find((r) => readsItem(definition, r.when, item.id));
  if (rule) {
    return `red-flag rule "${rule.id}" reads it, and a pre-filled answer could hide an alert the patient would have raised (or raise one they did not)`;
  }
  const score = (definition.scores ?? []).find((s) => s.items?.some((e) => e.item === item.id));
  if (score) return `score "${score.id}" counts it, and a score may only count what the patient answered`;
  const instrument = definition.instruments?.find((m) => m.items?.includes(item.id));
  if (instrument)
    return `it belongs to the licensed instrument "${instrument.instrument}", whose form starts unanswered`;
  if (item.role) return `it asks for ${item.role}, which only the patient can give`;
  if (!("initial" in item) || item.initial === undefined) return undefined;
  const checked = checkAnswer(item, item.initial, NO_DATE_LIMIT);
  if (!checked.ok) return `the default does not fit the question (${checked.message.toLowerCase()})`;
  return undefined;
}

/** One problem per default answer that is refused, at the item's `initial`. */
export function initialAnswerProblems(definition: Definition): RawProblem[] {
  const problems: RawProblem[] = [];
  definition.sections.forEach((section, si) =>
    section.items.forEach((item, ii) => {
      if (item.type === "display" || !("initial" in item) || item.initial === undefined) return;
      const why = initialRefusal(definition, item);
      if (why) {
        problems.push({
          path: ["sections", si, "items", ii, "initial"],
          message: `Question "${item.id}" cannot have a default answer: ${why}. Remove the default`,
        });
      }
    }),
  );
  return problems;
}

/** The answers a patient's new form starts with: every default that is not refused. */
export function initialAnswers(definition: Definition): Answers {
  const answers: Answers = {};
  for (const item of definition.sections.flatMap((s) => s.items)) {
    if (item.type === "display" || !("initial" in item) || item.initial === undefined) continue;
    if (!initialRefusal(definition, item)) answers[item.id] = item.initial;
  }
  return answers;
}

function readsItem(definition: Definition, condition: Condition | undefined, id: string): boolean {
  if (typeof condition !== "object" || condition === null) return false;
  if ("all" in condition) return condition.all.some((c) => readsItem(definition, c, id));
  if ("any" in condition) return condition.any.some((c) => readsItem(definition, c, id));
  if ("not" in condition) return readsItem(definition, condition.not, id);
  if (condition.item === id) return true;
  return (definition.computed ?? []).some((c) => c.id === condition.item && c.from === id);
}
