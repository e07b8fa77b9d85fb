"use client";

import { useActionState, useState } from "react";
import { createAlertChannelAction, updateAlertChannelAction } from "@/lib/actions/admin/alerts";
import { fieldError } from "@/lib/actions/action-result";
import { Button } from "@/components/ui/button";
import { Field, FieldSet, inputClass } from "@/components/ui/field";
import { FormStatus } from "./form-status";

export type ChannelFormValues = {
  id: string;
  name: string;
  kind: "EMAIL" | "WEBHOOK";
  recipients: string[];
  levels: ("EMERGENT" | "URGENT")[];
  escalation: boolean;
  enabled: boolean;
};

/** Adds a channel, or edits one: name, email or webhook, recipients, triage levels, escalation list, on/off. */
export function ChannelForm({ mode, channel }: { mode: "create" | "edit"; channel?: ChannelFormValues }) {
  const [result, action, pending] = useActionState(
    mode === "create" ? createAlertChannelAction : updateAlertChannelAction,
    null,
  );
  const [kind, setKind] = useState<"EMAIL" | "WEBHOOK">(channel?.kind ?? "EMAIL");
  const p = mode === "create" ? "new-channel" : `channel-${channel?.id}`;
  const error = (field: string) => fieldError(result, field);
  return (
    <form action={action} className="max-w-xl space-y-4" noValidate>
      {channel ? <input type="hidden" name="channelId" value={channel.id} /> : null}
      <Field
        id={`${p}-name`}
        label="Channel name"
        hint="e.g. On-call nurse, Duty consultant pager"
        error={error("name")}
        required
      >
        {(describedBy) => (
          <input
            id={`${p}-name`}
            name="name"
            required
            maxLength={80}
            className={inputClass}
            defaultValue={channel?.name}
            aria-describedby={describedBy}
            aria-invalid={error("name") ? true : undefined}
          />
        )}
      </Field>
      <FieldSet id={`${p}-kind`} legend="Send by" required>
        {(["EMAIL", "WEBHOOK"] as const).map((value) => (
          <label key={value} className="flex min-h-11 items-center gap-2">
            <input
              type="radio"
              name="kind"
              value={value}
              checked={kind === value}
              onChange={() => setKind(value)}
              className="h-5 w-5"
            />
            {value === "EMAIL" ? "Email (through the email server below)" : "Webhook (JSON POST, signed)"}
          </label>
        ))}
      </FieldSet>
      <Field
        id={`${p}-recipients`}
        label={kind === "EMAIL" ? "Email addresses" : "Webhook URLs"}
        hint={kind === "EMAIL" ? "One address per line" : "One https:// address per line"}
        error={error("recipients")}
        required
      >
        {(describedBy) => (
          <textarea
            id={`${p}-recipients`}
            name="recipients"
            rows={3}
            required
            className={inputClass}
            defaultValue={channel?.recipients.join("\n")}
            aria-describedby={describedBy}
            aria-invalid={error("recipients") ? true : undefined}
          />
        )}
      </Field>
      <FieldSet
        id={`${p}-levels`}
        legend="Alert this channel when a submission is"
        hint="Leave both empty for an escalation-only channel"
        error={error("levels")}
      >
        {(["EMERGENT", "URGENT"] as const).map((level) => (
          <label key={level} className="flex min-h-11 items-center gap-2">
            <input
              type="checkbox"
              name="levels"
              value={level}
              defaultChecked={channel ? channel.levels.includes(level) : true}
              className="h-5 w-5"
            />
            {level}
          </label>
        ))}
      </FieldSet>
      <label className="flex min-h-11 items-center gap-2">
        <input type="checkbox" name="escalation" defaultChecked={channel?.escalation ?? false} className="h-5 w-5" />
        Escalation list: also tell this channel when an EMERGENT submission is not acknowledged in time
      </label>
      <label className="flex min-h-11 items-center gap-2">
        <input type="checkbox" name="enabled" defaultChecked={channel?.enabled ?? true} className="h-5 w-5" />
        Channel is on
      </label>
      <Button type="submit" disabled={pending}>
        {pending ? "Saving…" : mode === "create" ? "Add channel" : "Save channel"}
      </Button>
      <FormStatus result={result} />
    </form>
  );
}
