// When a failed alert is tried again: exponential backoff from 30 seconds, capped at one hour, for at most
// MAX_ALERT_ATTEMPTS tries (about three hours in all) before it is marked failed for a person to look at.

export const MAX_ALERT_ATTEMPTS = 10;
const FIRST_DELAY_MS = 30_000;
const MAX_DELAY_MS = 60 * 60_000;

/** The wait after the `attempts`-th failed try (1-based): 30 s, 1 min, 2 min, 4 min, … capped at 1 h. */
export function retryDelayMs(attempts: number): number {
  const exponent = Math.max(0, attempts - 1);
  return Math.min(MAX_DELAY_MS, FIRST_DELAY_MS * 2 ** Math.min(exponent, 20));
}

/** The next try after a failure, or null when the attempts are used up. */
export function nextAttemptAfterFailure(attempts: number, now: Date): Date | null {
  if (attempts >= MAX_ALERT_ATTEMPTS) return null;
  return new Date(now.getTime() + retryDelayMs(attempts));
}
