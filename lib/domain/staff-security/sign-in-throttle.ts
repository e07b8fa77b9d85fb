// Sign-in throttling arithmetic. Pure: the database keeps the counters, this decides what they mean.

export type ThrottlePolicy = {
  /** Consecutive failures on one account before it is locked. */
  maxAccountFailures: number;
  /** Failures from one client address within the window before the address is locked. */
  maxAddressFailures: number;
  windowMs: number;
  lockMs: number;
  /** Extra wait per earlier failure, so guessing slows down before the lock. */
  delayPerFailureMs: number;
  maxDelayMs: number;
};

export function isLocked(lockedUntil: Date | null | undefined, now: Date): boolean {
  return !!lockedUntil && lockedUntil.getTime() > now.getTime();
}

/** After a failure: the new count and, when it reaches the limit, the time the lock ends. */
export function afterFailure(
  failuresSoFar: number,
  max: number,
  lockMs: number,
  now: Date,
): { failures: number; lockedUntil: Date | null } {
  const failures = failuresSoFar + 1;
  return { failures, lockedUntil: failures >= max ? new Date(now.getTime() + lockMs) : null };
}

/** The address window restarts once it is older than the policy's window. */
export function addressFailuresInWindow(
  row: { failures: number; windowStart: Date } | null,
  now: Date,
  windowMs: number,
): number {
  if (!row || now.getTime() - row.windowStart.getTime() >= windowMs) return 0;
  return row.failures;
}

/** How long to hold a failed answer back: grows with the failures already seen, up to a cap. */
export function failureDelayMs(
  previousFailures: number,
  policy: Pick<ThrottlePolicy, "delayPerFailureMs" | "maxDelayMs">,
) {
  return Math.min(previousFailures * policy.delayPerFailureMs, policy.maxDelayMs);
}
