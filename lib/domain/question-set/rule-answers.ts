import { pruneHiddenAnswers, visibleItemIds } from "./conditions";
import { withComputedValues } from "./computed-values";
import type { Answers } from "./answer-schema";
import type { Definition } from "./definition-schema";

/**
 * What conditions and red-flag rules see: the shown answers plus the computed values. Computed first
 * (a question may be shown only for, say, an age), pruned, then computed again from what was kept.
 */
export function ruleAnswers(definition: Definition, coerced: Readonly<Answers>, today: string): Answers {
  const pruned = pruneHiddenAnswers(definition, withComputedValues(definition, coerced, today));
  return withComputedValues(definition, pruned, today);
}

/** The shown questions, taking computed values into account. */
export function visibleWithComputed(definition: Definition, coerced: Readonly<Answers>, today: string): Set<string> {
  return visibleItemIds(definition, withComputedValues(definition, coerced, today));
}

/** Today's date where the browser is, for the live form (the server uses the clinic's time zone). */
export function localToday(now = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
