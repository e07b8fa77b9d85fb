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
