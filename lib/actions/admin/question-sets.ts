"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import * as z from "zod";
import { authorize } from "@/lib/auth/guards";
import { createDraftFrom } from "@/lib/db/question-sets/create-draft";
import { importDraft, type ImportDraftResult } from "@/lib/db/question-sets/import-draft";
import { MAX_CHANGE_NOTE_LENGTH, publishVersion, type PublishResult } from "@/lib/db/question-sets/publish-version";
import { retireVersion } from "@/lib/db/question-sets/retire-version";
import { saveDraftDefinition, type SaveDraftResult } from "@/lib/db/question-sets/save-draft-definition";

const id = z.string().min(1).max(64);

// Every action checks the caller itself: a server action is a public POST endpoint, whatever the page showed.

export async function createDraftAction(formData: FormData) {
  const input = z.object({ sourceVersionId: id }).safeParse(Object.fromEntries(formData));
  if (!input.success) redirect("/admin?error=bad-request");
  const admin = await authorize("question-set:edit");
  if (!admin) redirect("/signin?callbackUrl=/admin");
  const result = await createDraftFrom(input.data.sourceVersionId, admin);
  revalidatePath("/admin");
  if (result.ok) redirect(`/admin/versions/${result.versionId}`);
  if (result.code === "draft-exists" && result.draftId)
    redirect(`/admin/versions/${result.draftId}?status=draft-exists`);
  redirect("/admin?error=not-found");
}

// ── The structural editor (components/admin/editor) calls these from the browser and reads their results. ──

const saveDraftInput = z.object({
  versionId: id,
  rowVersion: z.number().int().min(0),
  // The shape is checked by the operation (draft-shape.ts); here only that it is a JSON object.
  definition: z.record(z.string(), z.unknown()),
});

export type SaveDraftActionResult = SaveDraftResult | { ok: false; code: "forbidden" | "bad-request"; message: string };

export async function saveDraftDefinitionAction(input: unknown): Promise<SaveDraftActionResult> {
  const parsed = saveDraftInput.safeParse(input);
  if (!parsed.success) return { ok: false, code: "bad-request", message: "That save could not be read." };
  const admin = await authorize("question-set:edit");
  if (!admin)
    return { ok: false, code: "forbidden", message: "Your session has ended or you may not edit. Sign in again." };
  // No revalidatePath: /admin is rendered per request, and revalidating would make every autosave
  // re-render and re-send the whole editor page.
  return saveDraftDefinition(parsed.data.versionId, parsed.data.rowVersion, parsed.data.definition, admin);
}

export type PublishActionResult = PublishResult | { ok: false; code: "forbidden" | "bad-request" };

const publishInput = z.object({
  versionId: id,
  changeNote: z.string().max(MAX_CHANGE_NOTE_LENGTH).optional(),
  confirmNoRedFlagRules: z.boolean().optional(),
});

export async function publishDraftAction(input: unknown): Promise<PublishActionResult> {
  const parsed = publishInput.safeParse(input);
  if (!parsed.success) return { ok: false, code: "bad-request" };
  const admin = await authorize("question-set:publish");
  if (!admin) return { ok: false, code: "forbidden" };
  const { versionId, ...options } = parsed.data;
  const result = await publishVersion(versionId, admin, options);
  if (result.ok) revalidatePath("/intake");
  return result;
}

export async function retireVersionAction(formData: FormData) {
  const input = z.object({ versionId: id }).safeParse({ versionId: formData.get("versionId") });
  if (!input.success) redirect("/admin?error=bad-request");
  const admin = await authorize("question-set:publish");
  if (!admin) redirect("/signin?callbackUrl=/admin");
  const result = await retireVersion(input.data.versionId, admin);
  revalidatePath("/admin");
  revalidatePath("/intake");
  redirect(
    result.ok ? (result.discarded ? "/admin?status=discarded" : "/admin?status=retired") : "/admin?error=not-found",
  );
}

export type ImportActionState =
  ImportDraftResult | { ok: false; code: "bad-request" | "forbidden"; message: string } | null;

export async function importDraftAction(_previous: ImportActionState, formData: FormData): Promise<ImportActionState> {
  const questionSetId = id.safeParse(formData.get("questionSetId"));
  const file = formData.get("file");
  if (!questionSetId.success || !(file instanceof File) || file.size === 0) {
    return { ok: false, code: "bad-request", message: "Choose a JSON file to import." };
  }
  // Its size was limited before the action ran: proxy.ts refuses an admin page's body above SERVER_ACTION_BODY_LIMIT.
  let document: unknown;
  try {
    document = JSON.parse(await file.text());
  } catch {
    return { ok: false, code: "bad-request", message: "The file is not valid JSON. Nothing was imported." };
  }
  const admin = await authorize("question-set:edit");
  if (!admin)
    return { ok: false, code: "forbidden", message: "Your session has ended or you may not import. Sign in again." };
  const result = await importDraft(questionSetId.data, document, admin);
  if (result.ok) revalidatePath("/admin");
  return result;
}
