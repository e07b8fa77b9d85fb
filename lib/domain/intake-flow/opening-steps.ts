import { coerceAnswers } from "../question-set/answer-schema";
import type { Definition } from "../question-set/definition-schema";
import { initialAnswers } from "../question-set/initial-answers";
import { visibleWithComputed } from "../question-set/rule-answers";
import { shownSections, wizardStepCount } from "./shown-sections";

/**
 * The step count a new patient's consent step shows ("Step 1 of 8"), worked out on the server because that step
 * runs without the wizard's code: the same count the wizard makes from the answers a new form starts with.
 */
export function openingStepCount(definition: Definition, today: string): number {
  const visible = visibleWithComputed(definition, coerceAnswers(definition, initialAnswers(definition)), today);
  return wizardStepCount(shownSections(definition, visible));
}
