import { NextResponse, type NextRequest } from "next/server";
import { loadDraft } from "@/lib/db/drafts/load-draft";
import { setDraftCookie } from "@/lib/http/patient-cookies";

/** Opens a resume link: the token moves into the HttpOnly cookie and out of the address bar. */
export async function GET(request: NextRequest) {
  const token = request.nextUrl.searchParams.get("token") ?? undefined;
  const draft = await loadDraft(token);
  if (!draft || !token) return NextResponse.redirect(new URL("/intake?resume=invalid", request.url), 303);
  await setDraftCookie(token, draft.expiresAt);
  return NextResponse.redirect(new URL("/intake", request.url), 303);
}
