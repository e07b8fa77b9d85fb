/** The meta-schema of a show-when or red-flag condition: all/any/not over leaves that compare one answer. */
import * as z from "zod";

export const CONDITION_OPS = ["equals", "notEquals", "includes", "gt", "gte", "lt", "lte", "answered"] as const;
export type ConditionOp = (typeof CONDITION_OPS)[number];
export const NUMERIC_OPS: readonly ConditionOp[] = ["gt", "gte", "lt", "lte"];

export type LeafCondition = { item: string; op: ConditionOp; value?: string | number | boolean };
export type Condition = LeafCondition | { all: Condition[] } | { any: Condition[] } | { not: Condition };

const leafConditionSchema = z
  .strictObject({
    item: z.string().min(1),
    op: z.enum(CONDITION_OPS, {
      error: (iss) => `Unknown operator ${JSON.stringify(iss.input)}; use one of ${CONDITION_OPS.join(", ")}`,
    }),
    value: z.union([z.string(), z.number(), z.boolean()]).optional(),
  })
  .superRefine((c, ctx) => {
    const issue = (message: string) => ctx.addIssue({ code: "custom", path: ["value"], message });
    if (c.op === "answered") {
      if (c.value !== undefined) issue(`"answered" takes no value`);
    } else if (c.value === undefined) {
      issue(`"${c.op}" needs a value to compare with`);
    } else if (NUMERIC_OPS.includes(c.op) && typeof c.value !== "number") {
      issue(`"${c.op}" compares numbers, so its value must be a number`);
    } else if (c.op === "includes" && typeof c.value !== "string") {
      issue(`"includes" needs an option value (text)`);
    }
  });

export const conditionSchema: z.ZodType<Condition> = z.lazy(() =>
  z.union([
    z.strictObject({ all: z.array(conditionSchema) }),
    z.strictObject({ any: z.array(conditionSchema) }),
    z.strictObject({ not: conditionSchema }),
    leafConditionSchema,
  ]),
);
