import type { listStaff } from "@/lib/db/staff/list-staff";
import { changeStaffRoleAction, deactivateStaffAction, reactivateStaffAction } from "@/app/(staff)/admin/staff/actions";
import { Button } from "@/components/ui/button";
import { ConfirmSubmitButton } from "./confirm-submit-button";
import { PasswordResetForm } from "./staff-link-forms";

type People = Awaited<ReturnType<typeof listStaff>>;

/** Staff accounts with their role and state; each change is one small form (works without JavaScript). */
export function StaffList({ people, currentUserId }: { people: People; currentUserId: string }) {
  return (
    <ul className="space-y-3">
      {people.map((p) => {
        const other = p.role === "ADMIN" ? "CLINICIAN" : "ADMIN";
        return (
          <li key={p.id} className="flex flex-wrap items-center gap-3 rounded-lg bg-white p-3 shadow-sm">
            <div className="min-w-0 grow">
              <p className="font-semibold">
                {p.name} {p.id === currentUserId ? "(you)" : null}
              </p>
              <p className="text-sm break-all text-slate-700">{p.email}</p>
              <p className="text-sm">
                {p.role === "ADMIN" ? "Admin" : "Clinician"} · {p.active ? "active" : "deactivated"}
              </p>
            </div>
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
            <PasswordResetForm userId={p.id} name={p.name} />
            {p.active ? (
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
