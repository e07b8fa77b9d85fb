import { localDate, startOfLocalDay } from "../time/clinic-time";

/** The stats page's periods: allow-listed, like every dashboard parameter. */
export const STATS_PERIODS = [7, 30, 90] as const;
export type StatsPeriod = (typeof STATS_PERIODS)[number];

const DAY_MS = 86_400_000;

export function parseStatsPeriod(value: string | string[] | undefined): StatsPeriod | null {
  if (value === undefined) return 30;
  const n = Number(value);
  return typeof value === "string" && (STATS_PERIODS as readonly number[]).includes(n) ? (n as StatsPeriod) : null;
}

/** The local days of a period ending today on the clinic's calendar, oldest first, as YYYY-MM-DD. */
export function periodDays(today: Date, days: number, timeZone = "UTC"): string[] {
  const [y, mo, d] = localDate(today, timeZone).split("-").map(Number) as [number, number, number];
  const end = Date.UTC(y, mo - 1, d);
  return Array.from({ length: days }, (_, i) => new Date(end - (days - 1 - i) * DAY_MS).toISOString().slice(0, 10));
}

/**
 * The instants the period's local days begin, plus the start of the day after the last one: `days.length + 1`
 * ascending thresholds, so that day i holds the instants in [starts[i], starts[i + 1]) — what PostgreSQL's
 * `width_bucket(at, starts)` reads as bucket i + 1. A day on which the clocks
 * change is 23 or 25 hours long, which counting by UTC days or by "24 hours from midnight" would get wrong.
 */
export function dayStarts(days: readonly string[], timeZone: string): Date[] {
  const last = days.at(-1);
  if (!last) return [];
  const after = new Date(Date.parse(`${last}T00:00:00Z`) + DAY_MS).toISOString().slice(0, 10);
  return [...days, after].map((day) => startOfLocalDay(day, timeZone));
}

/** Per-day counts from the query's 1-based buckets: bucket 1 is the first day of the period. */
export function countsByBucket(days: readonly string[], rows: readonly { bucket: number; count: number }[]) {
  return rows.flatMap((r) => {
    const day = days[r.bucket - 1];
    return day ? [{ day, count: r.count }] : [];
  });
}

/** One bar per day, including the quiet days the database has no row for. */
export function fillDays(days: readonly string[], counts: readonly { day: string; count: number }[]) {
  const byDay = new Map(counts.map((c) => [c.day, c.count]));
  return days.map((day) => ({ day, count: byDay.get(day) ?? 0 }));
}

/** "4 min", "1 h 20 min", "—" for no data: medians are read by people, not machines. */
export function formatDuration(seconds: number | null): string {
  if (seconds === null || !Number.isFinite(seconds)) return "—";
  const minutes = Math.round(seconds / 60);
  if (minutes < 1) return `${Math.round(seconds)} s`;
  if (minutes < 60) return `${minutes} min`;
  const hours = Math.floor(minutes / 60);
  return `${hours} h ${minutes % 60} min`;
}

/** A share as a whole percentage; 0 when there is nothing to share. */
export function percent(part: number, total: number): number {
  return total > 0 ? Math.round((part / total) * 100) : 0;
}
