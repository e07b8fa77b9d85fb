import { toNestErrors, validateFieldsNatively } from "@hookform/resolvers";
import type { FieldError, FieldValues, Resolver } from "react-hook-form";
import type { AnswerSchema, Answers } from "@/lib/domain/question-set/answer-schema";

/**
 * Runs the answer schema — the same one the server runs — as react-hook-form's validation: the first problem per
 * question becomes that field's error, and the valid, cleaned answers become the submitted values.
 */
export function answerResolver<TValues extends FieldValues>(schema: AnswerSchema): Resolver<TValues, unknown, Answers> {
  return (values, _context, options) => {
    const result = schema.safeParse(values);
    if (result.success) {
      if (options.shouldUseNativeValidation) validateFieldsNatively({}, options);
      return { values: result.data, errors: {} };
    }
    const errors: Record<string, FieldError> = {};
    for (const issue of result.error.issues) {
      errors[issue.path.join(".")] ??= { type: "custom", message: issue.message };
    }
    return { values: {}, errors: toNestErrors(errors, options) };
  };
}
