import type { Metadata } from "next";
import Link from "next/link";
import { requirePagePermission } from "@/lib/auth/guards";
import { getClinicTimeZone } from "@/lib/db/clinic-settings/get-clinic-time-zone";
import { getDashboardStats } from "@/lib/db/submissions/get-dashboard-stats";
import { STATS_PERIODS, formatDuration, parseStatsPeriod, percent } from "@/lib/domain/stats/dashboard-stats";
import { zoneAbbreviation } from "@/lib/domain/time/clinic-time";
import { Alert } from "@/components/ui/alert";
import { StaffNav } from "@/components/dashboard/staff-nav";
import { CausesChart, LevelShareChart, PerDayChart } from "@/components/dashboard/stats-charts";

export const metadata: Metadata = { title: "Stats" };
export const dynamic = "force-dynamic";

const card = "rounded-lg bg-white p-4 shadow-sm";
const th = "border-b border-slate-200 p-2 text-left";
const td = "border-b border-slate-100 p-2";
// Numbers line up on their last digit, under a heading aligned the same way.
const thNum = "border-b border-slate-200 p-2 text-right";
const tdNum = "border-b border-slate-100 p-2 text-right tabular-nums";

export default async function StatsPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const staff = await requirePagePermission("stats:read", "/dashboard/stats");
  const params = await searchParams;
  const unknown = Object.keys(params).filter((k) => k !== "days");
  const days = unknown.length === 0 ? parseStatsPeriod(params.days) : null;
  if (days === null) {
    return (
      <>
        <StaffNav staff={staff} />
        <h1 className="mb-4 text-2xl font-bold">Stats</h1>
        <Alert tone="warning" title="This address is not valid (400)">
          <p>The stats page takes only days=7, 30 or 90.</p>
          <Link href="/dashboard/stats" className="font-semibold underline">
            Show the last 30 days
          </Link>
        </Alert>
      </>
    );
  }
  const now = new Date();
  const timeZone = await getClinicTimeZone();
  const stats = await getDashboardStats(days, now, timeZone);
  // Days are the clinic's calendar days; the zone is named so nobody reads them as UTC.
  const zone = zoneAbbreviation(now, timeZone);
  const total = stats.perLevel.reduce((sum, l) => sum + l.count, 0);
  return (
    <>
      <StaffNav staff={staff} />
      <h1 className="mb-2 text-2xl font-bold">Stats</h1>
      <p className="mb-2 text-slate-700">
        {total} submissions from {stats.from} to {stats.to} (local days,{" "}
        {timeZone === "UTC" ? "UTC" : `${timeZone}, ${zone}`}).
      </p>
      <nav aria-label="Period" className="mb-4 flex gap-4 text-sm">
        {STATS_PERIODS.map((p) => (
          <Link
            key={p}
            href={`/dashboard/stats?days=${p}`}
            aria-current={p === days ? "page" : undefined}
            className={`underline ${p === days ? "font-bold" : ""}`}
          >
            Last {p} days
          </Link>
        ))}
      </nav>

      <div className="grid gap-6 lg:grid-cols-2">
        <section aria-labelledby="ack-h" className={`${card} lg:col-span-2`}>
          <h2 id="ack-h" className="mb-2 text-lg font-semibold">
            Median time to acknowledge
          </h2>
          <dl className="grid gap-4 sm:grid-cols-2">
            {stats.medianAcknowledge.map((m) => (
              <div key={m.level}>
                <dt className="font-semibold">{m.level}</dt>
                <dd className="text-2xl">{formatDuration(m.seconds)}</dd>
                <dd className="text-sm text-slate-600">over {m.acknowledged} acknowledged</dd>
              </div>
            ))}
          </dl>
        </section>

        <section aria-labelledby="day-h" className={`${card} lg:col-span-2`}>
          <h2 id="day-h" className="mb-2 text-lg font-semibold">
            Submissions per day
          </h2>
          <PerDayChart data={stats.perDay} />
          <details className="mt-2">
            <summary className="cursor-pointer font-semibold">Submissions per day as a table</summary>
            <table className="mt-2 text-sm">
              <caption className="text-left text-slate-700">Submissions per day, last {days} days</caption>
              <thead>
                <tr>
                  <th scope="col" className={th}>
                    Day ({zone})
                  </th>
                  <th scope="col" className={thNum}>
                    Submissions
                  </th>
                </tr>
              </thead>
              <tbody>
                {stats.perDay.map((d) => (
                  <tr key={d.day}>
                    <td className={td}>{d.day}</td>
                    <td className={tdNum}>{d.count}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </details>
        </section>

        <section aria-labelledby="level-h" className={card}>
          <h2 id="level-h" className="mb-2 text-lg font-semibold">
            Share by triage level
          </h2>
          <LevelShareChart data={stats.perLevel} />
          <table className="mt-2 w-full text-sm">
            <caption className="text-left text-slate-700">Submissions by triage level</caption>
            <thead>
              <tr>
                <th scope="col" className={th}>
                  Level
                </th>
                <th scope="col" className={thNum}>
                  Submissions
                </th>
                <th scope="col" className={thNum}>
                  Share
                </th>
              </tr>
            </thead>
            <tbody>
              {stats.perLevel.map((l) => (
                <tr key={l.level}>
                  <th scope="row" className={`${td} font-normal`}>
                    {l.level}
                  </th>
                  <td className={tdNum}>{l.count}</td>
                  <td className={tdNum}>{percent(l.count, total)}%</td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>

        <section aria-labelledby="causes-h" className={card}>
          <h2 id="causes-h" className="mb-2 text-lg font-semibold">
            Most common likely causes
          </h2>
          {stats.causes.length === 0 ? (
            <p className="text-slate-700">No causes recorded in this period.</p>
          ) : (
            <>
              <CausesChart data={stats.causes} />
              <table className="mt-2 w-full text-sm">
                <caption className="text-left text-slate-700">Most common likely causes</caption>
                <thead>
                  <tr>
                    <th scope="col" className={th}>
                      Cause
                    </th>
                    <th scope="col" className={thNum}>
                      Submissions
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {stats.causes.map((c) => (
                    <tr key={c.id}>
                      <th scope="row" className={`${td} font-normal`}>
                        {c.name}
                      </th>
                      <td className={tdNum}>{c.count}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </>
          )}
        </section>
      </div>
    </>
  );
}
