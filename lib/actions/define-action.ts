import "server-only";
import { unstable_rethrow } from "next/navigation";
import type * as z from "zod";
import { authorize, getCurrentStaff, type Staff } from "@/lib/auth/guards";
import type { Permission } from "@/lib/auth/permissions";
import { DatabaseUnavailableError, isDatabaseUnavailable } from "@/lib/db/errors";
import { DATABASE_RETRY_AFTER_SECONDS, DATABASE_UNAVAILABLE_MESSAGE } from "@/lib/http/database-unavailable";
import { errorName, log } from "@/lib/observability/logger";
import type { ActionFailure, ActionResult } from "./action-result";

// Every server action is a public POST endpoint. This is the one order they all follow: (a check that must come
// first, such as a rate limit) → parse → check the caller → run → answer one ActionResult. Expected failures are
// values; anything else is logged by its class name only (an error's message can quote a patient's answers).

/** Who may call: a permission, any signed-in staff member (their own account), or anyone (patients, one-time links). */
export type Access = Permission | "signed-in" | "public";

type Parsed<Input> = { success: true; data: Input } | { success: false; error: z.ZodError };

export type ActionSpec<Payload, Input, Result extends ActionResult<object, object>, Actor> = {
  /** For the log line of an unexpected failure. */
  name: string;
  access: Access;
  /** Runs before parsing, e.g. a rate limit that must count malformed calls too. A result ends the call. */
  before?: (payload: Payload) => Promise<NoInfer<Result> | null>;
  parse: (payload: Payload) => Parsed<Input>;
  /**
   * Input that does not parse: a message (answered as `bad-request` with the zod issues as field errors, the default
   * "Check the highlighted fields."), or a function for another answer (a redirect, or values to show again).
   */
  invalid?: string | ((error: z.ZodError, payload: Payload) => NoInfer<Result> | Promise<NoInfer<Result>>);
  /**
   * A caller without the access: a message (answered as `forbidden`), or a function that redirects to sign in.
   * Every staff action gives one; a public action has no such caller.
   */
  forbidden?: string | (() => never);
  run: (input: Input, actor: Actor) => Promise<Result>;
};

/** Field errors keyed by the top-level field, from a zod error. */
export function fieldErrorsOf(error: z.ZodError): Record<string, string[]> {
  const fieldErrors: Record<string, string[]> = {};
  for (const issue of error.issues) {
    const key = issue.path.map(String)[0] ?? "";
    if (key) (fieldErrors[key] ??= []).push(issue.message);
  }
  return fieldErrors;
}

export type BadRequestFailure = ActionFailure<{ code: "bad-request" }>;
export type ForbiddenFailure = ActionFailure<{ code: "forbidden" }>;
export type UnexpectedFailure = ActionFailure<{ code: "unexpected" }>;
export type DatabaseUnavailableFailure = ActionFailure<{ code: "database-unavailable"; retryAfterSeconds: number }>;

const UNEXPECTED: UnexpectedFailure = {
  ok: false,
  code: "unexpected",
  message: "Something went wrong on our side. Please try again in a moment.",
};

const UNAVAILABLE: DatabaseUnavailableFailure = {
  ok: false,
  code: "database-unavailable",
  message: DATABASE_UNAVAILABLE_MESSAGE,
  retryAfterSeconds: DATABASE_RETRY_AFTER_SECONDS,
};

/** What an action answers: its own results, or one of the failures every action may give. */
export type ActionAnswer<Result> =
  Result | BadRequestFailure | ForbiddenFailure | UnexpectedFailure | DatabaseUnavailableFailure;

/**
 * An `invalid` answer for a form that gives back what was typed in `fields` (text only, each cut to its length)
 * with the zod issues as field errors: React resets a form after its action, and a name or email should survive.
 */
export function invalidKeeping<Field extends string>(
  fields: Record<Field, number>,
  message = "Check the highlighted fields.",
): (error: z.ZodError, formData: FormData) => BadRequestFailure {
  return (error, formData) => {
    const values: Record<string, string> = {};
    for (const [field, length] of Object.entries(fields) as [Field, number][]) {
      const value = formData.get(field);
      if (typeof value === "string") values[field] = value.slice(0, length);
    }
    return { ok: false, code: "bad-request", message, fieldErrors: fieldErrorsOf(error), values };
  };
}

type ActorOf<A extends Access> = A extends "public" ? null : Staff;

async function caller(access: Access): Promise<Staff | null | false> {
  if (access === "public") return null;
  const staff = access === "signed-in" ? await getCurrentStaff() : await authorize(access);
  return staff ?? false;
}

async function run<Payload, Input, Result extends ActionResult<object, object>, A extends Access>(
  spec: ActionSpec<Payload, Input, Result, ActorOf<A>> & { access: A },
  payload: Payload,
  rethrowUnexpected = false,
): Promise<ActionAnswer<Result>> {
  try {
    const early = spec.before ? await spec.before(payload) : null;
    if (early) return early;
    const parsed = spec.parse(payload);
    if (!parsed.success) {
      if (typeof spec.invalid === "function") return await spec.invalid(parsed.error, payload);
      const message = spec.invalid ?? "Check the highlighted fields.";
      return { ok: false, code: "bad-request", message, fieldErrors: fieldErrorsOf(parsed.error) };
    }
    const actor = await caller(spec.access);
    if (actor === false) {
      if (typeof spec.forbidden === "function") return spec.forbidden();
      return { ok: false, code: "forbidden", message: spec.forbidden ?? "You may not do this. Sign in again." };
    }
    return await spec.run(parsed.data, actor as ActorOf<A>);
  } catch (error) {
    unstable_rethrow(error); // redirect(), notFound() and the framework's own signals are not failures
    // A form that navigates shows no answer, so an outage or a bug goes to the error page instead of leaving the
    // patient on a page where nothing happened. What is thrown is named afresh: the original message could quote
    // a patient's answers, and the error page and the log see it.
    if (isDatabaseUnavailable(error)) {
      if (!rethrowUnexpected) return UNAVAILABLE;
      log.warn({ action: spec.name, error: errorName(error) }, "server action: database unavailable");
      throw new DatabaseUnavailableError(`Server action ${spec.name}: database unavailable`);
    }
    log.error({ action: spec.name, error: errorName(error) }, "server action failed");
    if (rethrowUnexpected) throw new Error(`Server action ${spec.name} failed (${errorName(error)})`);
    return UNEXPECTED;
  }
}

/** An action called with one argument: a JSON payload from a script, or a `<form action>` that redirects. */
export function defineAction<Payload, Input, Result extends ActionResult<object, object>, A extends Access>(
  spec: ActionSpec<Payload, Input, Result, ActorOf<A>> & { access: A },
) {
  return async (payload: Payload) => run(spec, payload);
}

/** An action for `useActionState`: called with the previous result (unused: every call stands alone) and the form. */
export function defineFormAction<Input, Result extends ActionResult<object, object>, A extends Access>(
  spec: ActionSpec<FormData, Input, Result, ActorOf<A>> & { access: A },
) {
  return async (_previous: unknown, formData: FormData) => run(spec, formData);
}

/**
 * A `<form action>` that answers by navigating (redirect). Its expected refusals navigate too (`invalid`, and
 * `forbidden` as a function); a database outage or an unexpected failure is thrown, so the error page shows.
 */
export function defineNavigatingAction<Input, A extends Access>(
  spec: ActionSpec<FormData, Input, never, ActorOf<A>> & { access: A } & { invalid: (error: z.ZodError) => never },
) {
  return async (formData: FormData): Promise<void> => {
    await run(spec, formData, true);
  };
}
