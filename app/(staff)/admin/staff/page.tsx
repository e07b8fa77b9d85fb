import type { Metadata } from "next";
import Link from "next/link";
import { requirePagePermission } from "@/lib/auth/guards";
import { listStaff } from "@/lib/db/staff/list-staff";
import { listPendingInvitations } from "@/lib/db/staff/list-pending-invitations";
import { getClinicTimeZone } from "@/lib/db/clinic-settings/get-clinic-time-zone";
import { PendingInvitations } from "@/components/admin/pending-invitations";
import { StaffNav } from "@/components/dashboard/staff-nav";
import { ResetTwoFactorConfirmation, StaffList } from "@/components/admin/staff-list";
import { InviteForm } from "@/components/admin/staff-link-forms";
import { Alert } from "@/components/ui/alert";

export const metadata: Metadata = { title: "Staff" };
export const dynamic = "force-dynamic";

const MESSAGES: Record<string, { tone: "success" | "warning"; text: string }> = {
  "role-changed": { tone: "success", text: "Role changed. Their open sessions have ended." },
  deactivated: { tone: "success", text: "Account deactivated. Their open sessions have ended." },
  reactivated: { tone: "success", text: "Account reactivated. They can sign in again." },
  "two-factor-reset": {
    tone: "success",
    text: "Two-factor sign-in reset. Their open sessions have ended; they set up an authenticator app again when they next sign in.",
  },
  self: {
    tone: "warning",
    text: "You cannot reset your own two-factor sign-in here; use Two-factor sign-in on your account. Nothing was changed.",
  },
  "last-admin": {
    tone: "warning",
    text: "That is the last active admin. Make someone else an admin first; nothing was changed.",
  },
  unchanged: { tone: "warning", text: "Nothing to change." },
  "not-found": { tone: "warning", text: "That account no longer exists." },
  "invitation-revoked": { tone: "success", text: "Invitation withdrawn: its link no longer works." },
  "invitation-gone": {
    tone: "warning",
    text: "That invitation was already accepted, lapsed or withdrawn; nothing was changed.",
  },
  "bad-request": { tone: "warning", text: "That request could not be read." },
};

export default async function StaffPage({
  searchParams,
}: {
  searchParams: Promise<{ status?: string; resetTwoFactor?: string }>;
}) {
  const staff = await requirePagePermission("staff:manage", "/admin/staff");
  const [{ status, resetTwoFactor }, people, invitations, timeZone] = await Promise.all([
    searchParams,
    listStaff(),
    listPendingInvitations(),
    getClinicTimeZone(),
  ]);
  const message = status ? MESSAGES[status] : undefined;
  const resetting = people.find((p) => p.id === resetTwoFactor && p.id !== staff.id && p.twoFactor);
  return (
    <>
      <StaffNav staff={staff} />
      <p className="mb-2">
        <Link href="/admin" className="underline">
          Question sets
        </Link>
      </p>
      <h1 className="mb-4 text-2xl font-bold">Staff</h1>
      {message ? (
        <div className="mb-4">
          <Alert tone={message.tone} title={message.text} live />
        </div>
      ) : null}
      {resetting ? (
        <div className="mb-4">
          <ResetTwoFactorConfirmation person={resetting} />
        </div>
      ) : null}
      <div className="space-y-6">
        <InviteForm />
        <PendingInvitations invitations={invitations} timeZone={timeZone} />
        <StaffList people={people} currentUserId={staff.id} />
      </div>
    </>
  );
}
