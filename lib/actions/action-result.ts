// The one shape every server action answers. Plain types and a pure helper: client components import this file.

/** An expected refusal: a code for the code, a message in the clinic's words for the person, field errors for forms. */
export type ActionFailure<Extra extends object = object> = {
  ok: false;
  code: string;
  message: string;
  fieldErrors?: Record<string, string[]>;
  /** What the person typed, given back: React resets a form after its action, and these fields should survive. */
  values?: Record<string, string>;
} & Extra;

export type ActionSuccess<Data extends object = object> = { ok: true; message?: string } & Data;

export type ActionResult<Data extends object = object, Extra extends object = object> =
  ActionSuccess<Data> | ActionFailure<Extra>;

/** What the person sees for a result: its message, or nothing before the first answer. */
export function resultMessage(result: ActionResult | null | undefined): string {
  return result?.message ?? "";
}

/** The first error for a field, for `<Field error=…>`. */
export function fieldError(result: ActionResult | null | undefined, field: string): string | undefined {
  return result && !result.ok ? result.fieldErrors?.[field]?.[0] : undefined;
}

/** What the person typed in a field, given back with a refusal, for `defaultValue`. */
export function keptValue(result: ActionResult | null | undefined, field: string): string | undefined {
  return result && !result.ok ? result.values?.[field] : undefined;
}
