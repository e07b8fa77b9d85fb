import "server-only";
import { purgeExpiredProgress } from "@/lib/db/progress/purge-expired-progress";
import { purgeOldRateLimitBuckets } from "@/lib/db/rate-limit/consume-rate-limit";
import { purgeClosedSubmissions } from "@/lib/db/submissions/purge-closed-submissions";
import { env } from "@/lib/env";
import { errorName, log } from "@/lib/observability/logger";

const INTERVAL_MS = 5 * 60_000;

export type HousekeepingResult = {
  expiredProgress: number;
  rateLimitBuckets: number;
  /** Closed submissions past RETENTION_CLOSED_YEARS; null while no retention period is set. */
  closedSubmissions: number | null;
};

/**
 * Deletes what is no longer needed: unfinished intakes past their expiry (health data, kept no longer than
 * promised), rate-limit windows that ended (one row per client address per minute otherwise piles up) and, when the
 * clinic has set a retention period, closed submissions past it.
 */
export async function runHousekeeping(
  now = new Date(),
  retentionYears: number | undefined = env.RETENTION_CLOSED_YEARS,
): Promise<HousekeepingResult> {
  const expiredProgress = await purgeExpiredProgress(now);
  const rateLimitBuckets = await purgeOldRateLimitBuckets(now);
  const closedSubmissions = retentionYears ? (await purgeClosedSubmissions(retentionYears, now)).submissions : null;
  if (closedSubmissions) {
    log.info({ event: "retention-purged", submissions: closedSubmissions }, "purged closed submissions past retention");
  }
  return { expiredProgress, rateLimitBuckets, closedSubmissions };
}

const globalForHousekeeping = globalThis as unknown as { __spineHousekeeping?: ReturnType<typeof setInterval> };

/** Every five minutes in each server process (started by instrumentation.ts); every delete is safe to repeat. */
export function startHousekeeping(): void {
  if (globalForHousekeeping.__spineHousekeeping) return;
  globalForHousekeeping.__spineHousekeeping = setInterval(() => {
    runHousekeeping().catch((error: unknown) =>
      // The error's name only: a database error's message can quote the values of the statement.
      log.error({ event: "housekeeping-failed", error: errorName(error) }, "housekeeping failed"),
    );
  }, INTERVAL_MS);
  globalForHousekeeping.__spineHousekeeping.unref();
}
