import "server-only";
import { getDb } from "../client";

/** Submissions that arrived after `since`, newest first, a few: what the live queue announces. No names. */
export async function listArrivalsSince(since: Date, limit = 10) {
  const db = await getDb();
  const rows = await db.submission.findMany({
    where: { createdAt: { gt: since } },
    orderBy: { createdAt: "desc" },
    take: limit,
    select: { id: true, referenceCode: true, triageLevel: true, createdAt: true },
  });
  return rows.map((r) => ({ ...r, createdAt: r.createdAt.toISOString() }));
}
