import type { Metadata } from "next";
import Link from "next/link";
import { cache } from "react";
import { getCurrentStaff, hasAccess, requirePagePermission } from "@/lib/auth/guards";
import { can } from "@/lib/auth/permissions";
import { getAlertStatus } from "@/lib/db/alerts/get-alert-status";
import { countQueue } from "@/lib/db/submissions/count-queue";
import { listFlagRules } from "@/lib/db/submissions/list-flag-rules";
import { listQueue } from "@/lib/db/submissions/list-queue";
import { getClinicTimeZone } from "@/lib/db/clinic-settings/get-clinic-time-zone";
import { CAUSES } from "@/lib/domain/causes/catalog";
import { causesByName } from "@/lib/domain/queue/filter-order";
import { zoneAbbreviation } from "@/lib/domain/time/clinic-time";
import { env } from "@/lib/env";
import { parseQueueAddress, toSearchParams } from "@/lib/domain/queue/dashboard-address";
import { queueHref, type QueueFilters } from "@/lib/domain/queue/queue-filters";
import { queueTitle } from "@/lib/domain/queue/queue-search";
import { Alert } from "@/components/ui/alert";
import { AlertsOffNotice } from "@/components/dashboard/alerts-off-notice";
import { QueueCountsBar } from "@/components/dashboard/queue-counts";
import { QueueFiltersForm } from "@/components/dashboard/queue-filters-form";
import { QueueLiveUpdates } from "@/components/dashboard/queue-live-updates";
import { QueueCsvLinks } from "@/components/dashboard/queue-csv-links";
import { QueueTable } from "@/components/dashboard/queue-table";
import { QueueViews } from "@/components/dashboard/queue-views";
import { StaffNav } from "@/components/dashboard/staff-nav";

export const dynamic = "force-dynamic";

const CAUSE_OPTIONS = causesByName(CAUSES).map(({ id, name }) => ({ id, name }));

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

// The title and the page need the same counts: one query per request.
const countsNow = cache(() => countQueue(new Date(), env.QUEUE_OVERDUE_EMERGENT_MINUTES));

export async function generateMetadata(): Promise<Metadata> {
  const staff = await getCurrentStaff();
  if (!staff || !hasAccess(staff, "queue:read")) return { title: "Triage queue" };
  return { title: queueTitle((await countsNow()).overdueEmergent) };
}

export default async function DashboardPage({ searchParams }: { searchParams: SearchParams }) {
  const staff = await requirePagePermission("queue:read", "/dashboard");
  const parsed = parseQueueAddress(toSearchParams(await searchParams));
  const now = new Date();
  const [counts, alertStatus, flagRules, timeZone] = await Promise.all([
    countsNow(),
    getAlertStatus(),
    listFlagRules(),
    getClinicTimeZone(),
  ]);
  const filters: QueueFilters = parsed.ok ? parsed.filters : {};
  const page = parsed.ok ? await listQueue(parsed.filters, staff.id, { timeZone }) : null;
  const { cursor: _cursor, ...withoutCursor } = filters;
  const filtered = Object.keys(withoutCursor).length > 0;
  return (
    <>
      <StaffNav staff={staff} />
      <h1 className="mb-4 text-2xl font-bold">Triage queue</h1>
      <div className="mb-4 space-y-2">
        <AlertsOffNotice status={alertStatus} nextStep={can(staff.role, "alerts:manage") ? "link" : "ask-admin"} />
      </div>
      {parsed.ok && parsed.notice === "denied" ? (
        <div className="mb-4">
          <Alert tone="info" title="That page is not open to your role">
            <p>You were brought back to the queue.</p>
          </Alert>
        </div>
      ) : null}
      <QueueCountsBar counts={counts} overdueMinutes={env.QUEUE_OVERDUE_EMERGENT_MINUTES} />
      <QueueLiveUpdates
        // With no submission yet, "new" means after this page was made.
        since={(counts.newestCreatedAt ?? now).toISOString()}
        overdueEmergent={counts.overdueEmergent}
      />
      <QueueViews filters={withoutCursor} />
      <QueueFiltersForm
        filters={filters}
        flagRules={flagRules}
        causes={CAUSE_OPTIONS}
        zoneLabel={zoneAbbreviation(now, timeZone)}
      />
      {!parsed.ok || page?.invalidCursor ? (
        <Alert tone="warning" title="This queue address is not valid (400)">
          <p>The address has a filter the queue does not know or a value it cannot use, so nothing is shown:</p>
          <ul className="list-disc pl-5">
            {(parsed.ok ? ["cursor: this page link is damaged or out of date"] : parsed.errors).map((e) => (
              <li key={e}>{e}</li>
            ))}
          </ul>
          <p>
            <Link href="/dashboard" className="font-semibold underline">
              Show the whole queue
            </Link>
          </p>
        </Alert>
      ) : page ? (
        <>
          <div className="no-print mb-2 flex flex-wrap items-center justify-between gap-2 text-sm">
            <p className="text-slate-700">
              {filters.status || filters.q ? "" : "Open submissions (not closed). "}
              {filters.cursor ? "A later page." : "From the top of the queue."}
            </p>
            {can(staff.role, "submission:export") ? <QueueCsvLinks filters={withoutCursor} /> : null}
          </div>
          <QueueTable
            rows={page.rows}
            now={now}
            overdueMinutes={env.QUEUE_OVERDUE_EMERGENT_MINUTES}
            filtered={filtered}
            timeZone={timeZone}
          />
          <nav aria-label="Queue pages" className="no-print mt-4 flex flex-wrap gap-4">
            {filters.cursor ? (
              <Link href={queueHref(withoutCursor)} className="font-semibold underline">
                First page
              </Link>
            ) : null}
            {page.nextCursor ? (
              <Link href={queueHref({ ...withoutCursor, cursor: page.nextCursor })} className="font-semibold underline">
                Next page
              </Link>
            ) : null}
          </nav>
        </>
      ) : null}
    </>
  );
}
