import { formatClinicTime, formatUtc } from "../time/clinic-time";
import type { Acknowledgement } from "./acknowledgement-view";
import type { SubmissionStatus } from "./status";

/** A note as the page shows it, its times formatted on the server in the clinic's zone (and UTC for the tooltip). */
export type NoteView = { id: string; authorName: string; body: string; at: string; atText: string; utcText: string };

/** The facts on a submission page that clinicians change: what the page shows and every form sends back. */
export type SubmissionFacts = {
  rowVersion: number;
  acknowledgement: Acknowledgement | null;
  status: SubmissionStatus;
  assignee: { id: string; name: string } | null;
  notes: NoteView[];
};

/**
 * What one successful action changed, with the row version it produced. Only the fields it changed are set
 * (`assignee: null` means "now unassigned"; left out, it means "not changed").
 */
export type LiveChange = {
  rowVersion: number;
  acknowledgement?: Acknowledgement;
  status?: SubmissionStatus;
  assignee?: { id: string; name: string } | null;
  note?: NoteView;
};

export function noteView(
  note: { id: string; authorName: string; body: string; createdAt: Date },
  timeZone: string,
): NoteView {
  return {
    id: note.id,
    authorName: note.authorName,
    body: note.body,
    at: note.createdAt.toISOString(),
    atText: formatClinicTime(note.createdAt, timeZone),
    utcText: formatUtc(note.createdAt),
  };
}

/**
 * The facts a page shows: its local changes while they are newer than the server's render, else the render. A later
 * full render (same or newer row version) wins, so the page never goes back to an older state.
 */
export function shownFacts(local: SubmissionFacts | null, rendered: SubmissionFacts): SubmissionFacts {
  return local && local.rowVersion > rendered.rowVersion ? local : rendered;
}

/** The page's local facts after one more successful change; a change no newer than what is shown is ignored. */
export function withChange(
  local: SubmissionFacts | null,
  rendered: SubmissionFacts,
  change: LiveChange,
): SubmissionFacts | null {
  const base = shownFacts(local, rendered);
  if (change.rowVersion <= base.rowVersion) return local;
  return {
    rowVersion: change.rowVersion,
    acknowledgement: change.acknowledgement ?? base.acknowledgement,
    status: change.status ?? base.status,
    assignee: change.assignee !== undefined ? change.assignee : base.assignee,
    notes: change.note ? [...base.notes, change.note] : base.notes,
  };
}
