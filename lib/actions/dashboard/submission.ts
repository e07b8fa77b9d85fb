"use server";

import { refresh } from "next/cache";
import { headers } from "next/headers";
import * as z from "zod";
import { acknowledgeSubmission } from "@/lib/db/submissions/acknowledge-submission";
import { addSubmissionNote, NOTE_MAX_LENGTH } from "@/lib/db/submissions/add-submission-note";
import { staffTextProblem } from "@/lib/domain/question-set/text-rules";
import { assignSubmission } from "@/lib/db/submissions/assign-submission";
import { changeSubmissionStatus } from "@/lib/db/submissions/change-submission-status";
import { getClinicTimeZone } from "@/lib/db/clinic-settings/get-clinic-time-zone";
import type { SubmissionEditResult } from "@/lib/db/submissions/stale-edit";
import { acknowledgementView, type Acknowledgement } from "@/lib/domain/submission/acknowledgement-view";
import { noteView, type LiveChange } from "@/lib/domain/submission/live-change";
import { staleMessage } from "@/lib/domain/submission/stale-message";
import { STATUS_LABELS, SUBMISSION_STATUSES, type SubmissionStatus } from "@/lib/domain/submission/status";
import { clientKeyFrom } from "@/lib/http/client-key";
import type { ActionFailure, ActionResult } from "../action-result";
import { defineFormAction } from "../define-action";

/** What acknowledging answers: on success, the two facts the page updates in place. */
export type AcknowledgeFormResult = ActionResult<{ acknowledgement: Acknowledgement; rowVersion: number }>;

/** What assigning, a status change or a note answers: on success, what changed, for the page to show in place. */
export type EditFormResult = ActionResult<{ change: LiveChange }>;

const NOT_FOUND: ActionFailure = { ok: false, code: "not-found", message: "That submission could not be found." };

export const acknowledgeSubmissionAction = defineFormAction({
  name: "acknowledgeSubmission",
  access: "submission:acknowledge",
  parse: (formData) =>
    z.object({ submissionId: z.string().min(1).max(64) }).safeParse({ submissionId: formData.get("submissionId") }),
  invalid: () => NOT_FOUND,
  forbidden: "You are not allowed to acknowledge submissions. Sign in again.",
  run: async (input, staff): Promise<AcknowledgeFormResult> => {
    const at = new Date();
    const result = await acknowledgeSubmission(input.submissionId, staff, at, clientKeyFrom(await headers()));
    if (result.ok) {
      // Usually no re-render: in a server action it makes Next.js render the whole submission page again in the
      // answer (a second read of the submission and a "viewed" audit event) for the browser to reconcile, when only
      // the acknowledgement and the row version changed. The page updates those two from this answer; every staff
      // page is rendered per request, so the queue is read afresh when a clinician goes back to it. When escalations
      // were cancelled the alert list changed too, and the clinician must see that they are stopped: re-render.
      if (result.cancelledEscalations > 0) refresh();
      return {
        ok: true,
        message: "Acknowledged. Escalation alerts for it are stopped.",
        acknowledgement: acknowledgementView(at, staff.name, await getClinicTimeZone())!,
        rowVersion: result.rowVersion,
      };
    }
    // A colleague was quicker (or it is gone): show the page as it now stands.
    refresh();
    return result.code === "already-acknowledged"
      ? { ok: false, code: result.code, message: "A colleague has already acknowledged this submission." }
      : NOT_FOUND;
  },
});

const editSchema = z.object({
  submissionId: z.string().min(1).max(64),
  // The version the page showed: a save based on an older one is refused, never merged.
  rowVersion: z.coerce.number().int().min(0).max(2_147_483_647),
});

const NOT_ALLOWED = "You are not allowed to change submissions. Sign in again.";

async function editFailure(result: Exclude<SubmissionEditResult, { ok: true }>): Promise<ActionFailure> {
  // The page is out of date (a colleague's change, a deactivated assignee): show it as it now stands.
  refresh();
  switch (result.code) {
    case "stale":
      return { ok: false, code: result.code, message: staleMessage(result.lastChange, await getClinicTimeZone()) };
    case "invalid-transition":
      return {
        ok: false,
        code: result.code,
        message: `A submission that is ${STATUS_LABELS[result.from as SubmissionStatus]} cannot move to ${STATUS_LABELS[result.to as SubmissionStatus]}.`,
      };
    case "invalid-assignee":
      return {
        ok: false,
        code: result.code,
        message: "That colleague cannot take submissions (the account may have been deactivated).",
      };
    case "not-found":
      return NOT_FOUND;
  }
}

// A success does not re-render the page (see acknowledgeSubmissionAction): the action answers with what changed and
// the page shows it in place. Staff pages are rendered per request, so the queue is read afresh when visited.

export const assignSubmissionAction = defineFormAction({
  name: "assignSubmission",
  access: "submission:update",
  parse: (formData) =>
    editSchema.extend({ assignee: z.union([z.literal("me"), z.literal(""), z.string().min(1).max(64)]) }).safeParse({
      submissionId: formData.get("submissionId"),
      rowVersion: formData.get("rowVersion"),
      assignee: formData.get("assignee") ?? "",
    }),
  invalid: "Choose who should take this submission.",
  forbidden: NOT_ALLOWED,
  run: async (input, staff): Promise<EditFormResult> => {
    const assigneeId = input.assignee === "me" ? staff.id : input.assignee || null;
    const result = await assignSubmission(
      { submissionId: input.submissionId, rowVersion: input.rowVersion, assigneeId },
      staff,
      clientKeyFrom(await headers()),
    );
    if (!result.ok) return editFailure(result);
    const assignee = assigneeId && result.assigneeName ? { id: assigneeId, name: result.assigneeName } : null;
    return {
      ok: true,
      message: assignee ? `Assigned to ${assignee.name}.` : "Unassigned.",
      change: { rowVersion: result.rowVersion, assignee },
    };
  },
});

export const changeStatusAction = defineFormAction({
  name: "changeStatus",
  access: "submission:update",
  parse: (formData) =>
    editSchema.extend({ to: z.enum(SUBMISSION_STATUSES) }).safeParse({
      submissionId: formData.get("submissionId"),
      rowVersion: formData.get("rowVersion"),
      to: formData.get("to"),
    }),
  invalid: "Choose a status.",
  forbidden: NOT_ALLOWED,
  run: async (input, staff): Promise<EditFormResult> => {
    const result = await changeSubmissionStatus(input, staff, clientKeyFrom(await headers()));
    if (!result.ok) return editFailure(result);
    return {
      ok: true,
      message: `Status is now ${STATUS_LABELS[result.status]}.`,
      change: { rowVersion: result.rowVersion, status: result.status },
    };
  },
});

const noteSchema = z.object({
  body: z
    .string()
    .trim()
    .min(1, "Write the note first.")
    .max(NOTE_MAX_LENGTH, "A note can be 4,000 characters at most.")
    .superRefine((body, ctx) => {
      const problem = staffTextProblem(body);
      if (problem) ctx.addIssue({ code: "custom", message: problem });
    }),
});

export const addNoteAction = defineFormAction({
  name: "addNote",
  access: "submission:update",
  parse: (formData) =>
    editSchema.extend(noteSchema.shape).safeParse({
      submissionId: formData.get("submissionId"),
      rowVersion: formData.get("rowVersion"),
      body: formData.get("body"),
    }),
  invalid: "The note was not saved.",
  forbidden: NOT_ALLOWED,
  run: async (input, staff): Promise<EditFormResult> => {
    const result = await addSubmissionNote(input, staff, clientKeyFrom(await headers()));
    if (!result.ok && result.code === "invalid-text")
      return {
        ok: false,
        code: result.code,
        message: "The note was not saved.",
        fieldErrors: { body: [result.message] },
      };
    if (!result.ok) return editFailure(result);
    const note = { id: result.noteId, authorName: staff.name, body: input.body, createdAt: result.createdAt };
    return {
      ok: true,
      message: "Note added.",
      change: { rowVersion: result.rowVersion, note: noteView(note, await getClinicTimeZone()) },
    };
  },
});
