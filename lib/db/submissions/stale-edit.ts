import "server-only";
import type { DbTx } from "../types";

/** Audit actions that change a submission (views and exports do not): the "changed by … at …" comes from these. */
export const SUBMISSION_CHANGE_ACTIONS = [
  "submission.acknowledged",
  "submission.assigned",
  "submission.status_changed",
  "submission.note_added",
] as const;

export type LastChange = { byName: string; at: Date } | null;

export type SubmissionEditResult<T = object> =
  | ({ ok: true; rowVersion: number } & T)
  | { ok: false; code: "not-found" }
  | { ok: false; code: "stale"; lastChange: LastChange }
  | { ok: false; code: "invalid-transition"; from: string; to: string }
  | { ok: false; code: "invalid-assignee" };

/** Who last changed a submission and when, from its audit trail, for the message a stale edit gets. */
export async function lastChangeOf(tx: DbTx, submissionId: string): Promise<LastChange> {
  const event = await tx.auditEvent.findFirst({
    where: { entityType: "Submission", entityId: submissionId, action: { in: [...SUBMISSION_CHANGE_ACTIONS] } },
    orderBy: [{ at: "desc" }, { seq: "desc" }],
    select: { at: true, actorId: true, actorEmail: true },
  });
  if (!event) return null;
  const user = event.actorId
    ? await tx.user.findUnique({ where: { id: event.actorId }, select: { name: true } })
    : null;
  return { byName: user?.name ?? event.actorEmail ?? "someone", at: event.at };
}

/**
 * Optimistic concurrency: applies `data` only if the row is still at the version the editor saw, bumping it.
 * The version check and the write are one UPDATE, so two saves racing on the same version cannot both win.
 */
export async function updateIfCurrent(
  tx: DbTx,
  submissionId: string,
  expectedRowVersion: number,
  data: { status?: "NEW" | "IN_REVIEW" | "CONTACTED" | "CLOSED"; closedAt?: Date | null; assigneeId?: string | null },
): Promise<
  | { ok: true; rowVersion: number }
  | { ok: false; code: "not-found" }
  | { ok: false; code: "stale"; lastChange: LastChange }
> {
  const updated = await tx.submission.updateMany({
    where: { id: submissionId, rowVersion: expectedRowVersion },
    data: { ...data, rowVersion: { increment: 1 } },
  });
  if (updated.count === 1) return { ok: true, rowVersion: expectedRowVersion + 1 };
  const exists = await tx.submission.findUnique({ where: { id: submissionId }, select: { id: true } });
  if (!exists) return { ok: false, code: "not-found" };
  return { ok: false, code: "stale", lastChange: await lastChangeOf(tx, submissionId) };
}
