import * as z from "zod";

/**
 * The answers object as sent, passed through untouched. `z.record` copies keys by assignment, so an answer keyed
 * `__proto__` vanished (and became the copy's prototype) instead of being refused as an unknown question; the
 * answer schema reads own properties only and reports every key it does not know.
 */
export const answersInputSchema = z.custom<Record<string, unknown>>(
  (value) => typeof value === "object" && value !== null && !Array.isArray(value),
  "Answers must be an object of question ids",
);

/** Problems by question id, built without ever reading an inherited property ("toString", "constructor"). */
export function groupIssues(issues: readonly { path: readonly (string | number)[]; message: string }[]): {
  fieldErrors: Record<string, string[]>;
  formErrors: string[];
} {
  const byField = new Map<string, string[]>();
  const formErrors: string[] = [];
  for (const issue of issues) {
    const key = issue.path.map(String).join(".");
    if (!key) formErrors.push(issue.message);
    else byField.set(key, [...(byField.get(key) ?? []), issue.message]);
  }
  // fromEntries defines own properties, so even "__proto__" becomes an ordinary key of a plain object.
  return { fieldErrors: Object.fromEntries(byField), formErrors };
}
