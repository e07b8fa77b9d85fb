"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import * as z from "zod";
import { authorize } from "@/lib/auth/guards";
import type { WordingChange } from "@/lib/domain/question-set/edit-wording";
import { createDraftFrom } from "@/lib/db/question-sets/create-draft";
import { publishVersion } from "@/lib/db/question-sets/publish-version";
import { updateDraftWording } from "@/lib/db/question-sets/update-draft-wording";

const id = z.string().min(1).max(64);
const wording = z.string().trim().min(1).max(1000);

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

export async function saveDraftWordingAction(formData: FormData) {
  const input = z.object({ versionId: id, rowVersion: z.coerce.number().int().min(0) }).safeParse({
    versionId: formData.get("versionId"),
    rowVersion: formData.get("rowVersion"),
  });
  if (!input.success) redirect("/admin?error=bad-request");
  const changes = wordingChangesFrom(formData);
  if (!changes) redirect(`/admin/versions/${input.data.versionId}?status=invalid`);
  const admin = await authorize("question-set:edit");
  if (!admin) redirect("/signin?callbackUrl=/admin");
  const result = await updateDraftWording(input.data.versionId, input.data.rowVersion, changes, admin);
  revalidatePath("/admin");
  redirect(`/admin/versions/${input.data.versionId}?status=${result.ok ? "saved" : result.code}`);
}

export async function publishVersionAction(formData: FormData) {
  const input = z.object({ versionId: id }).safeParse({ versionId: formData.get("versionId") });
  if (!input.success) redirect("/admin?error=bad-request");
  const admin = await authorize("question-set:publish");
  if (!admin) redirect("/signin?callbackUrl=/admin");
  const result = await publishVersion(input.data.versionId, admin);
  revalidatePath("/admin");
  revalidatePath("/intake");
  if (!result.ok) redirect(`/admin/versions/${input.data.versionId}?status=${result.code}`);
  redirect("/admin?status=published");
}

/** `text:<itemId>` and `option:<itemId>:<value>` fields → changes; null when any wording is empty or too long. */
function wordingChangesFrom(formData: FormData): WordingChange[] | null {
  const byItem = new Map<string, WordingChange>();
  const change = (itemId: string) => byItem.get(itemId) ?? byItem.set(itemId, { itemId }).get(itemId)!;
  for (const [key, value] of formData.entries()) {
    const parts = key.split(":");
    if (parts[0] !== "text" && parts[0] !== "option") continue;
    const parsed = wording.safeParse(value);
    if (!parsed.success) return null;
    if (parts[0] === "text" && parts.length === 2) change(parts[1]!).text = parsed.data;
    if (parts[0] === "option" && parts.length === 3) {
      const c = change(parts[1]!);
      (c.options ??= []).push({ value: parts[2]!, label: parsed.data });
    }
  }
  return [...byItem.values()];
}
