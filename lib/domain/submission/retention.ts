// How long closed submissions are kept (RETENTION_CLOSED_YEARS). Pure: the purge in lib/housekeeping asks here.

/**
 * The moment before which a submission must have been closed to be purged: `years` calendar years before `now`
 * (UTC). A submission closed exactly at the cut-off is kept: "older than N years" means strictly older. On
 * 29 February the cut-off falls on 1 March of the earlier year, so nothing goes a day early.
 */
export function retentionCutoff(now: Date, years: number): Date {
  if (!Number.isInteger(years) || years < 1)
    throw new RangeError("The retention period must be a whole number of years (1 or more)");
  const cutoff = new Date(now.getTime());
  cutoff.setUTCFullYear(cutoff.getUTCFullYear() - years);
  return cutoff;
}

/** Whether a submission is past its retention period: closed, and closed before the cut-off. */
export function isPastRetention(
  submission: { status: string; closedAt: Date | null },
  now: Date,
  years: number,
): boolean {
  return (
    submission.status === "CLOSED" &&
    submission.closedAt !== null &&
    submission.closedAt.getTime() < retentionCutoff(now, years).getTime()
  );
}
