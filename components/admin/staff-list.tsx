import type { listStaff } from "@/lib/db/staff/list-staff";
import Link from "next/link";
import {
  changeStaffRoleAction,
  deactivateStaffAction,
  reactivateStaffAction,
  resetStaffTwoFactorAction,
} from "@/lib/actions/admin/staff";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { ConfirmSubmitButton } from "./confirm-submit-button";
import { PasswordResetForm } from "./staff-link-forms";

type People = Awaited<ReturnType<typeof listStaff>>;

/** Staff accounts with their role and state; each change is one small form (works without JavaScript). */
export function StaffList({ people, currentUserId }: { people: People; currentUserId: string }) {
  // The server refuses to demote or deactivate the last active admin; the page does not offer it either.
  const activeAdmins = people.filter((p) => p.active && p.role === "ADMIN").length;
  return (
    <ul className="space-y-3">
      {people.map((p) => {
        const other = p.role === "ADMIN" ? "CLINICIAN" : "ADMIN";
        const onlyAdmin = p.active && p.role === "ADMIN" && activeAdmins === 1;
        return (
          <li key={p.id} className="flex flex-wrap items-center gap-3 rounded-lg bg-white p-3 shadow-sm">
            <div className="min-w-0 grow">
              <p className="font-semibold">
                {p.name} {p.id === currentUserId ? "(you)" : null}
              </p>
              <p className="text-sm break-all text-slate-700">{p.email}</p>
              <p className="text-sm">
                {p.role === "ADMIN" ? "Admin" : "Clinician"} · {p.active ? "active" : "deactivated"} ·{" "}
                {p.twoFactor ? "two-factor on" : "two-factor off"}
              </p>
            </div>
            {onlyAdmin ? (
              <p className="text-sm text-slate-700">
                The only active admin: make someone else an admin before changing or deactivating this account.
              </p>
            ) : (
              <form action={changeStaffRoleAction}>
                <input type="hidden" name="userId" value={p.id} />
                <input type="hidden" name="role" value={other} />
                <ConfirmSubmitButton
                  variant="secondary"
                  question={`Make ${p.name} ${other === "ADMIN" ? "an admin" : "a clinician"}? Their open sessions end.`}
                >
                  Make {p.name} {other === "ADMIN" ? "an admin" : "a clinician"}
                </ConfirmSubmitButton>
              </form>
            )}
            <PasswordResetForm userId={p.id} name={p.name} />
            {p.twoFactor && p.id !== currentUserId ? (
              // A link to a confirmation step rendered by the server: it works without JavaScript, unlike confirm().
              <Link
                href={`/admin/staff?resetTwoFactor=${encodeURIComponent(p.id)}`}
                className="inline-flex min-h-11 items-center rounded-lg border border-slate-400 bg-white px-5 py-2 font-semibold hover:bg-slate-100"
              >
                Reset two-factor for {p.name}
              </Link>
            ) : null}
            {onlyAdmin ? null : p.active ? (
              <form action={deactivateStaffAction}>
                <input type="hidden" name="userId" value={p.id} />
                <ConfirmSubmitButton question={`Deactivate ${p.name}? They are signed out at once and cannot sign in.`}>
                  Deactivate {p.name}
                </ConfirmSubmitButton>
              </form>
            ) : (
              <form action={reactivateStaffAction}>
                <input type="hidden" name="userId" value={p.id} />
                <Button type="submit" variant="secondary">
                  Reactivate {p.name}
                </Button>
              </form>
            )}
          </li>
        );
      })}
    </ul>
  );
}

/** The confirmation step of a two-factor reset: says what will happen, and only this form carries `confirm=yes`. */
export function ResetTwoFactorConfirmation({ person }: { person: { id: string; name: string; email: string } }) {
  return (
    <section aria-labelledby="reset-two-factor-heading">
      <Alert tone="warning" title={`Reset two-factor sign-in for ${person.name}?`}>
        <h2 id="reset-two-factor-heading" className="sr-only">
          Reset two-factor sign-in for {person.name}
        </h2>
        <p>
          For when {person.name} ({person.email}) has lost their phone. Their authenticator app and recovery codes stop
          working, their open sessions end now, and they must set up an authenticator app again when they next sign in.
          Check it is really them asking before you do this.
        </p>
        <form action={resetStaffTwoFactorAction} className="flex flex-wrap items-center gap-3 pt-2">
          <input type="hidden" name="userId" value={person.id} />
          <input type="hidden" name="confirm" value="yes" />
          <Button type="submit" variant="danger">
            Yes, reset two-factor for {person.name}
          </Button>
          <Link href="/admin/staff" className="underline">
            Cancel
          </Link>
        </form>
      </Alert>
    </section>
  );
}
