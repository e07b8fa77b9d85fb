import Link from "next/link";
import type { Staff } from "@/lib/auth/guards";
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
      <span className="ml-auto text-slate-600">
        {staff.name} ({staff.role === "ADMIN" ? "admin" : "clinician"})
      </span>
      <SignOutButton />
    </nav>
  );
}
