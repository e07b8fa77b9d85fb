"use server";

import { redirect } from "next/navigation";
import { deleteDraft } from "@/lib/db/drafts/delete-draft";
import { clearPatientCookies, readDraftCookie } from "@/lib/http/patient-cookies";

/**
 * Public on purpose: it only forgets this browser's own draft and receipt. A POST, so the framework's origin check
 * stops another site from wiping a patient's unfinished answers with a link or an image.
 */
export async function startNewIntakeAction(): Promise<void> {
  await deleteDraft(await readDraftCookie());
  await clearPatientCookies();
  redirect("/intake");
}
