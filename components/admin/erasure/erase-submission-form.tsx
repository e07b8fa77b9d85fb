"use client";

import { useActionState } from "react";
import { fieldError, type ActionResult } from "@/lib/actions/action-result";
import { Field, inputClass } from "@/components/ui/field";
import { ConfirmSubmitButton } from "@/components/admin/confirm-submit-button";
import { FormStatus } from "@/components/admin/alerts/form-status";

type Action = (previous: ActionResult | null, formData: FormData) => Promise<ActionResult>;

/** The last step of a patient's erasure request: the admin types the code again and ticks the box. */
export function EraseSubmissionForm({
  action,
  submissionId,
  referenceCode,
}: {
  action: Action;
  submissionId: string;
  referenceCode: string;
}) {
  const [result, formAction] = useActionState(action, null);
  if (result?.ok) return <FormStatus result={result} />;
  const error = (field: string) => fieldError(result, field);
  return (
    <form action={formAction} className="max-w-xl space-y-4" noValidate>
      <input type="hidden" name="submissionId" value={submissionId} />
      <Field
        id="confirmReferenceCode"
        label="Type the reference code to confirm"
        hint={`This submission's code is ${referenceCode}.`}
        error={error("confirmReferenceCode")}
        required
      >
        {(describedBy) => (
          <input
            id="confirmReferenceCode"
            name="confirmReferenceCode"
            className={inputClass}
            autoComplete="off"
            aria-describedby={describedBy}
            aria-invalid={error("confirmReferenceCode") ? true : undefined}
          />
        )}
      </Field>
      <div className="space-y-1">
        <label className="flex items-start gap-2">
          <input type="checkbox" name="confirm" value="yes" className="mt-1 size-5" aria-describedby="confirm-error" />
          <span>The patient asked for their data to be erased, and I have downloaded it if they asked for a copy.</span>
        </label>
        {error("confirm") ? (
          <p id="confirm-error" className="font-semibold text-red-700">
            {error("confirm")}
          </p>
        ) : null}
      </div>
      <ConfirmSubmitButton question={`Erase submission ${referenceCode} for good? This cannot be undone.`}>
        Erase this submission
      </ConfirmSubmitButton>
      <FormStatus result={result} />
    </form>
  );
}
