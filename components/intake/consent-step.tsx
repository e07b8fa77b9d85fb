import { FieldError } from "@/components/ui/field";

export const CONSENT_FIELD_ID = "consent";
export const CONSENT_ERROR = "Tick the box to agree before you continue";

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
  return (
    <div className="space-y-4">
      <div className="rounded-lg border-l-4 border-red-700 bg-red-50 p-4 text-red-950">
        <p className="font-bold">This form is not an emergency service</p>
        <p className="mt-1">
          If you have sudden severe pain, numbness between your legs, new trouble passing urine or controlling your
          bowels, or weakness in your legs, call your local emergency number or go to an emergency department now.
        </p>
      </div>
      <h3 className="text-lg font-semibold">What we collect</h3>
      <p>
        Your name, date of birth and contact details, and your answers about your back pain and your health. Nothing
        else, and nothing is kept in this browser.
      </p>
      <h3 className="text-lg font-semibold">Who sees it</h3>
      <p>
        Only the clinic&apos;s clinicians and the staff who run this service, to decide how soon you need to be seen and
        to prepare for your appointment. We do not sell your answers or use them for advertising.
      </p>
      <h3 className="text-lg font-semibold">If you stop part-way</h3>
      <p>
        Your answers are saved as you go so you can come back to them with a private link. Unfinished answers are
        deleted automatically after a few days.
      </p>
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
          <span className="font-semibold">
            I agree that the clinic may collect and use my answers as described above.
          </span>
        </label>
        <FieldError id={`${CONSENT_FIELD_ID}-error`} error={error} />
      </div>
    </div>
  );
}
