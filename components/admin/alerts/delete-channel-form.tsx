"use client";

import { useActionState } from "react";
import { deleteAlertChannelAction } from "@/lib/actions/admin/alerts";
import { Button } from "@/components/ui/button";
import { FormStatus } from "./form-status";

/** Deleting takes two steps: open "Delete…", read what it does, then confirm. */
export function DeleteChannelForm({ channelId, name }: { channelId: string; name: string }) {
  const [result, action, pending] = useActionState(deleteAlertChannelAction, null);
  return (
    <details className="rounded-lg border border-red-200 p-3">
      <summary className="cursor-pointer font-semibold text-red-800">Delete…</summary>
      <form action={action} className="mt-2 space-y-2">
        <input type="hidden" name="channelId" value={channelId} />
        <p>
          Delete &quot;{name}&quot;? Its recipients will get no more alerts, and alerts not yet sent through it are
          cancelled. Alerts already sent stay on record.
        </p>
        <Button type="submit" variant="danger" disabled={pending}>
          {pending ? "Deleting…" : `Yes, delete "${name}"`}
        </Button>
        <FormStatus result={result} />
      </form>
    </details>
  );
}
