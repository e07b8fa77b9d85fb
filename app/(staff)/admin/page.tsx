import type { Metadata } from "next";
import Link from "next/link";
import { requirePagePermission } from "@/lib/auth/guards";
import { can } from "@/lib/auth/permissions";
import { getClinicTimeZone } from "@/lib/db/clinic-settings/get-clinic-time-zone";
import { listVersions } from "@/lib/db/question-sets/list-versions";
import { StaffNav } from "@/components/dashboard/staff-nav";
import { VersionList } from "@/components/admin/version-list";
import { Alert } from "@/components/ui/alert";

export const metadata: Metadata = { title: "Question sets" };
export const dynamic = "force-dynamic";

export default async function AdminPage({
  searchParams,
}: {
  searchParams: Promise<{ status?: string; error?: string }>;
}) {
  const staff = await requirePagePermission("question-set:edit", "/admin");
  const [{ status, error }, sets, timeZone] = await Promise.all([searchParams, listVersions(), getClinicTimeZone()]);
  return (
    <>
      <StaffNav staff={staff} />
      <h1 className="mb-4 text-2xl font-bold">Question sets</h1>
      <ul className="mb-4 flex flex-wrap gap-x-6 gap-y-2">
        <li>
          <Link href="/admin/staff" className="underline">
            Manage staff accounts
          </Link>
        </li>
        {can(staff.role, "audit:read") ? (
          <li>
            <Link href="/admin/audit" className="underline">
              Audit log
            </Link>
          </li>
        ) : null}
      </ul>
      {status === "published" ? <Alert tone="success" title="Published. New patients now see this version." /> : null}
      {status === "retired" ? <Alert tone="success" title="The version was retired." /> : null}
      {status === "discarded" ? (
        <Alert tone="success" title="The draft was discarded. Its version number goes to the next draft." />
      ) : null}
      {error ? <Alert tone="warning" title="That request could not be carried out." /> : null}
      <VersionList sets={sets} timeZone={timeZone} />
    </>
  );
}
