"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import * as z from "zod";
import { createDraftFrom } from "@/lib/db/question-sets/create-draft";
import { importDraft } from "@/lib/db/question-sets/import-draft";
import { MAX_CHANGE_NOTE_LENGTH, publishVersion, type PublishResult } from "@/lib/db/question-sets/publish-version";
import { retireVersion } from "@/lib/db/question-sets/retire-version";
import { saveDraftDefinition } from "@/lib/db/question-sets/save-draft-definition";
import type { DefinitionProblem } from "@/lib/domain/question-set";
import type { ActionFailure, ActionResult } from "../action-result";
import { defineAction, defineFormAction, defineNavigatingAction } from "../define-action";

const id = z.string().min(1).max(64);

// Every action checks the caller itself (the wrapper does it): a server action is a public POST endpoint, whatever
// the page showed.

const toSignIn = (): never => redirect("/signin?callbackUrl=/admin");

export const createDraftAction = defineNavigatingAction({
  name: "createDraft",
  access: "question-set:edit",
  parse: (formData) => z.object({ sourceVersionId: id }).safeParse(Object.fromEntries(formData)),
  invalid: () => redirect("/admin?error=bad-request"),
  forbidden: toSignIn,
  run: async ({ sourceVersionId }, admin) => {
    const result = await createDraftFrom(sourceVersionId, admin);
    revalidatePath("/admin");
    if (result.ok) redirect(`/admin/versions/${result.versionId}`);
    if (result.code === "draft-exists" && result.draftId)
      redirect(`/admin/versions/${result.draftId}?status=draft-exists`);
    redirect("/admin?error=not-found");
  },
});

// ── The structural editor (components/admin/editor) calls these from the browser and reads their results. ──

const saveDraftInput = z.object({
  versionId: id,
  rowVersion: z.number().int().min(0),
  // The shape is checked by the operation (draft-shape.ts); here only that it is a JSON object.
  definition: z.record(z.string(), z.unknown()),
});

export const saveDraftDefinitionAction = defineAction({
  name: "saveDraftDefinition",
  access: "question-set:edit",
  parse: (input: unknown) => saveDraftInput.safeParse(input),
  invalid: "That save could not be read.",
  forbidden: "Your session has ended or you may not edit. Sign in again.",
  // No revalidatePath: /admin is rendered per request, and revalidating would make every autosave
  // re-render and re-send the whole editor page.
  run: (input, admin) => saveDraftDefinition(input.versionId, input.rowVersion, input.definition, admin),
});

const publishInput = z.object({
  versionId: id,
  changeNote: z.string().max(MAX_CHANGE_NOTE_LENGTH).optional(),
  confirmNoRedFlagRules: z.boolean().optional(),
});

/** What publishing answers: on a refusal for problems, the problems, for the editor to place beside their items. */
export type PublishAnswer = ActionResult<object, { problems?: DefinitionProblem[] }>;

const PUBLISH_FORBIDDEN = "Your session has ended or you may not publish. Sign in again; nothing was published.";
const NOT_PUBLISHED = "This version could not be published. Reload the page to see its current state.";

function publishRefusal(
  result: Exclude<PublishResult, { ok: true }>,
): ActionFailure<{ problems?: DefinitionProblem[] }> {
  switch (result.code) {
    case "invalid":
      return {
        ok: false,
        code: result.code,
        message: `This draft cannot be published yet: ${result.problems.length} problem(s), listed below.`,
        problems: result.problems,
      };
    case "no-red-flag-rules-unconfirmed":
      return {
        ok: false,
        code: result.code,
        message: "This version has no red-flag rules: confirm that this is intended to publish it.",
      };
    case "forbidden":
      return { ok: false, code: result.code, message: PUBLISH_FORBIDDEN };
    default:
      return { ok: false, code: result.code, message: NOT_PUBLISHED };
  }
}

export const publishDraftAction = defineAction({
  name: "publishDraft",
  access: "question-set:publish",
  parse: (input: unknown) => publishInput.safeParse(input),
  invalid: NOT_PUBLISHED,
  forbidden: PUBLISH_FORBIDDEN,
  run: async ({ versionId, ...options }, admin): Promise<PublishAnswer> => {
    const result = await publishVersion(versionId, admin, options);
    if (!result.ok) return publishRefusal(result);
    revalidatePath("/intake");
    return { ok: true };
  },
});

export const retireVersionAction = defineNavigatingAction({
  name: "retireVersion",
  access: "question-set:publish",
  parse: (formData) => z.object({ versionId: id }).safeParse({ versionId: formData.get("versionId") }),
  invalid: () => redirect("/admin?error=bad-request"),
  forbidden: toSignIn,
  run: async ({ versionId }, admin) => {
    const result = await retireVersion(versionId, admin);
    revalidatePath("/admin");
    revalidatePath("/intake");
    redirect(
      result.ok ? (result.discarded ? "/admin?status=discarded" : "/admin?status=retired") : "/admin?error=not-found",
    );
  },
});

const importInput = z.object({
  questionSetId: id,
  file: z.instanceof(File).refine((file) => file.size > 0),
});

export const importDraftAction = defineFormAction({
  name: "importDraft",
  access: "question-set:edit",
  // Its size was limited before the action ran: proxy.ts refuses an admin page's body above SERVER_ACTION_BODY_LIMIT.
  parse: (formData) =>
    importInput.safeParse({ questionSetId: formData.get("questionSetId"), file: formData.get("file") }),
  invalid: "Choose a JSON file to import.",
  forbidden: "Your session has ended or you may not import. Sign in again.",
  run: async ({ questionSetId, file }, admin) => {
    let document: unknown;
    try {
      document = JSON.parse(await file.text());
    } catch {
      return { ok: false, code: "bad-request", message: "The file is not valid JSON. Nothing was imported." } as const;
    }
    const result = await importDraft(questionSetId, document, admin);
    if (result.ok) revalidatePath("/admin");
    return result;
  },
});
