import "server-only";
import { nextAttemptAfterFailure } from "@/lib/domain/alerts/retry-schedule";
import type { Db } from "../client";

export type DeliveryOutcome = { sent: true } | { sent: false; error: string };

const MAX_ERROR_LENGTH = 500;

/**
 * Records how a claimed alert went: sent (never tried again), or failed (queued for a retry with backoff,
 * or failed for good after the last attempt). Only the claim that sent it may record it, so a worker whose
 * claim expired and was taken over cannot overwrite the newer outcome.
 */
export async function recordDeliveryOutcome(
  db: Db,
  claim: { id: string; attempts: number },
  outcome: DeliveryOutcome,
  now: Date,
): Promise<"sent" | "retrying" | "failed" | "lost-claim"> {
  const where = { id: claim.id, state: "SENDING" as const, attempts: claim.attempts };
  if (outcome.sent) {
    const done = await db.alertDelivery.updateMany({
      where,
      data: { state: "SENT", sentAt: now, lockedUntil: null, lastError: null },
    });
    return done.count === 1 ? "sent" : "lost-claim";
  }
  const lastError = outcome.error.slice(0, MAX_ERROR_LENGTH);
  const next = nextAttemptAfterFailure(claim.attempts, now);
  const done = await db.alertDelivery.updateMany({
    where,
    data: next
      ? { state: "QUEUED", nextAttemptAt: next, lockedUntil: null, lastError }
      : { state: "FAILED", lockedUntil: null, lastError },
  });
  if (done.count !== 1) return "lost-claim";
  return next ? "retrying" : "failed";
}
