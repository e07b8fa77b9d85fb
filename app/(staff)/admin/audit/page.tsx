import type { Metadata } from "next";
import Link from "next/link";
import { headers } from "next/headers";
import { requirePagePermission } from "@/lib/auth/guards";
import { listAuditEvents } from "@/lib/db/audit/list-audit-events";
import { recordNames } from "@/lib/db/audit/record-names";
import { getClinicTimeZone } from "@/lib/db/clinic-settings/get-clinic-time-zone";
import { listStaff } from "@/lib/db/staff/list-staff";
import { auditHref, hasFilters, parseAuditFilters, withoutCursor } from "@/lib/domain/audit/audit-filters";
import { zoneAbbreviation } from "@/lib/domain/time/clinic-time";
import { clientKeyFrom } from "@/lib/http/client-key";
import { AuditFiltersForm } from "@/components/admin/audit/audit-filters-form";
import { AuditTable } from "@/components/admin/audit/audit-table";
import { StaffNav } from "@/components/dashboard/staff-nav";
import { Alert } from "@/components/ui/alert";

export const metadata: Metadata = { title: "Audit log" };
export const dynamic = "force-dynamic";

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export default async function AuditLogPage({ searchParams }: { searchParams: SearchParams }) {
  const staff = await requirePagePermission("audit:read", "/admin/audit");
  const parsed = parseAuditFilters(await searchParams);
  const filters = parsed.ok ? parsed.filters : {};
  const timeZone = await getClinicTimeZone();
  const [people, page] = await Promise.all([
    listStaff(),
    // Looking at the log is itself recorded: who read which part of it, and from where.
    parsed.ok
      ? listAuditEvents(parsed.filters, {
          viewer: { actor: staff, origin: clientKeyFrom(await headers()) },
          timeZone,
        })
      : null,
  ]);
  const names = page ? await recordNames(page.rows) : new Map();
  const base = withoutCursor(filters);
  return (
    <>
      <StaffNav staff={staff} />
      <p className="mb-2">
        <Link href="/admin" className="underline">
          Question sets
        </Link>
      </p>
      <h1 className="mb-2 text-2xl font-bold">Audit log</h1>
      <p className="mb-4 text-slate-700">
        Everything staff and the system did, newest first. Events cannot be changed or removed.
      </p>
      <AuditFiltersForm
        filters={filters}
        staff={people.map((p) => ({ email: p.email, name: p.name }))}
        zoneLabel={zoneAbbreviation(new Date(), timeZone)}
      />
      {!parsed.ok ? (
        <Alert tone="warning" title="This audit log address is not valid">
          <p>The address has a filter the audit log does not know or a value it cannot use, so nothing is shown:</p>
          <ul className="list-disc pl-5">
            {parsed.errors.map((e) => (
              <li key={e}>{e}</li>
            ))}
          </ul>
          <p>
            <Link href="/admin/audit" className="font-semibold underline">
              Show the whole audit log
            </Link>
          </p>
        </Alert>
      ) : page ? (
        <>
          <p className="mb-2 text-sm text-slate-700">
            {filters.before || filters.after ? "An earlier page." : "The newest events."}
          </p>
          <AuditTable rows={page.rows} names={names} filtered={hasFilters(filters)} timeZone={timeZone} />
          <nav aria-label="Audit log pages" className="mt-4 flex flex-wrap gap-4">
            {filters.before || filters.after ? (
              <Link href={auditHref(base)} className="font-semibold underline">
                Newest
              </Link>
            ) : null}
            {page.newerCursor ? (
              <Link href={auditHref({ ...base, after: page.newerCursor })} className="font-semibold underline">
                Newer
              </Link>
            ) : null}
            {page.olderCursor ? (
              <Link href={auditHref({ ...base, before: page.olderCursor })} className="font-semibold underline">
                Older
              </Link>
            ) : null}
          </nav>
        </>
      ) : null}
    </>
  );
}
