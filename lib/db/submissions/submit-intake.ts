import "server-only";
import crypto from "node:crypto";
import {
  buildAnswerSchema,
  groupIssues,
  patientNameOf,
  type Answers,
  type Definition,
} from "@/lib/domain/question-set";
import { resolvePatientLanguage } from "@/lib/domain/question-set/translations/patient-language";
import { evaluate, type TriageResult } from "@/lib/domain/triage";
import { guidanceOf, type PatientGuidance } from "./patient-guidance";
import { makeReferenceCode } from "@/lib/domain/submission/reference-code";
import { IDEMPOTENCY_KEY_PATTERN } from "@/lib/domain/submission/status";
import { canonicalJson } from "@/lib/domain/submission/canonical-json";
import { Prisma } from "../generated/prisma/client";
import { isUniqueViolation, withoutParameters } from "../errors";
import { getDb } from "../client";
import type { DbTx } from "../types";
import { appendAuditEventSql } from "../audit/record-audit-event";
import { countStoredSubmission } from "@/lib/observability/metrics";
import { enqueueAlertsForSubmissionSql } from "../alerts/enqueue-alerts-for-submission";
import { clinicToday } from "../clinic-settings/clinic-today";
import { readVersion } from "../question-sets/read-version";
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
  /** The version of the patient's own resumed progress: accepted even if a newer version was published meanwhile. */
  progressVersionId?: string;
  /** The language the patient answered in; one the version does not offer to patients is stored as English. */
  language?: string;
  /** The caller's submission budget. Every attempt counts, stored or not; over it, nothing is stored. */
  rateLimit?: RateLimit;
  /** When the computed values (the age) are counted from, as its date in the clinic's zone; now unless a test says. */
  now?: Date;
  /** The clinic's date (YYYY-MM-DD) at `now`, as worked out once per request. */
  today?: string;
};

export type { PatientGuidance } from "./patient-guidance";

export type SubmitIntakeResult =
  | { ok: true; referenceCode: string; guidance: PatientGuidance; duplicate: boolean }
  | { ok: false; code: "version-not-published" | "invalid-key" }
  /** The key was used before with other answers: nothing of that submission is told. */
  | { ok: false; code: "key-reused" }
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
  if (!IDEMPOTENCY_KEY_PATTERN.test(input.idempotencyKey)) {
    return (await overLimit(input.rateLimit)) ?? { ok: false, code: "invalid-key" };
  }
  input = { ...input, today: input.today ?? (await clinicToday(input.now)) };
  if (input.versionId !== undefined) return attempt(input, input.versionId);
  const remembered = (await readVersion({ published: true, remembered: true }))?.id ?? null;
  const first = await attempt(input, remembered);
  if (first.ok || first.code === "rate-limited" || first.code === "invalid-key") return first;
  // The remembered version may have been replaced by a publish in this or another instance: answers to the new
  // version then fail validation against the old one, and answers the old one accepts find it retired. Look again,
  // once; the first attempt already counted this request against the rate limit.
  const current = (await readVersion({ published: true }))?.id ?? null;
  if (current === remembered) return first;
  return attempt({ ...input, rateLimit: undefined }, current);
}

async function attempt(input: SubmitIntakeInput, versionId: string | null): Promise<SubmitIntakeResult> {
  // A replay is found by the unique key when the insert fails, not looked up first: one round trip fewer for
  // every new patient. Failure paths check for an earlier success, so a retry after a publish still gets its code.
  const requestHash = hashOfRequest(input.answers);
  const earlier = () => findByIdempotencyKey(input.idempotencyKey, requestHash);
  const earlierOr = async (failure: SubmitIntakeResult) =>
    (await overLimit(input.rateLimit)) ?? (await earlier()) ?? failure;

  const version = versionId ? await readVersion({ id: versionId }) : null;
  if (!version) return earlierOr(NOT_OPEN);
  const definition = version.definition;

  const parsed = buildAnswerSchema(definition, { today: input.today }).safeParse(input.answers);
  if (!parsed.success) {
    return earlierOr({ ok: false, code: "invalid", ...groupIssues(parsed.error.issues) });
  }
  const answers: Answers = parsed.data;
  const triage = evaluate(definition, answers, { today: input.today });
  const db = await getDb();

  for (let tries = 0; tries < 3; tries++) {
    const row = { id: crypto.randomUUID(), referenceCode: makeReferenceCode(crypto.randomBytes(8)) };
    try {
      // Red-flag alerts go to the outbox in the same statement: no submission without its alerts, or the reverse.
      const outcome = await insertSubmission(db, row, version.id, input, answers, triage, requestHash, definition);
      if (outcome.limited) return outcome.limited;
      if (!outcome.stored) return (await earlier()) ?? NOT_OPEN;
      // Counted here, the one place a submission is stored (the patient's page and the JSON API both come here).
      countStoredSubmission(triage.level);
      return { ok: true, referenceCode: row.referenceCode, guidance: guidanceOf(triage), duplicate: false };
    } catch (error) {
      if (!isUniqueViolation(error)) throw withoutParameters(error);
      // The failed statement counted nothing: count this attempt on its own.
      const limited = await overLimit(input.rateLimit);
      if (limited) return limited;
      // A concurrent request with the same key won the race (or this is a replay): answer with its submission.
      const raced = await earlier();
      if (raced) return raced;
      // Otherwise the reference code collided; try another.
    }
  }
  throw new Error("Could not allocate a unique reference code");
}

const NOT_OPEN: SubmitIntakeResult = { ok: false, code: "version-not-published" };
const KEY_REUSED: SubmitIntakeResult = { ok: false, code: "key-reused" };

const sameHash = (a: string, b: string) =>
  a.length === b.length && crypto.timingSafeEqual(Buffer.from(a), Buffer.from(b));

/** Counts an attempt that stores nothing; the refusal if it went over the limit. */
async function overLimit(limit: RateLimit | undefined): Promise<SubmitIntakeResult | null> {
  if (!limit) return null;
  return refusalFor(await consumeRateLimit(limit.key, limit.perMinute));
}

const refusalFor = (verdict: RateLimitResult): SubmitIntakeResult | null =>
  verdict.ok ? null : { ok: false, code: "rate-limited", retryAfterSeconds: verdict.retryAfterSeconds };

/**
 * One statement: counts the attempt against the rate limit and, if it is within the limit and the version is still
 * open to this patient, stores the submission, its audit event and (red flags) its alerts. Stores nothing otherwise.
 */
async function insertSubmission(
  db: DbTx,
  row: { id: string; referenceCode: string },
  versionId: string,
  input: SubmitIntakeInput,
  answers: Answers,
  triage: TriageResult,
  requestHash: string,
  definition: Definition,
): Promise<{ stored: boolean; limited?: SubmitIntakeResult }> {
  const patientName = patientNameOf(definition, answers);
  const language = resolvePatientLanguage(definition, input.language);
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
        AND ("status" = 'PUBLISHED' OR ("status" = 'RETIRED' AND "id" = ${input.progressVersionId ?? null}))
        ${limit ? Prisma.sql`AND (SELECT "count" FROM rate) <= ${limit.perMinute}` : Prisma.empty}
    ), submission AS (
      INSERT INTO "Submission" ("id", "referenceCode", "idempotencyKey", "requestHash", "questionSetVersionId", "answers", "triage",
        "triageLevel", "patientName", "language", "patientNameSearch", "causeIds", "flagIds", "createdAt", "updatedAt")
      SELECT ${row.id}, ${row.referenceCode}, ${input.idempotencyKey}, ${requestHash}, "id", ${JSON.stringify(answers)}::jsonb,
        ${JSON.stringify(triage)}::jsonb, ${triage.level}::"TriageLevel", ${patientName}, ${language}, ${patientName.toLowerCase()},
        ${Prisma.sql`ARRAY[${joinOrEmpty(triage.causes.map((c) => c.id))}]::text[]`},
        ${Prisma.sql`ARRAY[${joinOrEmpty(triage.flags.map((f) => f.ruleId))}]::text[]`},
        ${now.toISOString()}::timestamp(3), ${now.toISOString()}::timestamp(3)
      FROM open_version
      RETURNING "id"
    )${enqueueAlertsForSubmissionSql(triage.level, now)}
    SELECT ${limit ? Prisma.sql`(SELECT "count" FROM rate)` : Prisma.sql`NULL::int`} AS "count",
      (SELECT ${audit} FROM submission) AS "hash"`;
  const limited = limit ? refusalFor(rateLimitVerdict(Number(result?.count), limit.perMinute, now)) : null;
  if (limited) return { stored: false, limited };
  return { stored: typeof result?.hash === "string" };
}

const joinOrEmpty = (values: string[]) => (values.length ? Prisma.join(values) : Prisma.empty);

/** The answers as sent, in canonical form: a retry of the same request hashes the same, whatever its key order. */
const hashOfRequest = (answers: unknown) => crypto.createHash("sha256").update(canonicalJson(answers)).digest("hex");

/** The earlier result for this key, only to a request with the same answers; a known key alone reveals nothing. */
async function findByIdempotencyKey(idempotencyKey: string, requestHash: string): Promise<SubmitIntakeResult | null> {
  const db = await getDb();
  const row = await db.submission.findUnique({
    where: { idempotencyKey },
    select: { referenceCode: true, triage: true, requestHash: true },
  });
  if (!row) return null;
  if (row.requestHash === null || !sameHash(row.requestHash, requestHash)) return KEY_REUSED;
  return {
    ok: true,
    referenceCode: row.referenceCode,
    guidance: guidanceOf(row.triage as TriageResult),
    duplicate: true,
  };
}
