import "server-only";
import { staffTextProblem } from "@/lib/domain/question-set/text-rules";
import { getDb } from "../client";
import { recordAuditEvent } from "../audit/record-audit-event";
import type { Actor } from "../types";
import { updateIfCurrent, type SubmissionEditResult } from "./stale-edit";

export const NOTE_MAX_LENGTH = 4_000;

export type AddSubmissionNoteInput = { submissionId: string; body: string; rowVersion: number };

/**
 * Adds a clinician's note, kept with its author's name and time and never edited. It carries the row version too:
 * a note written against a page that a colleague has since changed is refused, so it is never read out of context.
 */
export async function addSubmissionNote(
  input: AddSubmissionNoteInput,
  actor: Actor & { name: string },
  origin: string | null = null,
): Promise<
  SubmissionEditResult<{ noteId: string; createdAt: Date }> | { ok: false; code: "invalid-text"; message: string }
> {
  // Checked here as well as in the action: PostgreSQL cannot store a lone surrogate or NUL, and the note must not fail
  // with a database error halfway through a clinician's work.
  const problem = staffTextProblem(input.body);
  if (problem) return { ok: false, code: "invalid-text", message: problem };
  const db = await getDb();
  return db.$transaction(async (tx) => {
    const result = await updateIfCurrent(tx, input.submissionId, input.rowVersion, {});
    if (!result.ok) return result;
    const note = await tx.submissionNote.create({
      data: { submissionId: input.submissionId, authorId: actor.id, authorName: actor.name, body: input.body },
      select: { id: true, createdAt: true },
    });
    // The note's text is patient-related free text: the audit event names the note, it does not copy it.
    await recordAuditEvent(tx, {
      actor,
      action: "submission.note_added",
      entityType: "Submission",
      entityId: input.submissionId,
      details: { noteId: note.id, rowVersion: result.rowVersion },
      origin,
    });
    return { ok: true, rowVersion: result.rowVersion, noteId: note.id, createdAt: note.createdAt } as const;
  });
}
