"use client";

import { useActionState, type ReactNode } from "react";
import { confirmTwoFactorAction, type EnrolState } from "@/app/(staff)/account/two-factor/actions";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { inputClass } from "@/components/ui/field";
import { RecoveryCodeList } from "./recovery-code-list";

export function TwoFactorEnrolment({
  secret,
  qrCode,
  returnTo,
}: {
  secret: string;
  qrCode: ReactNode;
  returnTo: string;
}) {
  const [state, action, pending] = useActionState<EnrolState, FormData>(confirmTwoFactorAction, { ok: false });

  if (state.ok && state.recoveryCodes) {
    return (
      <div className="space-y-4">
        <Alert tone="success" title="Two-factor sign-in is on" live />
        <RecoveryCodeList codes={state.recoveryCodes} />
        <a href={returnTo} className="inline-block underline">
          Continue
        </a>
      </div>
    );
  }

  return (
    <div className="space-y-4">
      <p>
        Sign-in for your account needs a code from an authenticator app. Scan this QR code with the app, then enter the
        code it shows.
      </p>
      {qrCode}
      <details>
        <summary>Can&apos;t scan? Enter this key in the app instead</summary>
        <p className="font-mono break-all" aria-label="Setup key">
          {secret}
        </p>
      </details>
      <form action={action} className="space-y-4">
        {state.message ? <Alert tone="warning" title={state.message} live /> : null}
        <div className="space-y-1">
          <label htmlFor="code" className="block font-semibold">
            Code from your app
          </label>
          <input
            id="code"
            name="code"
            inputMode="numeric"
            autoComplete="one-time-code"
            pattern="[0-9 ]*"
            required
            className={inputClass}
          />
        </div>
        <Button type="submit" disabled={pending}>
          {pending ? "Checking…" : "Turn on two-factor sign-in"}
        </Button>
      </form>
    </div>
  );
}
