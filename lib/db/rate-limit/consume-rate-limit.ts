import "server-only";
import { getDb } from "../client";

export type RateLimitResult = { ok: true } | { ok: false; retryAfterSeconds: number };

/**
 * Counts one request against a fixed one-minute window held in the database, so the limit is shared by every
 * app instance. A single upsert makes the count atomic without a transaction.
 */
export async function consumeRateLimit(
  key: string,
  limitPerMinute: number,
  now = new Date(),
): Promise<RateLimitResult> {
  const windowStart = new Date(Math.floor(now.getTime() / 60_000) * 60_000);
  const db = await getDb();
  const rows = await db.$queryRaw<{ count: number }[]>`
    INSERT INTO "RateLimitBucket" ("key", "windowStart", "count") VALUES (${key}, ${windowStart}, 1)
    ON CONFLICT ("key", "windowStart") DO UPDATE SET "count" = "RateLimitBucket"."count" + 1
    RETURNING "count"`;
  const count = Number(rows[0]?.count ?? 0);
  if (count <= limitPerMinute) return { ok: true };
  return {
    ok: false,
    retryAfterSeconds: Math.max(1, Math.ceil((windowStart.getTime() + 60_000 - now.getTime()) / 1000)),
  };
}

/** Old windows are useless after a minute; called now and then so the table stays small. */
export async function purgeOldRateLimitBuckets(now = new Date()) {
  const db = await getDb();
  await db.rateLimitBucket.deleteMany({ where: { windowStart: { lt: new Date(now.getTime() - 5 * 60_000) } } });
}
