"use client";

import { useActionState, useId } from "react";
import { inviteStaffAction, passwordResetAction, type LinkState } from "@/lib/actions/admin/staff";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { CopyButton } from "@/components/ui/copy-button";
import { inputClass } from "@/components/ui/field";

/** The one-time link, shown once to the admin (and whether it was also emailed). */
function LinkResult({ state, what }: { state: LinkState | null; what: string }) {
  if (!state) return null;
  if (!state.ok) return <Alert tone="warning" title={state.message} live />;
  return (
    <Alert tone="success" title={`${what} link for ${state.email}`} live>
      <p>
        {state.emailed
          ? "It was also emailed to them."
          : "No email was sent (no email server is set up in Alerts, or it failed): pass it on yourself."}{" "}
        It works once, for 3 days, and is not shown again.
      </p>
      <p className="font-mono text-sm break-all" aria-label={`${what} link`}>
        {state.link}
      </p>
      <CopyButton text={state.link} label={`Copy the ${what.toLowerCase()} link`} />
    </Alert>
  );
}

export function InviteForm() {
  const [state, action, pending] = useActionState<LinkState | null, FormData>(inviteStaffAction, null);
  const emailId = useId();
  const roleId = useId();
  return (
    <section aria-labelledby="invite-heading" className="space-y-3 rounded-lg bg-white p-4 shadow-sm">
      <h2 id="invite-heading" className="text-lg font-semibold">
        Invite someone
      </h2>
      <form action={action} className="flex flex-wrap items-end gap-3">
        <div className="space-y-1">
          <label htmlFor={emailId} className="block text-sm font-semibold">
            Email address to invite
          </label>
          <input id={emailId} name="email" type="email" required className={inputClass} />
        </div>
        <div className="space-y-1">
          <label htmlFor={roleId} className="block text-sm font-semibold">
            Role
          </label>
          <select id={roleId} name="role" className={inputClass} defaultValue="CLINICIAN">
            <option value="CLINICIAN">Clinician</option>
            <option value="ADMIN">Admin</option>
          </select>
        </div>
        <Button type="submit" disabled={pending}>
          Create invitation
        </Button>
      </form>
      <LinkResult state={state} what="Invitation" />
    </section>
  );
}

export function PasswordResetForm({ userId, name }: { userId: string; name: string }) {
  const [state, action, pending] = useActionState<LinkState | null, FormData>(passwordResetAction, null);
  return (
    <div className="w-full space-y-2 sm:w-auto">
      <form action={action}>
        <input type="hidden" name="userId" value={userId} />
        <Button type="submit" variant="secondary" disabled={pending}>
          Password reset link for {name}
        </Button>
      </form>
      <LinkResult state={state} what="Password reset" />
    </div>
  );
}
