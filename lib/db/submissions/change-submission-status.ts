import "server-only";
import { canTransition } from "@/lib/domain/submission/status-transitions";
import type { SubmissionStatus } from "@/lib/domain/submission/status";
import { getDb } from "../client";
import { recordAuditEvent } from "../audit/record-audit-event";
import type { Actor } from "../types";
import { lastChangeOf, updateIfCurrent, type SubmissionEditResult } from "./stale-edit";

export type ChangeSubmissionStatusInput = { submissionId: string; to: SubmissionStatus; rowVersion: number };

/**
 * Moves a submission along NEW → IN_REVIEW → CONTACTED → CLOSED. A stale page is refused before the transition
 * is judged (the status it shows may be out of date); an invalid transition changes nothing.
 */
export async function changeSubmissionStatus(
  input: ChangeSubmissionStatusInput,
  actor: Actor,
  origin: string | null = null,
): Promise<SubmissionEditResult<{ status: SubmissionStatus }>> {
  const db = await getDb();
  return db.$transaction(async (tx) => {
    const current = await tx.submission.findUnique({
      where: { id: input.submissionId },
      select: { status: true, rowVersion: true },
    });
    if (!current) return { ok: false, code: "not-found" } as const;
    if (current.rowVersion !== input.rowVersion) {
      return { ok: false, code: "stale", lastChange: await lastChangeOf(tx, input.submissionId) } as const;
    }
    if (!canTransition(current.status, input.to)) {
      return { ok: false, code: "invalid-transition", from: current.status, to: input.to } as const;
    }
    // closedAt starts the retention period; re-opening (a patient called back) stops it until the next closing.
    const result = await updateIfCurrent(tx, input.submissionId, input.rowVersion, {
      status: input.to,
      closedAt: input.to === "CLOSED" ? new Date() : null,
    });
    if (!result.ok) return result;
    await recordAuditEvent(tx, {
      actor,
      action: "submission.status_changed",
      entityType: "Submission",
      entityId: input.submissionId,
      details: { from: current.status, to: input.to, rowVersion: result.rowVersion },
      origin,
    });
    return { ok: true, rowVersion: result.rowVersion, status: input.to } as const;
  });
}
