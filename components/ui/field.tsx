import type { ReactNode } from "react";

/** Label, hint and error wired to one control by id, so a screen reader reads all three. */
export function Field({
  id,
  label,
  hint,
  error,
  required,
  children,
}: {
  id: string;
  label: string;
  hint?: string;
  error?: string;
  required?: boolean;
  children: (describedBy: string | undefined) => ReactNode;
}) {
  const describedBy = [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(" ") || undefined;
  return (
    <div className="space-y-1">
      <label htmlFor={id} className="block font-semibold">
        {label}
        {required ? <span className="text-red-700"> *</span> : null}
      </label>
      {hint ? (
        <p id={`${id}-hint`} className="text-sm text-slate-600">
          {hint}
        </p>
      ) : null}
      {children(describedBy)}
      <FieldError id={`${id}-error`} error={error} />
    </div>
  );
}

/** A group of radios or checkboxes: the question is the legend. */
export function FieldSet({
  id,
  legend,
  hint,
  error,
  required,
  describedByExtra,
  children,
}: {
  id: string;
  legend: string;
  hint?: string;
  error?: string;
  required?: boolean;
  /** Ids of more text that explains the group, e.g. the words at each end of a 0–10 scale. */
  describedByExtra?: string;
  children: ReactNode;
}) {
  const describedBy =
    [hint ? `${id}-hint` : null, describedByExtra ?? null, error ? `${id}-error` : null].filter(Boolean).join(" ") ||
    undefined;
  return (
    <fieldset
      id={id}
      aria-describedby={describedBy}
      aria-invalid={error ? true : undefined}
      className="space-y-2"
      tabIndex={-1}
    >
      <legend className="font-semibold">
        {legend}
        {required ? <span className="text-red-700"> *</span> : null}
      </legend>
      {hint ? (
        <p id={`${id}-hint`} className="text-sm text-slate-600">
          {hint}
        </p>
      ) : null}
      {children}
      <FieldError id={`${id}-error`} error={error} />
    </fieldset>
  );
}

export function FieldError({ id, error }: { id: string; error?: string }) {
  return error ? (
    <p id={id} className="text-sm font-semibold text-red-700">
      {error}
    </p>
  ) : null;
}

export const inputClass =
  "block w-full rounded-lg border border-slate-400 bg-white px-3 py-2 text-base aria-[invalid=true]:border-red-700";
