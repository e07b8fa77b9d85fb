import "server-only";
import { OPEN_STATUSES } from "@/lib/domain/queue/queue-search";
import type { SubmissionStatus } from "@/lib/domain/submission/status";
import { TRIAGE_LEVELS, type TriageLevel } from "@/lib/domain/triage";
import { Prisma } from "../generated/prisma/client";
import { getDb } from "../client";

export type QueueCounts = {
  /** Open (not closed) submissions per triage level and per status. Closed ones are not counted: they only grow. */
  byLevel: Record<TriageLevel, number>;
  byStatus: Record<(typeof OPEN_STATUSES)[number], number>;
  /** EMERGENT, open, not acknowledged, waiting longer than the clinic's limit. */
  overdueEmergent: number;
  /** The newest arrival: the live queue compares it to what it has shown. */
  newestCreatedAt: Date | null;
};

const OPEN = Prisma.join(OPEN_STATUSES.map((s) => Prisma.sql`${s}::"SubmissionStatus"`));

/**
 * The counts at the top of the queue, in one round trip. Each part reads an index range that grows with the
 * open workload, not with the table: (status, triageLevel, …) for open rows, max(createdAt) from its index.
 */
export async function countQueue(now: Date, overdueMinutes: number): Promise<QueueCounts> {
  const db = await getDb();
  const threshold = new Date(now.getTime() - overdueMinutes * 60_000).toISOString().replace("Z", "");
  const rows = await db.$queryRaw<
    { kind: string; status: string | null; level: string | null; n: number; at: Date | null }[]
  >(
    Prisma.sql`
      SELECT 'open' AS kind, "status"::text AS status, "triageLevel"::text AS level, count(*)::int AS n, NULL::timestamp AS at
        FROM "Submission" WHERE "status" IN (${OPEN}) GROUP BY "status", "triageLevel"
      UNION ALL
      SELECT 'overdue', NULL, NULL, count(*)::int, NULL FROM "Submission"
        WHERE "status" IN (${OPEN}) AND "triageLevel" = 'EMERGENT' AND "acknowledgedAt" IS NULL
          AND "createdAt" <= ${threshold}::timestamp(3)
      UNION ALL
      SELECT 'newest', NULL, NULL, 0, max("createdAt") FROM "Submission"`,
  );
  const counts: QueueCounts = {
    byLevel: Object.fromEntries(TRIAGE_LEVELS.map((l) => [l, 0])) as Record<TriageLevel, number>,
    byStatus: Object.fromEntries(OPEN_STATUSES.map((s) => [s, 0])) as QueueCounts["byStatus"],
    overdueEmergent: 0,
    newestCreatedAt: null,
  };
  for (const row of rows) {
    if (row.kind === "open" && row.level && row.status) {
      counts.byLevel[row.level as TriageLevel] += row.n;
      counts.byStatus[row.status as Exclude<SubmissionStatus, "CLOSED">] += row.n;
    } else if (row.kind === "overdue") counts.overdueEmergent = row.n;
    else if (row.kind === "newest") counts.newestCreatedAt = row.at ? new Date(row.at) : null;
  }
  return counts;
}
