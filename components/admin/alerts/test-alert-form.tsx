"use client";

import { useActionState } from "react";
import { sendTestAlertAction } from "@/lib/actions/admin/alerts";
import { Button } from "@/components/ui/button";
import { FormStatus } from "./form-status";

export function TestAlertForm({ disabled }: { disabled: boolean }) {
  const [result, action, pending] = useActionState(sendTestAlertAction, null);
  return (
    <form action={action} className="space-y-2">
      <Button type="submit" variant="secondary" disabled={pending || disabled}>
        {pending ? "Sending…" : "Send a test alert"}
      </Button>
      {disabled ? <p className="text-slate-700">Add a channel first.</p> : null}
      <FormStatus result={result} />
    </form>
  );
}
