import Link from "next/link";
import type { Staff } from "@/lib/auth/guards";
import { can } from "@/lib/auth/permissions";
import { SignOutButton } from "@/components/auth/sign-out-button";

export function StaffNav({ staff }: { staff: Staff }) {
  return (
    <nav
      aria-label="Staff"
      className="no-print mb-6 flex flex-wrap items-center gap-4 border-b border-slate-200 pb-3 text-sm"
    >
      <Link href="/dashboard" className="font-semibold underline">
        Triage queue
      </Link>
      <Link href="/dashboard/stats" className="font-semibold underline">
        Stats
      </Link>
      {staff.role === "ADMIN" ? (
        <Link href="/admin" className="font-semibold underline">
          Question sets
        </Link>
      ) : null}
      {staff.role === "ADMIN" ? (
        <Link href="/admin/alerts" className="font-semibold underline">
          Alerts
        </Link>
      ) : null}
      {can(staff.role, "staff:manage") ? (
        <Link href="/admin/staff" className="font-semibold underline">
          Staff
        </Link>
      ) : null}
      {can(staff.role, "settings:manage") ? (
        <Link href="/admin/settings" className="font-semibold underline">
          Clinic settings
        </Link>
      ) : null}
      {can(staff.role, "audit:read") ? (
        <Link href="/admin/audit" className="font-semibold underline">
          Audit log
        </Link>
      ) : null}
      {can(staff.role, "patient-data:erase") ? (
        <Link href="/admin/erasure" className="font-semibold underline">
          Patient data requests
        </Link>
      ) : null}
      <Link href="/account/two-factor" className="ml-auto font-semibold underline">
        Two-factor sign-in
      </Link>
      <span className="text-slate-600">
        {staff.name} ({staff.role === "ADMIN" ? "admin" : "clinician"})
      </span>
      <SignOutButton />
    </nav>
  );
}
