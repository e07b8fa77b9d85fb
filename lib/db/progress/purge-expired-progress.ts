import "server-only";
import { getDb } from "../client";

/** Unfinished intakes hold health data: once they can no longer be resumed they are deleted, not kept. */
export async function purgeExpiredProgress(now = new Date()): Promise<number> {
  const db = await getDb();
  const { count } = await db.intakeProgress.deleteMany({ where: { expiresAt: { lte: now } } });
  return count;
}
