"use server";

import * as z from "zod";
import { answersInputSchema } from "@/lib/domain/question-set/answers-input";
import { patientLanguageInput } from "@/lib/domain/question-set/translations/patient-language";
import { env } from "@/lib/env";
import { loadDraft } from "@/lib/db/drafts/load-draft";
import { submitIntake, type SubmitIntakeResult } from "@/lib/db/submissions/submit-intake";
import { headers } from "next/headers";
import { isDatabaseUnavailable } from "@/lib/db/errors";
import { consumeRateLimit } from "@/lib/db/rate-limit/consume-rate-limit";
import { clientKeyFrom } from "@/lib/http/client-key";
import { DATABASE_RETRY_AFTER_SECONDS } from "@/lib/http/database-unavailable";
import { finishPatientSubmission } from "@/lib/http/finish-patient-submission";
import { readDraftCookie } from "@/lib/http/patient-cookies";

const inputSchema = z.object({
  versionId: z.string().min(1).max(64),
  idempotencyKey: z.string().min(1).max(100),
  answers: answersInputSchema,
  language: patientLanguageInput,
  consent: z.literal(true, "Please agree to how we use your answers before sending them."),
});

export type SubmitIntakeActionResult =
  | SubmitIntakeResult
  | { ok: false; code: "bad-request"; message: string }
  | { ok: false; code: "database-unavailable"; retryAfterSeconds: number };

/**
 * Public on purpose: patients have no account. Everything they send is re-validated against the version.
 * A database outage is an answer, not a crash: the form keeps the answers and the patient presses Submit again
 * (the same idempotency key, so a submission that did commit is not stored twice).
 */
export async function submitIntakeAction(input: unknown): Promise<SubmitIntakeActionResult> {
  try {
    return await submitOnce(input);
  } catch (error) {
    if (!isDatabaseUnavailable(error)) throw error;
    return { ok: false, code: "database-unavailable", retryAfterSeconds: DATABASE_RETRY_AFTER_SECONDS };
  }
}

async function submitOnce(input: unknown): Promise<SubmitIntakeActionResult> {
  const rateLimit = {
    key: `intake-submit:${clientKeyFrom(await headers())}`,
    perMinute: env.RATE_LIMIT_SUBMISSIONS_PER_MINUTE,
  };
  const parsed = inputSchema.safeParse(input);
  if (!parsed.success) {
    // Counted like any other refusal, so malformed calls get no free tries.
    const verdict = await consumeRateLimit(rateLimit.key, rateLimit.perMinute);
    if (!verdict.ok) return { ok: false, code: "rate-limited", retryAfterSeconds: verdict.retryAfterSeconds };
    return {
      ok: false,
      code: "bad-request",
      message: parsed.error.issues[0]?.message ?? "The form data was not in the expected shape.",
    };
  }
  const token = await readDraftCookie();
  const draft = await loadDraft(token);
  const result = await submitIntake({
    ...parsed.data,
    draftVersionId: draft?.version.id,
    rateLimit,
  });
  if (result.ok) await finishPatientSubmission(parsed.data.idempotencyKey);
  return result;
}
