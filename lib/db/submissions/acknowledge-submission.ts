import "server-only";
import { getDb } from "../client";
import { recordAuditEvent } from "../audit/record-audit-event";
import type { Actor } from "../types";

export type AcknowledgeResult =
  | { ok: true; cancelledEscalations: number; rowVersion: number }
  | { ok: false; code: "not-found" | "already-acknowledged" };

/**
 * A clinician takes a submission on: records who and when, bumps the row version, and cancels its escalation
 * alerts not yet sent, all in one transaction with its audit event.
 */
export async function acknowledgeSubmission(
  submissionId: string,
  actor: Actor,
  now: Date = new Date(),
  origin: string | null = null,
): Promise<AcknowledgeResult> {
  const db = await getDb();
  return db.$transaction(async (tx) => {
    const updated = await tx.submission.updateMany({
      where: { id: submissionId, acknowledgedAt: null },
      data: { acknowledgedAt: now, acknowledgedById: actor.id, rowVersion: { increment: 1 } },
    });
    if (updated.count === 0) {
      const exists = await tx.submission.findUnique({ where: { id: submissionId }, select: { id: true } });
      return { ok: false, code: exists ? "already-acknowledged" : "not-found" } as const;
    }
    const cancelled = await tx.alertDelivery.updateMany({
      where: { submissionId, purpose: "ESCALATION", state: "QUEUED" },
      data: { state: "CANCELLED", lockedUntil: null },
    });
    const submission = await tx.submission.findUniqueOrThrow({
      where: { id: submissionId },
      select: { referenceCode: true, rowVersion: true },
    });
    await recordAuditEvent(tx, {
      actor,
      action: "submission.acknowledged",
      entityType: "Submission",
      entityId: submissionId,
      details: { referenceCode: submission.referenceCode, cancelledEscalations: cancelled.count },
      origin,
    });
    // The new row version goes back to the page, whose other forms must send it (it is not re-rendered).
    return { ok: true, cancelledEscalations: cancelled.count, rowVersion: submission.rowVersion } as const;
  });
}
