"use client";

import { useActionState } from "react";
import type { ClinicSettings } from "@/lib/domain/clinic-settings/clinic-settings";
import { fieldError, type ActionResult } from "@/lib/actions/action-result";
import { Button } from "@/components/ui/button";
import { Field, inputClass } from "@/components/ui/field";
import { FormStatus } from "@/components/admin/alerts/form-status";

type Action = (previous: ActionResult | null, formData: FormData) => Promise<ActionResult>;

type TextField = {
  name: Exclude<keyof ClinicSettings, "timeZone">;
  label: string;
  hint: string;
  inputMode?: "tel" | "numeric";
  autoComplete?: string;
};

const TEXT_FIELDS: TextField[] = [
  { name: "clinicName", label: "Clinic name", hint: "As patients know it, e.g. Riverside Back Clinic" },
  {
    name: "emergencyNumber",
    label: "Emergency number",
    hint: "The number patients with dangerous answers are told to call: 999, 911, 112 … Without it they are told to call “your local emergency number”.",
    inputMode: "numeric",
  },
  {
    name: "clinicPhone",
    label: "Clinic phone",
    hint: "Shown with a call button to patients with urgent answers, e.g. 020 7946 0000",
    inputMode: "tel",
  },
  { name: "openingHours", label: "Opening hours", hint: "e.g. Monday to Friday, 8am to 6pm" },
  {
    name: "responseTime",
    label: "When patients hear back",
    hint: "Completes “A clinician will contact you …”, e.g. within 2 working days",
  },
];

/** The admin's form for the clinic's details; the action comes from the page so this stays out of app/. */
export function ClinicSettingsForm({
  action,
  settings,
  timeZones,
}: {
  action: Action;
  settings: ClinicSettings;
  timeZones: string[];
}) {
  const [result, formAction, pending] = useActionState(action, null);
  const error = (field: string) => fieldError(result, field);
  return (
    <form action={formAction} className="max-w-xl space-y-4" noValidate>
      {TEXT_FIELDS.map((field) => (
        <Field key={field.name} id={field.name} label={field.label} hint={field.hint} error={error(field.name)}>
          {(describedBy) => (
            <input
              id={field.name}
              name={field.name}
              className={inputClass}
              defaultValue={settings[field.name] ?? ""}
              inputMode={field.inputMode}
              autoComplete="off"
              aria-describedby={describedBy}
              aria-invalid={error(field.name) ? true : undefined}
            />
          )}
        </Field>
      ))}
      <Field
        id="timeZone"
        label="Time zone"
        hint="Staff pages show every time in this zone. Without one, times are in UTC."
        error={error("timeZone")}
      >
        {(describedBy) => (
          <select
            id="timeZone"
            name="timeZone"
            className={inputClass}
            defaultValue={settings.timeZone ?? ""}
            aria-describedby={describedBy}
            aria-invalid={error("timeZone") ? true : undefined}
          >
            <option value="">UTC (not set)</option>
            {timeZones.map((zone) => (
              <option key={zone} value={zone}>
                {zone.replaceAll("_", " ")}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Button type="submit" disabled={pending}>
        Save clinic settings
      </Button>
      <FormStatus result={result} />
    </form>
  );
}
