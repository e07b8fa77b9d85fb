import "server-only";
import crypto from "node:crypto";
import { buildAnswerSchema, type Answers } from "@/lib/domain/question-set";
import { evaluate, type TriageResult } from "@/lib/domain/triage";
import { guidanceOf, type PatientGuidance } from "./patient-guidance";
import { makeReferenceCode } from "@/lib/domain/submission/reference-code";
import { IDEMPOTENCY_KEY_PATTERN } from "@/lib/domain/submission/status";
import { isUniqueViolation } from "../errors";
import { getDb } from "../client";
import { recordAuditEvent } from "../audit/record-audit-event";
import { enqueueAlertsForSubmission } from "../alerts/enqueue-alerts-for-submission";
import { getVersionDefinition } from "../question-sets/get-version-definition";

export type SubmitIntakeInput = {
  versionId: string;
  idempotencyKey: string;
  answers: unknown;
  /** The version of the patient's own resumed draft: accepted even if a newer version was published meanwhile. */
  draftVersionId?: string;
};

export type { PatientGuidance } from "./patient-guidance";

export type SubmitIntakeResult =
  | { ok: true; referenceCode: string; guidance: PatientGuidance; duplicate: boolean }
  | { ok: false; code: "version-not-published" | "invalid-key" }
  | { ok: false; code: "invalid"; fieldErrors: Record<string, string[]>; formErrors: string[] };

/**
 * Re-validates a patient's answers against the version they answered, evaluates triage and stores the
 * submission in one transaction. The same idempotency key always yields the same, single submission.
 */
export async function submitIntake(input: SubmitIntakeInput): Promise<SubmitIntakeResult> {
  if (!IDEMPOTENCY_KEY_PATTERN.test(input.idempotencyKey)) return { ok: false, code: "invalid-key" };
  const db = await getDb();
  // A replay is found by the unique key when the insert fails, not looked up first: one round trip fewer for
  // every new patient. Failure paths check for an earlier success, so a retry after a publish still gets its code.
  const earlierOr = async (failure: SubmitIntakeResult) =>
    (await findByIdempotencyKey(input.idempotencyKey)) ?? failure;

  const version = await getVersionDefinition(input.versionId);
  const answerable =
    version &&
    (version.status === "PUBLISHED" || (version.status === "RETIRED" && version.id === input.draftVersionId));
  if (!version || !answerable) return earlierOr({ ok: false, code: "version-not-published" });
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
  const patientName = typeof answers.full_name === "string" ? answers.full_name : "";

  for (let attempt = 0; attempt < 3; attempt++) {
    const referenceCode = makeReferenceCode(crypto.randomBytes(8));
    try {
      await db.$transaction(async (tx) => {
        const created = await tx.submission.create({
          data: {
            referenceCode,
            idempotencyKey: input.idempotencyKey,
            questionSetVersionId: version.id,
            answers,
            triage,
            triageLevel: triage.level,
            patientName,
            patientNameSearch: patientName.toLowerCase(),
            causeIds: triage.causes.map((c) => c.id),
            flagIds: triage.flags.map((f) => f.ruleId),
          },
          select: { id: true },
        });
        // Red-flag alerts go to the outbox in this transaction: no submission without its alerts, or the reverse.
        await enqueueAlertsForSubmission(tx, { id: created.id, triageLevel: triage.level });
        // Last: the audit chain's lock is held from here to commit (see recordAuditEvent).
        await recordAuditEvent(tx, {
          actor: null,
          action: "submission.created",
          entityType: "Submission",
          entityId: created.id,
          details: { referenceCode, level: triage.level },
        });
      });
      return { ok: true, referenceCode, guidance: guidanceOf(triage), duplicate: false };
    } catch (error) {
      if (!isUniqueViolation(error)) throw error;
      // A concurrent request with the same key won the race: answer with its submission.
      const raced = await findByIdempotencyKey(input.idempotencyKey);
      if (raced) return raced;
      // Otherwise the reference code collided; try another.
    }
  }
  throw new Error("Could not allocate a unique reference code");
}

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
