// One shape for what a form's server action answers, and one helper that turns a zod error into field errors.
import type * as z from "zod";

export type FormResult =
  { ok: true; message: string } | { ok: false; error: string; fieldErrors?: Record<string, string[]> };

export function fieldErrorsOf(error: z.ZodError): Record<string, string[]> {
  const fieldErrors: Record<string, string[]> = {};
  for (const issue of error.issues) {
    const key = issue.path.map(String)[0] ?? "";
    if (key) (fieldErrors[key] ??= []).push(issue.message);
  }
  return fieldErrors;
}

/** The first error for a field, for `<Field error=…>`. */
export function fieldError(result: FormResult | null, field: string): string | undefined {
  return result && !result.ok ? result.fieldErrors?.[field]?.[0] : undefined;
}
