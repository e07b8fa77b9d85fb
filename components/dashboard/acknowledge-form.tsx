"use client";

import { useActionState } from "react";
import { acknowledgeSubmissionAction } from "@/app/(staff)/dashboard/submissions/[id]/actions";
import { Button } from "@/components/ui/button";

/** "I have this one": records the acknowledgement and stops its escalation alerts. */
export function AcknowledgeForm({ submissionId }: { submissionId: string }) {
  const [result, action, pending] = useActionState(acknowledgeSubmissionAction, null);
  return (
    <form action={action} className="space-y-2">
      <input type="hidden" name="submissionId" value={submissionId} />
      <Button type="submit" disabled={pending}>
        {pending ? "Acknowledging…" : "Acknowledge"}
      </Button>
      <p role="status" className={result && !result.ok ? "font-semibold text-red-700" : "text-green-800"}>
        {result ? (result.ok ? result.message : result.error) : ""}
      </p>
    </form>
  );
}
