"use client";

import { useActionState, useState } from "react";
import { Button } from "@/components/ui/button";
import { inputClass } from "@/components/ui/field";
import type { Acknowledgement } from "@/lib/domain/submission/acknowledgement-view";
import type { LiveChange } from "@/lib/domain/submission/live-change";
import { nextStatuses } from "@/lib/domain/submission/status-transitions";
import { resultMessage, type ActionFailure, type ActionResult } from "@/lib/actions/action-result";
import {
  useAcknowledgement,
  useAssignee,
  useChanged,
  useRowVersion,
  useStaffId,
  useSubmissionStatus,
} from "./submission-live-state";

/** Each action answers with what it changed, so the page updates in place instead of rendering again. */
type Action = (previous: ActionResult | null, formData: FormData) => Promise<ActionResult & { change?: LiveChange }>;
type AcknowledgeAction = (
  previous: ActionResult | null,
  formData: FormData,
) => Promise<ActionResult & { acknowledgement?: Acknowledgement; rowVersion?: number }>;

export type PatientHeaderActionsProps = {
  submissionId: string;
  rowVersion: number;
  /**
   * Each control appears only when the caller may use it (the action is given) and it would change something now:
   * not acknowledged yet, not theirs yet, a status from which "Contacted" is the next step.
   */
  acknowledge?: AcknowledgeAction;
  assignToMe?: Action;
  markContacted?: Action;
  logCall?: Action;
};

function Outcome({ result }: { result: ActionResult | null }) {
  return (
    <p role="status" className={result && !result.ok ? "font-semibold text-red-700" : "text-green-800"}>
      {resultMessage(result)}
    </p>
  );
}

/** The first-minute actions beside the patient's name: acknowledge, take it, log the call. */
export function PatientHeaderActions(props: PatientHeaderActionsProps) {
  const { submissionId } = props;
  const rowVersion = useRowVersion(props.rowVersion);
  const changed = useChanged();
  const alreadyAcknowledged = useAcknowledgement(null) !== null;
  const assignee = useAssignee(null);
  const staffId = useStaffId();
  const status = useSubmissionStatus("NEW");
  const mine = assignee !== null && assignee.id === staffId;
  const contactedIsNext = nextStatuses(status).includes("CONTACTED");
  const noop = async (): Promise<ActionFailure> => ({ ok: false, code: "unavailable", message: "" });
  const run = (action: Action | undefined) => async (previous: ActionResult | null, formData: FormData) => {
    const next = await (action ?? noop)(previous, formData);
    if (next.ok && next.change) changed(next.change);
    return next;
  };
  const [ackResult, ack, acking] = useActionState(async (previous: ActionResult | null, formData: FormData) => {
    const next = await (props.acknowledge ?? noop)(previous, formData);
    if (next.ok && next.acknowledgement && next.rowVersion !== undefined)
      changed({ acknowledgement: next.acknowledgement, rowVersion: next.rowVersion });
    return next;
  }, null);
  const [assignResult, assign, assigning] = useActionState(run(props.assignToMe), null);
  const [statusResult, contacted, moving] = useActionState(run(props.markContacted), null);
  const [callText, setCallText] = useState("");
  const [callResult, logCall, logging] = useActionState(async (previous: ActionResult | null, formData: FormData) => {
    // A call is a note that says so, through the same audited note action.
    formData.set("body", `Phone call: ${String(formData.get("body") ?? "").trim()}`);
    const next = await run(props.logCall)(previous, formData);
    if (next.ok) setCallText("");
    return next;
  }, null);
  const hidden = (
    <>
      <input type="hidden" name="submissionId" value={submissionId} />
      <input type="hidden" name="rowVersion" value={rowVersion} />
    </>
  );
  return (
    <div className="no-print space-y-2">
      <div className="flex flex-wrap items-start gap-2">
        {props.acknowledge && !alreadyAcknowledged ? (
          <form action={ack}>
            {hidden}
            <Button type="submit" disabled={acking}>
              {acking ? "Acknowledging…" : "Acknowledge"}
            </Button>
          </form>
        ) : null}
        {props.assignToMe && !mine ? (
          <form action={assign}>
            {hidden}
            <Button type="submit" name="assignee" value="me" variant="secondary" disabled={assigning}>
              Assign to me
            </Button>
          </form>
        ) : null}
        {props.markContacted && contactedIsNext ? (
          <form action={contacted}>
            {hidden}
            <Button type="submit" name="to" value="CONTACTED" variant="secondary" disabled={moving}>
              Mark contacted
            </Button>
          </form>
        ) : null}
      </div>
      {props.logCall ? (
        <details className="rounded border border-slate-300 p-2">
          <summary className="cursor-pointer font-semibold">Log a call</summary>
          <form action={logCall} className="mt-2 space-y-2">
            {hidden}
            <label htmlFor="call-body" className="block text-sm font-semibold">
              What was said (saved as a note)
            </label>
            <textarea
              id="call-body"
              name="body"
              rows={2}
              maxLength={3900}
              required
              value={callText}
              onChange={(e) => setCallText(e.target.value)}
              className={inputClass}
            />
            <Button type="submit" variant="secondary" disabled={logging}>
              {logging ? "Saving…" : "Save call note"}
            </Button>
          </form>
        </details>
      ) : null}
      {[ackResult, assignResult, statusResult, callResult].map((r, i) => (
        <Outcome key={i} result={r} />
      ))}
    </div>
  );
}
