import { revokeInvitationAction } from "@/lib/actions/admin/staff";
import type { PendingInvitation } from "@/lib/db/staff/list-pending-invitations";
import { formatClinicTime } from "@/lib/domain/time/clinic-time";
import { ConfirmSubmitButton } from "./confirm-submit-button";

/** Invitations nobody has used yet, with when they lapse; each can be withdrawn so its link stops working. */
export function PendingInvitations({ invitations, timeZone }: { invitations: PendingInvitation[]; timeZone: string }) {
  return (
    <section aria-labelledby="pending-heading" className="space-y-3 rounded-lg bg-white p-4 shadow-sm">
      <h2 id="pending-heading" className="text-lg font-semibold">
        Invitations not yet accepted
      </h2>
      {invitations.length === 0 ? (
        <p className="text-slate-700">None: every invitation has been accepted, has lapsed or was withdrawn.</p>
      ) : (
        <ul className="space-y-2">
          {invitations.map((inv) => (
            <li
              key={inv.id}
              className="flex flex-wrap items-center gap-3 border-t border-slate-200 pt-2 first:border-0"
            >
              <div className="min-w-0 grow">
                <p className="font-semibold break-all">{inv.email}</p>
                <p className="text-sm text-slate-700">
                  {inv.role === "ADMIN" ? "Admin" : "Clinician"}
                  {inv.invitedBy ? ` · invited by ${inv.invitedBy}` : ""} · sent{" "}
                  <time dateTime={inv.createdAt.toISOString()}>{formatClinicTime(inv.createdAt, timeZone)}</time> ·
                  lapses <time dateTime={inv.expiresAt.toISOString()}>{formatClinicTime(inv.expiresAt, timeZone)}</time>
                </p>
              </div>
              <form action={revokeInvitationAction}>
                <input type="hidden" name="invitationId" value={inv.id} />
                <ConfirmSubmitButton
                  variant="secondary"
                  question={`Withdraw the invitation to ${inv.email}? Its link stops working at once.`}
                >
                  Withdraw the invitation to {inv.email}
                </ConfirmSubmitButton>
              </form>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
