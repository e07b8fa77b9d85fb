import Link from "next/link";
import { requirePagePermission } from "@/lib/auth/guards";
import { can } from "@/lib/auth/permissions";
import { listFlagRules } from "@/lib/db/submissions/list-flag-rules";
import { listQueue } from "@/lib/db/submissions/list-queue";
import { getClinicTimeZone } from "@/lib/db/clinic-settings/get-clinic-time-zone";
import { CAUSES } from "@/lib/domain/causes/catalog";
import { causesByName } from "@/lib/domain/queue/filter-order";
import { zoneAbbreviation } from "@/lib/domain/time/clinic-time";
import { env } from "@/lib/env";
import { parseQueueAddress, toSearchParams } from "@/lib/domain/queue/dashboard-address";
import { queueHref, type QueueFilters } from "@/lib/domain/queue/queue-filters";
import { Alert } from "@/components/ui/alert";
import { QueueFiltersForm } from "@/components/dashboard/queue-filters-form";
import { QueueCsvLinks } from "@/components/dashboard/queue-csv-links";
import { QueueTable } from "@/components/dashboard/queue-table";
import { QueueViews } from "@/components/dashboard/queue-views";

export const dynamic = "force-dynamic";

const CAUSE_OPTIONS = causesByName(CAUSES).map(({ id, name }) => ({ id, name }));

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

/** The part of the queue its address changes: the views, the filters, one page of rows and the page links. */
export default async function DashboardPage({ searchParams }: { searchParams: SearchParams }) {
  const staff = await requirePagePermission("queue:read", "/dashboard");
  const parsed = parseQueueAddress(toSearchParams(await searchParams));
  const now = new Date();
  const [flagRules, timeZone] = await Promise.all([listFlagRules(), getClinicTimeZone()]);
  const filters: QueueFilters = parsed.ok ? parsed.filters : {};
  const page = parsed.ok ? await listQueue(parsed.filters, staff.id, { timeZone }) : null;
  const { cursor: _cursor, ...withoutCursor } = filters;
  const filtered = Object.keys(withoutCursor).length > 0;
  return (
    <>
      {parsed.ok && parsed.notice === "denied" ? (
        <div className="mb-4">
          <Alert tone="info" title="That page is not open to your role">
            <p>You were brought back to the queue.</p>
          </Alert>
        </div>
      ) : null}
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
