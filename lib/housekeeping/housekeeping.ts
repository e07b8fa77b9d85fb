import "server-only";
import { purgeExpiredDrafts } from "@/lib/db/drafts/purge-expired-drafts";
import { purgeOldRateLimitBuckets } from "@/lib/db/rate-limit/consume-rate-limit";

const INTERVAL_MS = 5 * 60_000;

export type HousekeepingResult = { expiredDrafts: number; rateLimitBuckets: number };

/**
 * Deletes what is no longer needed: unfinished intakes past their expiry (health data, kept no longer than
 * promised) and rate-limit windows that ended (one row per client address per minute otherwise piles up).
 */
export async function runHousekeeping(now = new Date()): Promise<HousekeepingResult> {
  return {
    expiredDrafts: await purgeExpiredDrafts(now),
    rateLimitBuckets: await purgeOldRateLimitBuckets(now),
  };
}

const globalForHousekeeping = globalThis as unknown as { __spineHousekeeping?: ReturnType<typeof setInterval> };

/** Every five minutes in each server process (started by instrumentation.ts); both deletes are safe to repeat. */
export function startHousekeeping(): void {
  if (globalForHousekeeping.__spineHousekeeping) return;
  globalForHousekeeping.__spineHousekeeping = setInterval(() => {
    runHousekeeping().catch((error: unknown) =>
      // The error's name only: a database error's message can quote the values of the statement.
      console.error(`[housekeeping] failed: ${error instanceof Error ? error.name : "unknown error"}`),
    );
  }, INTERVAL_MS);
  globalForHousekeeping.__spineHousekeeping.unref();
}
