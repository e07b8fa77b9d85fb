"use client";

import { useActionState, useState } from "react";
import { addNoteAction, assignSubmissionAction, changeStatusAction } from "@/lib/actions/dashboard/submission";
import { Button } from "@/components/ui/button";
import { FieldError, inputClass } from "@/components/ui/field";
import type { LiveChange } from "@/lib/domain/submission/live-change";
import { STATUS_LABELS, type SubmissionStatus } from "@/lib/domain/submission/status";
import { nextStatuses } from "@/lib/domain/submission/status-transitions";
import { fieldError, type ActionResult, resultMessage } from "@/lib/actions/action-result";
import { useAssignee, useChanged, useRowVersion, useSubmissionStatus } from "./submission-live-state";

type EditAction = (
  previous: ActionResult | null,
  formData: FormData,
) => Promise<ActionResult & { change?: LiveChange }>;

/** Runs an action and records what it changed, so the page shows it without rendering again. */
function useEditAction(action: EditAction, after?: (result: ActionResult) => void) {
  const changed = useChanged();
  return useActionState(async (previous: ActionResult | null, formData: FormData) => {
    const next = await action(previous, formData);
    if (next.ok && next.change) changed(next.change);
    after?.(next);
    return next;
  }, null);
}

type Props = {
  submissionId: string;
  /** The version this page shows: every change sends it, and a stale one is refused. */
  rowVersion: number;
  status: SubmissionStatus;
  assignee: { id: string; name: string } | null;
  staffId: string;
  colleagues: { id: string; name: string }[];
};

function Outcome({ result, id }: { result: ActionResult | null; id: string }) {
  return (
    <p id={id} role="status" className={result && !result.ok ? "font-semibold text-red-700" : "text-green-800"}>
      {resultMessage(result)}
    </p>
  );
}

function Hidden({ submissionId, rowVersion }: { submissionId: string; rowVersion: number }) {
  // After an in-place acknowledgement the live row version is newer than the rendered one.
  const live = useRowVersion(rowVersion);
  return (
    <>
      <input type="hidden" name="submissionId" value={submissionId} />
      <input type="hidden" name="rowVersion" value={live} />
    </>
  );
}

/** Who has the submission and where it is in the workflow; each form carries the row version it was based on. */
export function SubmissionWorkflow(props: Props) {
  const { submissionId, rowVersion, staffId, colleagues } = props;
  const status = useSubmissionStatus(props.status);
  const assignee = useAssignee(props.assignee);
  const [assignResult, assignAction, assigning] = useEditAction(assignSubmissionAction);
  const [statusResult, statusAction, moving] = useEditAction(changeStatusAction);
  return (
    <div className="grid gap-4">
      <div className="space-y-2">
        <h3 className="font-semibold">Assigned to</h3>
        <p>{assignee ? (assignee.id === staffId ? `${assignee.name} (you)` : assignee.name) : "Nobody yet"}</p>
        <form action={assignAction} className="flex flex-wrap items-end gap-2">
          <Hidden submissionId={submissionId} rowVersion={rowVersion} />
          <div>
            <label htmlFor="assignee" className="block text-sm font-semibold">
              Assign to a colleague
            </label>
            <select
              // A new assignee (also from "Assign to me" in the header) shows as the chosen one.
              key={assignee?.id ?? ""}
              id="assignee"
              name="assignee"
              defaultValue={assignee?.id ?? ""}
              className={`${inputClass} min-h-11`}
              aria-describedby="assign-outcome"
            >
              <option value="">Nobody (unassigned)</option>
              {colleagues.map((c) => (
                <option key={c.id} value={c.id}>
                  {c.id === staffId ? `${c.name} (me)` : c.name}
                </option>
              ))}
            </select>
          </div>
          <Button type="submit" variant="secondary" disabled={assigning}>
            Assign
          </Button>
        </form>
        <Outcome id="assign-outcome" result={assignResult} />
      </div>
      <div className="space-y-2">
        <h3 className="font-semibold">Status</h3>
        <p>{STATUS_LABELS[status]}</p>
        <form action={statusAction} className="flex flex-wrap gap-2">
          <Hidden submissionId={submissionId} rowVersion={rowVersion} />
          {nextStatuses(status).map((to) => (
            <Button key={to} type="submit" name="to" value={to} variant="secondary" disabled={moving}>
              Move to {STATUS_LABELS[to]}
            </Button>
          ))}
        </form>
        <Outcome id="status-outcome" result={statusResult} />
      </div>
    </div>
  );
}

/** A new note: kept with the author and time, never edited. The text stays in the box if the save is refused. */
export function AddNoteForm({ submissionId, rowVersion }: { submissionId: string; rowVersion: number }) {
  const [body, setBody] = useState("");
  const [result, action, pending] = useEditAction(addNoteAction, (next) => {
    if (next.ok) setBody("");
  });
  const error = fieldError(result, "body");
  return (
    <form action={action} className="space-y-2">
      <Hidden submissionId={submissionId} rowVersion={rowVersion} />
      <label htmlFor="note-body" className="block font-semibold">
        New note
      </label>
      <textarea
        id="note-body"
        name="body"
        rows={3}
        maxLength={4000}
        value={body}
        onChange={(e) => setBody(e.target.value)}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? "note-body-error" : undefined}
        className={inputClass}
      />
      <FieldError id="note-body-error" error={error} />
      <Button type="submit" disabled={pending}>
        {pending ? "Adding…" : "Add note"}
      </Button>
      <Outcome id="note-outcome" result={result} />
    </form>
  );
}
