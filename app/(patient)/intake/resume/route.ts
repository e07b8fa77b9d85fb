import type { NextRequest } from "next/server";
import { seeOther } from "@/lib/http/see-other";
import { loadDraft } from "@/lib/db/drafts/load-draft";
import { setDraftCookie } from "@/lib/http/patient-cookies";

/** Opens a resume link: the token moves into the HttpOnly cookie and out of the address bar. */
export async function GET(request: NextRequest) {
  const token = request.nextUrl.searchParams.get("token") ?? undefined;
  const draft = await loadDraft(token);
  if (!draft || !token) return seeOther("/intake?resume=invalid");
  await setDraftCookie(token, draft.expiresAt);
  return seeOther("/intake");
}
