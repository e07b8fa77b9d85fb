import "server-only";
import { normalizeReferenceCode } from "@/lib/domain/submission/reference-code";
import { getDb } from "../client";
import { recordAuditEvent } from "../audit/record-audit-event";
import type { Actor } from "../types";

export type EraseSubmissionResult =
  | { ok: true; referenceCode: string; notes: number; alertDeliveries: number }
  | { ok: false; code: "not-found" | "confirmation-mismatch" };

/**
 * A patient's right to erasure: deletes one submission with its notes and alert rows, and records who erased it.
 * The audit event keeps the reference code and counts, never the answers. Earlier audit events of the submission
 * stay: they hold its id, reference code, level and status names only (no patient data), so the hash chain is
 * left whole. The admin must type the reference code again: erasing the wrong patient cannot be undone.
 */
export async function eraseSubmission(
  input: { submissionId: string; confirmReferenceCode: string },
  actor: Actor,
  origin: string | null = null,
): Promise<EraseSubmissionResult> {
  const db = await getDb();
  return db.$transaction(async (tx) => {
    const row = await tx.submission.findUnique({
      where: { id: input.submissionId },
      select: { id: true, referenceCode: true, _count: { select: { notes: true, alertDeliveries: true } } },
    });
    if (!row) return { ok: false, code: "not-found" } as const;
    if (normalizeReferenceCode(input.confirmReferenceCode) !== row.referenceCode) {
      return { ok: false, code: "confirmation-mismatch" } as const;
    }
    await tx.submission.delete({ where: { id: row.id } });
    await recordAuditEvent(tx, {
      actor,
      action: "submission.erased",
      entityType: "Submission",
      entityId: row.id,
      details: {
        referenceCode: row.referenceCode,
        notes: row._count.notes,
        alertDeliveries: row._count.alertDeliveries,
        reason: "patient request",
      },
      origin,
    });
    return {
      ok: true,
      referenceCode: row.referenceCode,
      notes: row._count.notes,
      alertDeliveries: row._count.alertDeliveries,
    } as const;
  });
}
