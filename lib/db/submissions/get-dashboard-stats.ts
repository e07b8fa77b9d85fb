import "server-only";
import { CAUSES } from "@/lib/domain/causes/catalog";
import { countsByBucket, dayStarts, fillDays, periodDays } from "@/lib/domain/stats/dashboard-stats";
import { TRIAGE_LEVELS, type TriageLevel } from "@/lib/domain/triage";
import { Prisma } from "../generated/prisma/client";
import { getDb } from "../client";

const CAUSE_NAMES: ReadonlyMap<string, string> = new Map(CAUSES.map((c) => [c.id, c.name]));

/**
 * The stats page over the last `days` days of the clinic's calendar (its time zone; UTC when unset). Every query
 * is bounded by the createdAt index range of the period, so a clinic with years of submissions pays for the period
 * it looks at, not for its history.
 *
 * Days are counted by the instants the local days begin, computed here from the runtime's zone database (the one
 * every staff page formats with) and handed to PostgreSQL's width_bucket: createdAt stays a UTC timestamp, and the
 * server's own zone data (PGlite's included) never decides which day a submission belongs to.
 */
export async function getDashboardStats(days: number, now: Date = new Date(), timeZone = "UTC") {
  const db = await getDb();
  const dayList = periodDays(now, days, timeZone);
  const stamp = (d: Date) => d.toISOString().replace("Z", "");
  const starts = dayStarts(dayList, timeZone).map(stamp);
  const since = starts[0]!;
  const until = starts.at(-1)!;
  const inPeriod = Prisma.sql`"createdAt" >= ${since}::timestamp(3) AND "createdAt" < ${until}::timestamp(3)`;
  const [perBucket, perLevel, causes, acknowledge] = await Promise.all([
    db.$queryRaw<{ bucket: number; count: number }[]>(Prisma.sql`
      SELECT width_bucket("createdAt", ${starts}::text[]::timestamp(3)[]) AS bucket, count(*)::int AS count
      FROM "Submission" WHERE ${inPeriod} GROUP BY 1 ORDER BY 1`),
    db.$queryRaw<{ level: TriageLevel; count: number }[]>(Prisma.sql`
      SELECT "triageLevel"::text AS level, count(*)::int AS count
      FROM "Submission" WHERE ${inPeriod} GROUP BY 1`),
    db.$queryRaw<{ cause: string; count: number }[]>(Prisma.sql`
      SELECT c AS cause, count(*)::int AS count
      FROM "Submission", unnest("causeIds") AS c WHERE ${inPeriod}
      GROUP BY 1 ORDER BY 2 DESC, 1 LIMIT 8`),
    db.$queryRaw<{ level: TriageLevel; median: number | null; count: number }[]>(Prisma.sql`
      SELECT "triageLevel"::text AS level, count(*)::int AS count,
             percentile_cont(0.5) WITHIN GROUP (ORDER BY extract(epoch FROM ("acknowledgedAt" - "createdAt")))::float8 AS median
      FROM "Submission"
      WHERE ${inPeriod} AND "triageLevel" IN ('EMERGENT', 'URGENT') AND "acknowledgedAt" IS NOT NULL
      GROUP BY 1`),
  ]);
  const levelCount = new Map(perLevel.map((r) => [r.level, r.count]));
  const ack = new Map(acknowledge.map((r) => [r.level, r]));
  return {
    days,
    timeZone,
    from: dayList[0]!,
    to: dayList.at(-1)!,
    perDay: fillDays(
      dayList,
      countsByBucket(
        dayList,
        perBucket.map((r) => ({ bucket: Number(r.bucket), count: r.count })),
      ),
    ),
    perLevel: TRIAGE_LEVELS.map((level) => ({ level, count: levelCount.get(level) ?? 0 })),
    causes: causes.map((c) => ({ id: c.cause, name: CAUSE_NAMES.get(c.cause) ?? c.cause, count: c.count })),
    medianAcknowledge: (["EMERGENT", "URGENT"] as const).map((level) => ({
      level,
      seconds: ack.get(level)?.median ?? null,
      acknowledged: ack.get(level)?.count ?? 0,
    })),
  };
}

export type DashboardStats = Awaited<ReturnType<typeof getDashboardStats>>;
