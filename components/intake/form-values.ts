import type { Definition } from "@/lib/domain/question-set/definition-schema";

/**
 * Stored answers (booleans, numbers) back into what the inputs hold: radios compare their string
 * `value`, so a saved `true` must come back as "true" to show as checked.
 */
export function toFormValues(definition: Definition, answers: Readonly<Record<string, unknown>>) {
  const values: Record<string, unknown> = {};
  for (const section of definition.sections) {
    for (const item of section.items) {
      if (item.type === "display" || !Object.hasOwn(answers, item.id)) continue;
      const value = answers[item.id];
      values[item.id] =
        typeof value === "boolean" || typeof value === "number"
          ? String(value)
          : Array.isArray(value)
            ? [...value]
            : value;
    }
  }
  return values;
}
