import "server-only";
import { getDb } from "../client";
import { recordAuditEvent } from "../audit/record-audit-event";
import type { Actor } from "../types";
import { updateIfCurrent, type SubmissionEditResult } from "./stale-edit";

export type AssignSubmissionInput = {
  submissionId: string;
  /** The colleague to assign to (the caller's own id for "assign to me"), or null to unassign. */
  assigneeId: string | null;
  /** The row version the clinician's page showed. */
  rowVersion: number;
};

/** Assigns a submission to an active staff member (or nobody), refused if someone changed it meanwhile. */
export async function assignSubmission(
  input: AssignSubmissionInput,
  actor: Actor,
  origin: string | null = null,
): Promise<SubmissionEditResult<{ assigneeName: string | null }>> {
  const db = await getDb();
  return db.$transaction(async (tx) => {
    const assignee = input.assigneeId
      ? await tx.user.findFirst({ where: { id: input.assigneeId, active: true }, select: { id: true, name: true } })
      : null;
    if (input.assigneeId && !assignee) return { ok: false, code: "invalid-assignee" } as const;
    const result = await updateIfCurrent(tx, input.submissionId, input.rowVersion, {
      assigneeId: assignee?.id ?? null,
    });
    if (!result.ok) return result;
    await recordAuditEvent(tx, {
      actor,
      action: "submission.assigned",
      entityType: "Submission",
      entityId: input.submissionId,
      details: { assigneeId: assignee?.id ?? null, rowVersion: result.rowVersion },
      origin,
    });
    return { ok: true, rowVersion: result.rowVersion, assigneeName: assignee?.name ?? null } as const;
  });
}
