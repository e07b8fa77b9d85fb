"use client";

import { createContext, useContext, useState, type ReactNode } from "react";
import type { Acknowledgement } from "@/lib/domain/submission/acknowledgement-view";
import {
  shownFacts,
  withChange,
  type LiveChange,
  type NoteView,
  type SubmissionFacts,
} from "@/lib/domain/submission/live-change";
import { STATUS_LABELS } from "@/lib/domain/submission/status";

type LiveState = SubmissionFacts & { staffId: string | null; changed: (change: LiveChange) => void };

const Live = createContext<LiveState | null>(null);

/**
 * What an action on the submission page changes without a new render of the whole page: the acknowledgement, the
 * assignee, the status, the notes and the row version every form sends. Each action used to re-render the page (a
 * second read of the submission and its answers, a "viewed" audit event, then the browser reconciling every
 * answer); now it answers with what changed and only the parts that show it change.
 *
 * Local changes apply only while they are newer than what the server rendered: any later full render (after a
 * refused save, say) brings the same or a newer row version, and then the server's facts win, so the page never
 * goes back to an older state.
 */
export function SubmissionLiveState({
  rendered,
  staffId = null,
  children,
}: {
  rendered: SubmissionFacts;
  /** The signed-in clinician, for "(you)" and for hiding "Assign to me" once it is theirs. */
  staffId?: string | null;
  children: ReactNode;
}) {
  const [local, setLocal] = useState<SubmissionFacts | null>(null);
  const value: LiveState = {
    ...shownFacts(local, rendered),
    staffId,
    changed: (change) => setLocal((previous) => withChange(previous, rendered, change)),
  };
  return <Live.Provider value={value}>{children}</Live.Provider>;
}

/** The facts as they stand now: the live ones on the submission page, the rendered ones elsewhere (print view). */
function useFacts<K extends keyof SubmissionFacts>(key: K, rendered: SubmissionFacts[K]): SubmissionFacts[K] {
  const live = useContext(Live);
  return live ? live[key] : rendered;
}

/** The row version a form should send. */
export function useRowVersion(rendered: number): number {
  return useFacts("rowVersion", rendered);
}

export function useAcknowledgement(rendered: Acknowledgement | null): Acknowledgement | null {
  return useFacts("acknowledgement", rendered);
}

export function useSubmissionStatus(rendered: SubmissionFacts["status"]): SubmissionFacts["status"] {
  return useFacts("status", rendered);
}

export function useAssignee(rendered: SubmissionFacts["assignee"]): SubmissionFacts["assignee"] {
  return useFacts("assignee", rendered);
}

export function useStaffId(): string | null {
  return useContext(Live)?.staffId ?? null;
}

/** Records what a successful action reported, for every part of the page that shows it. */
export function useChanged(): LiveState["changed"] {
  return useContext(Live)?.changed ?? (() => undefined);
}

/** "acknowledged by Ada at 1 Dec 2026, 09:30 GMT" in the header, or a red "not acknowledged". */
export function AcknowledgementInline({ rendered }: { rendered: Acknowledgement | null }) {
  const ack = useAcknowledgement(rendered);
  return ack ? (
    <>
      acknowledged by {ack.byName} at <time dateTime={ack.at}>{ack.atText}</time>
    </>
  ) : (
    <span className="font-semibold text-red-800">not acknowledged</span>
  );
}

/** "In review · assigned to Ada" in the header. */
export function StatusAndAssigneeInline({
  status,
  assignee,
}: {
  status: SubmissionFacts["status"];
  assignee: SubmissionFacts["assignee"];
}) {
  const liveStatus = useSubmissionStatus(status);
  const liveAssignee = useAssignee(assignee);
  return (
    <>
      {STATUS_LABELS[liveStatus]} · assigned to {liveAssignee?.name ?? "nobody"}
    </>
  );
}

/** The same fact in the alerts panel, with what acknowledging does. */
export function AcknowledgementSentence({ rendered }: { rendered: Acknowledgement | null }) {
  const ack = useAcknowledgement(rendered);
  return ack ? (
    <p className="mb-3">
      Acknowledged by <span className="font-semibold">{ack.byName}</span> at {ack.atText}.
    </p>
  ) : (
    <p className="mb-3">
      Not acknowledged yet. Acknowledging (at the top of the page) tells colleagues you have it and stops escalation
      alerts.
    </p>
  );
}

/** The notes, oldest first, with any just added on this page. */
export function NoteList({ rendered }: { rendered: NoteView[] }) {
  const notes = useFacts("notes", rendered);
  if (notes.length === 0) return <p className="text-slate-700">No notes yet.</p>;
  return (
    <ol aria-label="Notes, oldest first" className="mb-4 space-y-3">
      {notes.map((n) => (
        <li key={n.id} className="border-l-4 border-slate-300 pl-3">
          <p className="text-sm text-slate-700">
            <span className="font-semibold">{n.authorName}</span> ·{" "}
            <time dateTime={n.at} title={n.utcText}>
              {n.atText}
            </time>
          </p>
          <p className="whitespace-pre-wrap">{n.body}</p>
        </li>
      ))}
    </ol>
  );
}
