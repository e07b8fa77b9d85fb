"use client";

import { useActionState, type ReactNode } from "react";
import { confirmTwoFactorAction, type EnrolState } from "@/lib/actions/auth/two-factor";
import { Alert } from "@/components/ui/alert";
import { AppCodeForm } from "./app-code-form";
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
  const [state, action, pending] = useActionState<EnrolState | null, FormData>(confirmTwoFactorAction, null);

  if (state?.ok) {
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
      <AppCodeForm
        id="code"
        action={action}
        message={state?.message}
        pending={pending}
        submitLabel="Turn on two-factor sign-in"
      />
    </div>
  );
}
