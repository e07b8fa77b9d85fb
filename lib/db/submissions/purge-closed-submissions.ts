import "server-only";
import { retentionCutoff } from "@/lib/domain/submission/retention";
import { Prisma } from "../generated/prisma/client";
import { getDb, type Db } from "../client";
import { recordAuditEvent } from "../audit/record-audit-event";

export type RetentionPurgeResult = { submissions: number; notes: number; alerts: number; cutoff: Date };

/** A run deletes at most this many, so its transaction stays short; the next run (five minutes later) goes on. */
export const RETENTION_BATCH = 2_000;

/**
 * Deletes closed submissions past the retention period with their notes and alert rows (ON DELETE CASCADE), and
 * records one audit event for the run with the counts (no reference codes: a run may cover thousands). A run that
 * finds nothing records nothing, so the log is not filled with empty runs every five minutes.
 *
 * Rows are locked as they are chosen (FOR UPDATE SKIP LOCKED): a submission being re-opened at that moment is
 * either left alone or purged, never half of each, and two instances running housekeeping never count a row twice.
 */
export async function purgeClosedSubmissions(
  years: number,
  now = new Date(),
  db?: Db,
  batch = RETENTION_BATCH,
): Promise<RetentionPurgeResult> {
  const cutoff = retentionCutoff(now, years);
  const client = db ?? (await getDb());
  return client.$transaction(async (tx) => {
    const due = await tx.$queryRaw<{ id: string }[]>`
      SELECT "id" FROM "Submission"
      WHERE "status" = 'CLOSED' AND "closedAt" < ${cutoff.toISOString()}::timestamp(3)
      ORDER BY "closedAt", "id"
      LIMIT ${batch}
      FOR UPDATE SKIP LOCKED`;
    if (due.length === 0) return { submissions: 0, notes: 0, alerts: 0, cutoff };
    const ids = due.map((r) => r.id);
    const notes = await tx.submissionNote.count({ where: { submissionId: { in: ids } } });
    const alerts = await tx.alertDelivery.count({ where: { submissionId: { in: ids } } });
    const deleted = await tx.$executeRaw`DELETE FROM "Submission" WHERE "id" IN (${Prisma.join(ids)})`;
    await recordAuditEvent(tx, {
      actor: null,
      action: "retention.purged",
      entityType: "Submission",
      details: {
        submissions: deleted,
        notes,
        alertDeliveries: alerts,
        retentionYears: years,
        closedBefore: cutoff.toISOString(),
        more: due.length === batch,
      },
    });
    return { submissions: deleted, notes, alerts, cutoff };
  });
}
