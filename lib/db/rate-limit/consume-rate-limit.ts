import "server-only";
import { Prisma } from "../generated/prisma/client";
import { getDb } from "../client";

export type RateLimitResult = { ok: true } | { ok: false; retryAfterSeconds: number };

/** A caller's budget: `perMinute` requests per fixed one-minute window, counted under `key`. */
export type RateLimit = { key: string; perMinute: number };

const windowStartOf = (now: Date) => new Date(Math.floor(now.getTime() / 60_000) * 60_000);

/**
 * One upsert that counts a request in its window and returns the new count. Atomic without a transaction, and a
 * fragment, so the submission statement can count the request in the same round trip.
 */
export function countRequestSql(key: string, now: Date): Prisma.Sql {
  return Prisma.sql`
    INSERT INTO "RateLimitBucket" ("key", "windowStart", "count") VALUES (${key}, ${windowStartOf(now)}, 1)
    ON CONFLICT ("key", "windowStart") DO UPDATE SET "count" = "RateLimitBucket"."count" + 1
    RETURNING "count"`;
}

/** Whether the request that brought the window's count to `count` is within the limit. */
export function rateLimitVerdict(count: number, limitPerMinute: number, now: Date): RateLimitResult {
  if (count <= limitPerMinute) return { ok: true };
  const windowEnd = windowStartOf(now).getTime() + 60_000;
  return { ok: false, retryAfterSeconds: Math.max(1, Math.ceil((windowEnd - now.getTime()) / 1000)) };
}

/**
 * Counts one request against a fixed one-minute window held in the database, so the limit is shared by every
 * app instance.
 */
export async function consumeRateLimit(
  key: string,
  limitPerMinute: number,
  now = new Date(),
): Promise<RateLimitResult> {
  const db = await getDb();
  const rows = await db.$queryRaw<{ count: number }[]>(countRequestSql(key, now));
  return rateLimitVerdict(Number(rows[0]?.count ?? 0), limitPerMinute, now);
}

/** Old windows are useless after a minute; deleted by housekeeping so the table stays small. */
export async function purgeOldRateLimitBuckets(now = new Date()): Promise<number> {
  const db = await getDb();
  const { count } = await db.rateLimitBucket.deleteMany({
    where: { windowStart: { lt: new Date(now.getTime() - 5 * 60_000) } },
  });
  return count;
}
