"use server";

import * as z from "zod";
import { headers } from "next/headers";
import { answersInputSchema } from "@/lib/domain/question-set/answers-input";
import { patientLanguageInput } from "@/lib/domain/question-set/translations/patient-language";
import { env } from "@/lib/env";
import { loadProgress } from "@/lib/db/progress/load-progress";
import { consumeRateLimit, type RateLimit } from "@/lib/db/rate-limit/consume-rate-limit";
import { submitIntake, type SubmitIntakeResult } from "@/lib/db/submissions/submit-intake";
import { clientKeyFrom } from "@/lib/http/client-key";
import { finishPatientSubmission } from "@/lib/http/finish-patient-submission";
import { readProgressCookie } from "@/lib/http/patient-cookies";
import type { ActionFailure, ActionSuccess } from "../action-result";
import { defineAction } from "../define-action";

const inputSchema = z.object({
  versionId: z.string().min(1).max(64),
  idempotencyKey: z.string().min(1).max(100),
  answers: answersInputSchema,
  language: patientLanguageInput,
  consent: z.literal(true, "Please agree to how we use your answers before sending them."),
});

type Stored = Extract<SubmitIntakeResult, { ok: true }>;

/**
 * What submitting answers. The form shows the patient its own words for each code (messages/*.json, in their
 * language); the English message is for scripts and logs of the JSON shape.
 */
export type SubmitIntakeAnswer =
  | ActionSuccess<Omit<Stored, "ok">>
  | ActionFailure<{ code: "version-not-published" | "invalid-key" | "key-reused" }>
  | ActionFailure<{ code: "rate-limited"; retryAfterSeconds: number }>
  | ActionFailure<{ code: "bad-request" }>
  | ActionFailure<{ code: "invalid"; fieldErrors: Record<string, string[]>; formErrors: string[] }>;

const MESSAGES = {
  "version-not-published": "This form was updated while you filled it in. Reload the page.",
  "invalid-key": "This form could not be sent as it is. Reload the page.",
  "key-reused": "These answers were sent once already with other answers; send them as a new copy.",
  "rate-limited": "Too many forms were sent from this connection. Wait a moment and send again.",
  invalid: "Some answers need checking.",
} as const;

function answerFor(result: SubmitIntakeResult): SubmitIntakeAnswer {
  if (result.ok) return result;
  return { ...result, message: MESSAGES[result.code] };
}

const rateLimitFor = async (): Promise<RateLimit> => ({
  key: `intake-submit:${clientKeyFrom(await headers())}`,
  perMinute: env.RATE_LIMIT_SUBMISSIONS_PER_MINUTE,
});

/**
 * Public on purpose: patients have no account. Everything they send is re-validated against the version.
 * A database outage is an answer, not a crash (the wrapper's `database-unavailable`, with retryAfterSeconds): the
 * form keeps the answers and the patient presses Submit again (the same idempotency key, so a submission that did
 * commit is not stored twice).
 */
export const submitIntakeAction = defineAction({
  name: "submitIntake",
  access: "public",
  parse: (input: unknown) => inputSchema.safeParse(input),
  invalid: async (error): Promise<SubmitIntakeAnswer> => {
    // Counted like any other refusal, so malformed calls get no free tries. (A valid call is counted by the
    // operation, in the transaction that stores it.)
    const limit = await rateLimitFor();
    const verdict = await consumeRateLimit(limit.key, limit.perMinute);
    if (!verdict.ok)
      return answerFor({ ok: false, code: "rate-limited", retryAfterSeconds: verdict.retryAfterSeconds });
    return {
      ok: false,
      code: "bad-request",
      message: error.issues[0]?.message ?? "The form data was not in the expected shape.",
    };
  },
  run: async (input): Promise<SubmitIntakeAnswer> => {
    const progress = await loadProgress(await readProgressCookie());
    const result = await submitIntake({
      ...input,
      progressVersionId: progress?.version.id,
      rateLimit: await rateLimitFor(),
    });
    if (result.ok) await finishPatientSubmission(input.idempotencyKey);
    return answerFor(result);
  },
});
