// The meta-schema of a computed value, apart from the pure functions in computed-values.ts, so the patient's
// browser (live red flags) gets those without zod.
import * as z from "zod";
import { QUESTION_ID_PATTERN } from "./id-patterns";

export const COMPUTED_KINDS = ["ageInYears"] as const;

export const computedValueSchema = z.strictObject({
  id: z.string().regex(QUESTION_ID_PATTERN, "Use lower-case letters, digits and _ for a computed value's id"),
  kind: z.enum(COMPUTED_KINDS, {
    error: (iss) => `Unknown computed value ${JSON.stringify(iss.input)}; use one of ${COMPUTED_KINDS.join(", ")}`,
  }),
  /** The date question it is worked out from. */
  from: z.string().min(1),
  title: z.object({ en: z.string().trim().min(1, "English text cannot be empty") }).catchall(z.string()),
});

export type ComputedValue = z.output<typeof computedValueSchema>;
