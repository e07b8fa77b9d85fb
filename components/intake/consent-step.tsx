"use client";

import type { ErrorSummaryItem } from "@/components/ui/error-summary";
import { FieldError } from "@/components/ui/field";
import type { FormMessages } from "@/lib/i18n/messages";
import { useIntakeText } from "./intake-text";

export const CONSENT_FIELD_ID = "consent";

/** The error summary's line when Next is pressed without agreeing (the opening step and the wizard's own). */
export const consentMissing = (m: FormMessages): ErrorSummaryItem => ({
  id: CONSENT_FIELD_ID,
  label: m.form.agreement,
  message: m.consent.error,
});

/** Built in, not part of a question set: nobody is asked about their health before they have read this. */
export function ConsentStep({
  checked,
  onChange,
  error,
}: {
  checked: boolean;
  onChange: (checked: boolean) => void;
  error?: string;
}) {
  const { m } = useIntakeText();
  return (
    <div className="space-y-4">
      <div className="rounded-lg border-s-4 border-red-700 bg-red-50 p-4 text-red-950">
        <p className="font-bold">{m.consent.notEmergencyTitle}</p>
        <p className="mt-1">{m.consent.notEmergencyBody}</p>
      </div>
      <h3 className="text-lg font-semibold">{m.consent.collectTitle}</h3>
      <p>{m.consent.collectBody}</p>
      <h3 className="text-lg font-semibold">{m.consent.whoTitle}</h3>
      <p>{m.consent.whoBody}</p>
      <h3 className="text-lg font-semibold">{m.consent.stopTitle}</h3>
      <p>{m.consent.stopBody}</p>
      <div className="space-y-1">
        <label
          htmlFor={CONSENT_FIELD_ID}
          className="flex min-h-12 cursor-pointer items-start gap-3 rounded-lg border border-slate-400 bg-white p-3 has-[:checked]:border-blue-700 has-[:checked]:bg-blue-50"
        >
          <input
            id={CONSENT_FIELD_ID}
            type="checkbox"
            checked={checked}
            onChange={(event) => onChange(event.target.checked)}
            aria-invalid={error ? true : undefined}
            aria-describedby={error ? `${CONSENT_FIELD_ID}-error` : undefined}
            className="mt-0.5 size-5 shrink-0 accent-blue-800"
          />
          <span className="font-semibold">{m.consent.agree}</span>
        </label>
        <FieldError id={`${CONSENT_FIELD_ID}-error`} error={error} />
      </div>
    </div>
  );
}
