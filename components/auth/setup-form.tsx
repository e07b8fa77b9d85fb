"use client";

import { useActionState } from "react";
import Link from "next/link";
import { createFirstAdminAction } from "@/lib/actions/auth/setup";
import { fieldError, keptValue } from "@/lib/actions/action-result";
import { Alert } from "@/components/ui/alert";
import { NewPasswordFields } from "./new-password-fields";
import { Button } from "@/components/ui/button";
import { Field, inputClass } from "@/components/ui/field";

export function SetupForm({ token }: { token: string }) {
  const [state, action, pending] = useActionState(createFirstAdminAction, null);
  if (state?.ok) {
    return (
      <Alert tone="success" title="Your admin account is ready">
        <Link href="/signin?callbackUrl=/admin" className="underline">
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
      <Field id="email" label="Email" error={err("email")} required>
        {(d) => (
          <input
            id="email"
            name="email"
            type="email"
            autoComplete="username"
            required
            defaultValue={keptValue(state, "email")}
            className={inputClass}
            aria-describedby={d}
          />
        )}
      </Field>
      <Field
        id="emergencyNumber"
        label="Emergency number in your country"
        hint="Patients whose answers are dangerous are told to call it, e.g. 999, 911 or 112. You can change it later under Clinic settings."
        error={err("emergencyNumber")}
        required
      >
        {(d) => (
          <input
            id="emergencyNumber"
            name="emergencyNumber"
            inputMode="numeric"
            autoComplete="off"
            required
            defaultValue={keptValue(state, "emergencyNumber")}
            className={inputClass}
            aria-describedby={d}
            aria-invalid={err("emergencyNumber") ? true : undefined}
          />
        )}
      </Field>
      <NewPasswordFields errors={{ password: err("password"), confirm: err("confirm") }} />
      <Button type="submit" disabled={pending} className="w-full">
        Create admin account
      </Button>
    </form>
  );
}
