import "server-only";
import type { Db } from "../client";

/** How long a worker holds a claimed alert; a send times out well before, so only a dead worker's claim expires. */
export const ALERT_CLAIM_MS = 5 * 60_000;

export type ClaimedDelivery = {
  id: string;
  purpose: "NEW_SUBMISSION" | "ESCALATION" | "TEST";
  channelKind: "EMAIL" | "WEBHOOK";
  recipient: string;
  attempts: number;
  webhookSecret: string | null;
  submission: {
    id: string;
    referenceCode: string;
    triageLevel: "EMERGENT" | "URGENT" | "ROUTINE";
    createdAt: Date;
  } | null;
  createdAt: Date;
};

/**
 * Claims up to `limit` due alerts for this worker: queued ones whose time has come, and sending ones whose
 * claim expired (their worker died). One UPDATE over rows locked with FOR UPDATE SKIP LOCKED, so two app
 * instances never claim the same row; escalations of submissions acknowledged meanwhile are left alone.
 */
export async function claimDueDeliveries(db: Db, now: Date, limit: number): Promise<ClaimedDelivery[]> {
  const claimUntil = new Date(now.getTime() + ALERT_CLAIM_MS);
  const claimed = await db.$queryRaw<{ id: string }[]>`
    UPDATE "AlertDelivery"
    SET "state" = 'SENDING', "lockedUntil" = ${claimUntil}::timestamp(3), "attempts" = "attempts" + 1,
        "updatedAt" = ${now}::timestamp(3)
    WHERE "id" IN (
      SELECT d."id" FROM "AlertDelivery" d
      LEFT JOIN "Submission" s ON s."id" = d."submissionId"
      WHERE ((d."state" = 'QUEUED' AND d."nextAttemptAt" <= ${now}::timestamp(3))
          OR (d."state" = 'SENDING' AND d."lockedUntil" < ${now}::timestamp(3)))
        AND NOT (d."purpose" = 'ESCALATION' AND s."acknowledgedAt" IS NOT NULL)
      ORDER BY d."nextAttemptAt", d."id"
      LIMIT ${limit}
      FOR UPDATE OF d SKIP LOCKED
    )
    RETURNING "id"`;
  if (claimed.length === 0) return [];
  const rows = await db.alertDelivery.findMany({
    where: { id: { in: claimed.map((row) => row.id) } },
    orderBy: [{ nextAttemptAt: "asc" }, { id: "asc" }],
    select: {
      id: true,
      purpose: true,
      channelKind: true,
      recipient: true,
      attempts: true,
      createdAt: true,
      channel: { select: { webhookSecret: true } },
      submission: { select: { id: true, referenceCode: true, triageLevel: true, createdAt: true } },
    },
  });
  return rows.map((row) => ({
    id: row.id,
    purpose: row.purpose,
    channelKind: row.channelKind,
    recipient: row.recipient,
    attempts: row.attempts,
    createdAt: row.createdAt,
    webhookSecret: row.channel?.webhookSecret ?? null,
    submission: row.submission,
  }));
}
