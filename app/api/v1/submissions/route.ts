import * as z from "zod";
import { answersInputSchema } from "@/lib/domain/question-set/answers-input";
import { patientLanguageInput } from "@/lib/domain/question-set/translations/patient-language";
import { env } from "@/lib/env";
import { submitIntake } from "@/lib/db/submissions/submit-intake";
import { consumeRateLimit } from "@/lib/db/rate-limit/consume-rate-limit";
import { clientKeyFrom } from "@/lib/http/client-key";
import { PATIENT_BODY_LIMIT_BYTES } from "@/lib/http/body-limits";
import { readJsonBody } from "@/lib/http/read-json-body";
import { loadProgress } from "@/lib/db/progress/load-progress";
import { answeringDatabaseOutages } from "@/lib/http/database-unavailable";
import { finishPatientSubmission } from "@/lib/http/finish-patient-submission";
import { PATIENT_FORM_HEADER, readProgressCookie } from "@/lib/http/patient-cookies";

export const dynamic = "force-dynamic";

const bodySchema = z.object({
  versionId: z.string().min(1).max(64).optional(),
  idempotencyKey: z.string().min(1).max(100).optional(),
  answers: answersInputSchema,
  /** The language the patient answered in ("es"); one the version does not offer is stored as English. */
  language: patientLanguageInput,
});

const problem = (status: number, error: string, extra: Record<string, unknown> = {}, headers?: HeadersInit) =>
  Response.json({ ok: false, error, ...extra }, { status, headers });

const tooMany = (retryAfterSeconds: number) =>
  problem(
    429,
    "Too many submissions from this address; try again shortly.",
    {},
    { "Retry-After": String(retryAfterSeconds) },
  );

/**
 * The intake for kiosks and partner systems: the same validation, triage and storage as the patient form.
 * Public like the form itself; protected by size limits, rate limits and idempotency rather than a login.
 * While the database is unavailable: 503 with Retry-After; the same request (same idempotency key) can be resent.
 */
export function POST(request: Request) {
  return answeringDatabaseOutages(() => submit(request));
}

async function submit(request: Request): Promise<Response> {
  const rateLimit = {
    key: `intake-submit:${clientKeyFrom(request.headers)}`,
    perMinute: env.RATE_LIMIT_SUBMISSIONS_PER_MINUTE,
  };
  // Malformed requests count against the caller's budget like any other refusal: a prober gets no free tries.
  const refuse = async (status: number, error: string, extra: Record<string, unknown> = {}) => {
    const verdict = await consumeRateLimit(rateLimit.key, rateLimit.perMinute);
    return verdict.ok ? problem(status, error, extra) : tooMany(verdict.retryAfterSeconds);
  };
  const body = await readJsonBody(request, PATIENT_BODY_LIMIT_BYTES);
  if (!body.ok) return refuse(body.status, body.error);
  const parsed = bodySchema.safeParse(body.value);
  if (!parsed.success) {
    return refuse(400, "The request does not have the expected shape.", {
      errors: parsed.error.issues.map((i) => ({ path: i.path.join("."), message: i.message })),
    });
  }
  const idempotencyKey = parsed.data.idempotencyKey ?? request.headers.get("idempotency-key") ?? undefined;
  if (!idempotencyKey)
    return refuse(400, "Send an idempotencyKey (or an Idempotency-Key header) so a retry cannot store twice.");

  // The patient form falls back to this route (marked by a header); its resumed progress may be on a version
  // retired since, and on success its progress is forgotten as after the form's own action.
  const fromPatientForm = request.headers.get(PATIENT_FORM_HEADER) === "1";
  const progress = fromPatientForm ? await loadProgress(await readProgressCookie()) : null;
  const result = await submitIntake({
    versionId: parsed.data.versionId,
    idempotencyKey,
    answers: parsed.data.answers,
    language: parsed.data.language,
    progressVersionId: progress?.version.id,
    rateLimit,
  });
  if (result.ok) {
    if (fromPatientForm) await finishPatientSubmission(idempotencyKey);
    return Response.json(
      { ok: true, referenceCode: result.referenceCode, duplicate: result.duplicate, guidance: result.guidance },
      { status: result.duplicate ? 200 : 201 },
    );
  }
  if (result.code === "invalid") {
    const errors = [
      ...Object.entries(result.fieldErrors).flatMap(([path, messages]) =>
        messages.map((message) => ({ path: `answers.${path}`, message })),
      ),
      ...result.formErrors.map((message) => ({ path: "answers", message })),
    ];
    return problem(422, "Some answers are not valid.", { errors });
  }
  if (result.code === "rate-limited") return tooMany(result.retryAfterSeconds);
  if (result.code === "key-reused")
    return problem(
      409,
      "This idempotency key was already used with other answers; send a new key for a new submission.",
    );
  if (result.code === "invalid-key")
    return problem(400, "The idempotency key must be 16–100 letters, digits, '-' or '_'.");
  return problem(
    409,
    parsed.data.versionId ? "That question-set version is not open for submissions." : "No question set is published.",
  );
}
