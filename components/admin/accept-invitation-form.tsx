"use client";

import { useActionState } from "react";
import Link from "next/link";
import { acceptInvitationAction } from "@/lib/actions/auth/accept-invitation";
import { fieldError, keptValue } from "@/lib/actions/action-result";
import { NewPasswordFields } from "@/components/auth/new-password-fields";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field, inputClass } from "@/components/ui/field";

export function AcceptInvitationForm({ token, askName }: { token: string; askName: boolean }) {
  const [state, action, pending] = useActionState(acceptInvitationAction, null);
  if (state?.ok) {
    return (
      <Alert tone="success" title="Your password is set" live>
        <Link href="/signin" className="underline">
          Sign in
        </Link>
      </Alert>
    );
  }
  const err = (name: string) => fieldError(state, name);
  return (
    <form action={action} className="space-y-4">
      {state?.message ? <Alert tone="warning" title={state.message} live /> : null}
      <input type="hidden" name="token" value={token} />
      {askName ? (
        <Field id="name" label="Your name" error={err("name")} required>
          {(d) => (
            <input
              id="name"
              name="name"
              autoComplete="name"
              required
              defaultValue={keptValue(state, "name")}
              className={inputClass}
              aria-describedby={d}
            />
          )}
        </Field>
      ) : null}
      <NewPasswordFields errors={{ password: err("password"), confirm: err("confirm") }} />
      <Button type="submit" disabled={pending}>
        Set my password
      </Button>
    </form>
  );
}
