import "server-only";
import { CAUSES } from "@/lib/domain/causes/catalog";
import { fillDays, periodDays } from "@/lib/domain/stats/dashboard-stats";
import { TRIAGE_LEVELS, type TriageLevel } from "@/lib/domain/triage";
import { Prisma } from "../generated/prisma/client";
import { getDb } from "../client";

const CAUSE_NAMES: ReadonlyMap<string, string> = new Map(CAUSES.map((c) => [c.id, c.name]));

/**
 * The stats page over the last `days` UTC days. Every query is bounded by the createdAt index range of the
 * period, so a clinic with years of submissions pays for the period it looks at, not for its history.
 */
export async function getDashboardStats(days: number, now: Date = new Date()) {
  const db = await getDb();
  const dayList = periodDays(now, days);
  const since = `${dayList[0]}T00:00:00.000`;
  const [perDay, perLevel, causes, acknowledge] = await Promise.all([
    db.$queryRaw<{ day: string; count: number }[]>(Prisma.sql`
      SELECT to_char("createdAt", 'YYYY-MM-DD') AS day, count(*)::int AS count
      FROM "Submission" WHERE "createdAt" >= ${since}::timestamp(3) GROUP BY 1 ORDER BY 1`),
    db.$queryRaw<{ level: TriageLevel; count: number }[]>(Prisma.sql`
      SELECT "triageLevel"::text AS level, count(*)::int AS count
      FROM "Submission" WHERE "createdAt" >= ${since}::timestamp(3) GROUP BY 1`),
    db.$queryRaw<{ cause: string; count: number }[]>(Prisma.sql`
      SELECT c AS cause, count(*)::int AS count
      FROM "Submission", unnest("causeIds") AS c WHERE "createdAt" >= ${since}::timestamp(3)
      GROUP BY 1 ORDER BY 2 DESC, 1 LIMIT 8`),
    db.$queryRaw<{ level: TriageLevel; median: number | null; count: number }[]>(Prisma.sql`
      SELECT "triageLevel"::text AS level, count(*)::int AS count,
             percentile_cont(0.5) WITHIN GROUP (ORDER BY extract(epoch FROM ("acknowledgedAt" - "createdAt")))::float8 AS median
      FROM "Submission"
      WHERE "createdAt" >= ${since}::timestamp(3) AND "triageLevel" IN ('EMERGENT', 'URGENT') AND "acknowledgedAt" IS NOT NULL
      GROUP BY 1`),
  ]);
  const levelCount = new Map(perLevel.map((r) => [r.level, r.count]));
  const ack = new Map(acknowledge.map((r) => [r.level, r]));
  return {
    days,
    from: dayList[0]!,
    to: dayList.at(-1)!,
    perDay: fillDays(dayList, perDay),
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
