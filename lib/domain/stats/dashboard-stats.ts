/** The stats page's periods: allow-listed, like every dashboard parameter. */
export const STATS_PERIODS = [7, 30, 90] as const;
export type StatsPeriod = (typeof STATS_PERIODS)[number];

export function parseStatsPeriod(value: string | string[] | undefined): StatsPeriod | null {
  if (value === undefined) return 30;
  const n = Number(value);
  return typeof value === "string" && (STATS_PERIODS as readonly number[]).includes(n) ? (n as StatsPeriod) : null;
}

/** The UTC days of a period ending today, oldest first, as YYYY-MM-DD. */
export function periodDays(today: Date, days: number): string[] {
  const end = Date.UTC(today.getUTCFullYear(), today.getUTCMonth(), today.getUTCDate());
  return Array.from({ length: days }, (_, i) => new Date(end - (days - 1 - i) * 86_400_000).toISOString().slice(0, 10));
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
