"use client";

import { useActionState } from "react";
import { saveAlertSettingsAction } from "@/lib/actions/admin/alerts";
import { fieldError } from "@/lib/actions/action-result";
import { Button } from "@/components/ui/button";
import { Field, inputClass } from "@/components/ui/field";
import { FormStatus } from "./form-status";

export type AlertSettingsFormValues = {
  smtpHost: string;
  smtpPort: number;
  smtpSecure: boolean;
  smtpUser: string;
  /** Whether a password is stored: the password itself never reaches the browser. */
  hasPassword: boolean;
  fromAddress: string;
  escalationMinutes: number;
};

export function AlertSettingsForm({ settings }: { settings: AlertSettingsFormValues }) {
  const [result, action, pending] = useActionState(saveAlertSettingsAction, null);
  const error = (field: string) => fieldError(result, field);
  return (
    <form action={action} className="max-w-xl space-y-4" noValidate>
      <Field
        id="smtpHost"
        label="SMTP server"
        hint="Your clinic's outgoing mail server, e.g. smtp.clinic.example"
        error={error("smtpHost")}
      >
        {(describedBy) => (
          <input
            id="smtpHost"
            name="smtpHost"
            className={inputClass}
            defaultValue={settings.smtpHost}
            autoComplete="off"
            aria-describedby={describedBy}
            aria-invalid={error("smtpHost") ? true : undefined}
          />
        )}
      </Field>
      <Field
        id="smtpPort"
        label="SMTP port"
        hint="587 for STARTTLS, 465 for TLS from the start"
        error={error("smtpPort")}
        required
      >
        {(describedBy) => (
          <input
            id="smtpPort"
            name="smtpPort"
            type="number"
            inputMode="numeric"
            min={1}
            max={65535}
            required
            className={inputClass}
            defaultValue={settings.smtpPort}
            aria-describedby={describedBy}
            aria-invalid={error("smtpPort") ? true : undefined}
          />
        )}
      </Field>
      <label className="flex min-h-11 items-center gap-2">
        <input type="checkbox" name="smtpSecure" defaultChecked={settings.smtpSecure} className="h-5 w-5" />
        Use TLS from the start (port 465)
      </label>
      <Field
        id="smtpUser"
        label="SMTP user name"
        hint="Leave empty if the server needs no sign-in"
        error={error("smtpUser")}
      >
        {(describedBy) => (
          <input
            id="smtpUser"
            name="smtpUser"
            className={inputClass}
            defaultValue={settings.smtpUser}
            autoComplete="off"
            aria-describedby={describedBy}
          />
        )}
      </Field>
      <Field
        id="smtpPassword"
        label="SMTP password"
        hint={settings.hasPassword ? "A password is saved. Leave this empty to keep it." : "No password is saved."}
        error={error("smtpPassword")}
      >
        {(describedBy) => (
          <input
            id="smtpPassword"
            name="smtpPassword"
            type="password"
            className={inputClass}
            autoComplete="new-password"
            aria-describedby={describedBy}
          />
        )}
      </Field>
      {settings.hasPassword ? (
        <label className="flex min-h-11 items-center gap-2">
          <input type="checkbox" name="clearSmtpPassword" className="h-5 w-5" />
          Remove the saved password
        </label>
      ) : null}
      <Field
        id="fromAddress"
        label="Send alerts from"
        hint="The sender address, e.g. alerts@clinic.example"
        error={error("fromAddress")}
      >
        {(describedBy) => (
          <input
            id="fromAddress"
            name="fromAddress"
            type="email"
            className={inputClass}
            defaultValue={settings.fromAddress}
            aria-describedby={describedBy}
            aria-invalid={error("fromAddress") ? true : undefined}
          />
        )}
      </Field>
      <Field
        id="escalationMinutes"
        label="Escalate after (minutes)"
        hint="An EMERGENT submission nobody has acknowledged by then is sent to the escalation list. Applies to submissions that arrive after you save."
        error={error("escalationMinutes")}
        required
      >
        {(describedBy) => (
          <input
            id="escalationMinutes"
            name="escalationMinutes"
            type="number"
            inputMode="numeric"
            min={1}
            max={240}
            required
            className={inputClass}
            defaultValue={settings.escalationMinutes}
            aria-describedby={describedBy}
            aria-invalid={error("escalationMinutes") ? true : undefined}
          />
        )}
      </Field>
      <Button type="submit" disabled={pending}>
        {pending ? "Saving…" : "Save email and escalation settings"}
      </Button>
      <FormStatus result={result} />
    </form>
  );
}
