"use server";

import { redirect } from "next/navigation";
import { rotateDraftToken } from "@/lib/db/drafts/rotate-draft-token";
import { setDraftCookie } from "@/lib/http/patient-cookies";

/**
 * Public on purpose: the resume link is the patient's only credential. A POST, so the framework's origin check
 * applies and a link alone never takes over a browser. The link's token dies here; this browser gets a new one.
 */
export async function resumeDraftAction(formData: FormData): Promise<void> {
  const token = formData.get("token");
  const rotated = await rotateDraftToken(typeof token === "string" ? token : undefined);
  if (!rotated) redirect("/intake?resume=invalid");
  await setDraftCookie(rotated.token, rotated.expiresAt);
  redirect("/intake");
}
