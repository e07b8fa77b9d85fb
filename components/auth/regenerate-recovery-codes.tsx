"use client";

import { useActionState } from "react";
import { regenerateRecoveryCodesAction, type EnrolState } from "@/lib/actions/auth/two-factor";
import { Alert } from "@/components/ui/alert";
import { AppCodeForm } from "./app-code-form";
import { RecoveryCodeList } from "./recovery-code-list";

export function RegenerateRecoveryCodes({ recoveryCodesLeft }: { recoveryCodesLeft: number }) {
  const [state, action, pending] = useActionState<EnrolState | null, FormData>(regenerateRecoveryCodesAction, null);

  if (state?.ok) {
    return (
      <div className="space-y-4">
        <Alert tone="success" title="New recovery codes made. Your old ones no longer work." live />
        <RecoveryCodeList codes={state.recoveryCodes} />
      </div>
    );
  }

  return (
    <section aria-labelledby="regenerate-heading" className="space-y-4">
      <h2 id="regenerate-heading" className="text-xl font-semibold">
        Recovery codes
      </h2>
      <p>
        You have {recoveryCodesLeft} unused recovery {recoveryCodesLeft === 1 ? "code" : "codes"}. If you have used most
        of them or think someone else has seen them, make a new set: the old codes stop working at once.
      </p>
      <AppCodeForm
        id="regenerate-code"
        action={action}
        message={state?.message}
        pending={pending}
        submitLabel="Make new recovery codes"
      />
    </section>
  );
}
