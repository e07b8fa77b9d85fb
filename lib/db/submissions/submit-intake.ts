import "server-only";
import crypto from "node:crypto";
import { buildAnswerSchema, patientNameOf, type Answers, type Definition } from "@/lib/domain/question-set";
import { evaluate, type TriageResult } from "@/lib/domain/triage";
import { guidanceOf, type PatientGuidance } from "./patient-guidance";
import { makeReferenceCode } from "@/lib/domain/submission/reference-code";
import { IDEMPOTENCY_KEY_PATTERN } from "@/lib/domain/submission/status";
import { Prisma } from "../generated/prisma/client";
import { isUniqueViolation } from "../errors";
import { getDb } from "../client";
import type { DbTx } from "../types";
import { appendAuditEventSql } from "../audit/record-audit-event";
import { enqueueAlertsForSubmission } from "../alerts/enqueue-alerts-for-submission";
import { getFrozenVersion } from "../question-sets/get-version-definition";
import { getPublishedVersionId } from "../question-sets/published-version-id";
import {
  consumeRateLimit,
  countRequestSql,
  rateLimitVerdict,
  type RateLimit,
  type RateLimitResult,
} from "../rate-limit/consume-rate-limit";

export type SubmitIntakeInput = {
  /** The version the patient answered; omitted, the version new patients get now. */
  versionId?: string;
  idempotencyKey: string;
  answers: unknown;
  /** The version of the patient's own resumed draft: accepted even if a newer version was published meanwhile. */
  draftVersionId?: string;
  /** The caller's submission budget. Every attempt counts, stored or not; over it, nothing is stored. */
  rateLimit?: RateLimit;
};

export type { PatientGuidance } from "./patient-guidance";

export type SubmitIntakeResult =
  | { ok: true; referenceCode: string; guidance: PatientGuidance; duplicate: boolean }
  | { ok: false; code: "version-not-published" | "invalid-key" }
  | { ok: false; code: "rate-limited"; retryAfterSeconds: number }
  | { ok: false; code: "invalid"; fieldErrors: Record<string, string[]>; formErrors: string[] };

/**
 * Re-validates a patient's answers against the version they answered, evaluates triage and stores the
 * submission with its audit event (and alerts). The same idempotency key always yields the same, single submission.
 *
 * Built for bursts: the definition comes from the per-process cache and a routine submission is counted against the
 * rate limit and stored by one statement, so most patients cost one database round trip. That statement also checks
 * that the version is still open, so a cached definition can never store answers to a version retired since.
 * Requests that end before that statement (invalid answers, a closed version) are counted on their own.
 */
export async function submitIntake(input: SubmitIntakeInput): Promise<SubmitIntakeResult> {
  if (!IDEMPOTENCY_KEY_PATTERN.test(input.idempotencyKey)) return { ok: false, code: "invalid-key" };
  const first = await attempt(input, input.versionId ?? (await getPublishedVersionId()));
  // The remembered published version may have been replaced by a publish in another process: look again, once.
  // The first attempt already counted this request against the rate limit.
  if (input.versionId === undefined && !first.ok && first.code === "version-not-published") {
    return attempt({ ...input, rateLimit: undefined }, await getPublishedVersionId({ fresh: true }));
  }
  return first;
}

async function attempt(input: SubmitIntakeInput, versionId: string | null): Promise<SubmitIntakeResult> {
  // A replay is found by the unique key when the insert fails, not looked up first: one round trip fewer for
  // every new patient. Failure paths check for an earlier success, so a retry after a publish still gets its code.
  const earlierOr = async (failure: SubmitIntakeResult) =>
    (await overLimit(input.rateLimit)) ?? (await findByIdempotencyKey(input.idempotencyKey)) ?? failure;

  const version = versionId ? await getFrozenVersion(versionId) : null;
  if (!version) return earlierOr(NOT_OPEN);
  const definition = version.definition;

  const parsed = buildAnswerSchema(definition).safeParse(input.answers);
  if (!parsed.success) {
    const fieldErrors: Record<string, string[]> = {};
    const formErrors: string[] = [];
    for (const issue of parsed.error.issues) {
      const key = issue.path.map(String).join(".");
      if (key) (fieldErrors[key] ??= []).push(issue.message);
      else formErrors.push(issue.message);
    }
    return earlierOr({ ok: false, code: "invalid", fieldErrors, formErrors });
  }
  const answers: Answers = parsed.data;
  const triage = evaluate(definition, answers);
  const db = await getDb();

  for (let tries = 0; tries < 3; tries++) {
    const row = { id: crypto.randomUUID(), referenceCode: makeReferenceCode(crypto.randomBytes(8)) };
    try {
      const outcome =
        triage.level === "ROUTINE"
          ? await insertSubmission(db, row, version.id, input, answers, triage, definition)
          : // Red-flag alerts go to the outbox in the same transaction: no submission without its alerts, or the reverse.
            await db.$transaction(async (tx) => {
              const inserted = await insertSubmission(tx, row, version.id, input, answers, triage, definition);
              if (inserted.stored) await enqueueAlertsForSubmission(tx, { id: row.id, triageLevel: triage.level });
              return inserted;
            });
      if (outcome.limited) return outcome.limited;
      if (!outcome.stored) return findByIdempotencyKey(input.idempotencyKey).then((earlier) => earlier ?? NOT_OPEN);
      return { ok: true, referenceCode: row.referenceCode, guidance: guidanceOf(triage), duplicate: false };
    } catch (error) {
      if (!isUniqueViolation(error)) throw error;
      // The failed statement counted nothing: count this attempt on its own.
      const limited = await overLimit(input.rateLimit);
      if (limited) return limited;
      // A concurrent request with the same key won the race (or this is a replay): answer with its submission.
      const raced = await findByIdempotencyKey(input.idempotencyKey);
      if (raced) return raced;
      // Otherwise the reference code collided; try another.
    }
  }
  throw new Error("Could not allocate a unique reference code");
}

const NOT_OPEN: SubmitIntakeResult = { ok: false, code: "version-not-published" };

/** Counts an attempt that stores nothing; the refusal if it went over the limit. */
async function overLimit(limit: RateLimit | undefined): Promise<SubmitIntakeResult | null> {
  if (!limit) return null;
  return refusalFor(await consumeRateLimit(limit.key, limit.perMinute));
}

const refusalFor = (verdict: RateLimitResult): SubmitIntakeResult | null =>
  verdict.ok ? null : { ok: false, code: "rate-limited", retryAfterSeconds: verdict.retryAfterSeconds };

/**
 * One statement: counts the attempt against the rate limit and, if it is within the limit and the version is still
 * open to this patient, stores the submission and its audit event. Stores nothing otherwise.
 */
async function insertSubmission(
  db: DbTx,
  row: { id: string; referenceCode: string },
  versionId: string,
  input: SubmitIntakeInput,
  answers: Answers,
  triage: TriageResult,
  definition: Definition,
): Promise<{ stored: boolean; limited?: SubmitIntakeResult }> {
  const patientName = patientNameOf(definition, answers);
  const now = new Date();
  const audit = appendAuditEventSql(
    {
      actor: null,
      action: "submission.created",
      entityType: "Submission",
      entityId: row.id,
      details: { referenceCode: row.referenceCode, level: triage.level },
    },
    now,
  );
  const limit = input.rateLimit;
  const [result] = await db.$queryRaw<{ count: number | null; hash: string | null }[]>`
    WITH ${limit ? Prisma.sql`rate AS (${countRequestSql(limit.key, now)}),` : Prisma.empty}
    open_version AS (
      SELECT "id" FROM "QuestionSetVersion"
      WHERE "id" = ${versionId}
        AND ("status" = 'PUBLISHED' OR ("status" = 'RETIRED' AND "id" = ${input.draftVersionId ?? null}))
        ${limit ? Prisma.sql`AND (SELECT "count" FROM rate) <= ${limit.perMinute}` : Prisma.empty}
    ), submission AS (
      INSERT INTO "Submission" ("id", "referenceCode", "idempotencyKey", "questionSetVersionId", "answers", "triage",
        "triageLevel", "patientName", "patientNameSearch", "causeIds", "flagIds", "createdAt", "updatedAt")
      SELECT ${row.id}, ${row.referenceCode}, ${input.idempotencyKey}, "id", ${JSON.stringify(answers)}::jsonb,
        ${JSON.stringify(triage)}::jsonb, ${triage.level}::"TriageLevel", ${patientName}, ${patientName.toLowerCase()},
        ${Prisma.sql`ARRAY[${joinOrEmpty(triage.causes.map((c) => c.id))}]::text[]`},
        ${Prisma.sql`ARRAY[${joinOrEmpty(triage.flags.map((f) => f.ruleId))}]::text[]`},
        ${now.toISOString()}::timestamp(3), ${now.toISOString()}::timestamp(3)
      FROM open_version
      RETURNING "id"
    )
    SELECT ${limit ? Prisma.sql`(SELECT "count" FROM rate)` : Prisma.sql`NULL::int`} AS "count",
      (SELECT ${audit} FROM submission) AS "hash"`;
  const limited = limit ? refusalFor(rateLimitVerdict(Number(result?.count), limit.perMinute, now)) : null;
  if (limited) return { stored: false, limited };
  return { stored: typeof result?.hash === "string" };
}

const joinOrEmpty = (values: string[]) => (values.length ? Prisma.join(values) : Prisma.empty);

async function findByIdempotencyKey(idempotencyKey: string): Promise<SubmitIntakeResult | null> {
  const db = await getDb();
  const row = await db.submission.findUnique({
    where: { idempotencyKey },
    select: { referenceCode: true, triage: true },
  });
  if (!row) return null;
  return {
    ok: true,
    referenceCode: row.referenceCode,
    guidance: guidanceOf(row.triage as TriageResult),
    duplicate: true,
  };
}
