/**
 * The meta-schema of a question-set version (docs/question-set-format.md) and `parseDefinition`, which answers with
 * plain-words problems. Its parts: the shape and types (definition-shape.ts, condition-schema.ts), the checks across
 * fields (cross-references.ts and the files it calls), and the translation of zod's issues (zod-problems.ts). This
 * module re-exports them, so code and tests import a definition's types and parser from one place.
 */
import { crossReferenceProblems } from "./cross-references";
import type { DefinitionProblem } from "./definition-problem";
import { definitionShape, type Definition } from "./definition-shape";
import { toProblems } from "./zod-problems";

export { isRealDate } from "./iso-date";
export {
  CONDITION_OPS,
  conditionSchema,
  type Condition,
  type ConditionOp,
  type LeafCondition,
} from "./condition-schema";
export * from "./definition-shape";
export type { DefinitionProblem } from "./definition-problem";
export { formatPath } from "./zod-problems";

export const definitionSchema = definitionShape.superRefine((definition, ctx) => {
  for (const problem of crossReferenceProblems(definition)) {
    ctx.addIssue({ code: "custom", path: problem.path, message: problem.message });
  }
});

export type ParseDefinitionResult = { ok: true; definition: Definition } | { ok: false; problems: DefinitionProblem[] };

export function parseDefinition(json: unknown): ParseDefinitionResult {
  const result = definitionSchema.safeParse(json);
  if (result.success) return { ok: true, definition: result.data };
  return { ok: false, problems: toProblems(result.error.issues, []) };
}
