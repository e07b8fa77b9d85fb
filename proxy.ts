import { NextResponse, type NextRequest } from "next/server";
import { dashboardAddressProblems } from "@/lib/domain/queue/dashboard-address";
import { env } from "@/lib/env";
import { refuseActionBody } from "@/lib/http/action-body-guard";
import { securityHeaders } from "@/lib/http/security-headers";
import { PATIENT_PAGE_HEADER } from "@/lib/i18n/language-cookie";

// Signed-out visitors to staff pages are only redirected here; pages and actions authorize for real.
const SESSION_COOKIES = ["next-auth.session-token", "__Secure-next-auth.session-token"];
const STAFF_PATHS = /^\/(dashboard|admin)(\/|$)/;
const PATIENT_PATHS = /^\/intake(\/|$)/;

export async function proxy(request: NextRequest) {
  const nonce = btoa(crypto.randomUUID());
  // HSTS whenever the portal's public address is https, not only when a proxy header says so.
  const https =
    request.nextUrl.protocol === "https:" ||
    request.headers.get("x-forwarded-proto") === "https" ||
    (env.NEXTAUTH_URL ?? "").startsWith("https:");
  const headers = securityHeaders(nonce, { https, dev: env.NODE_ENV === "development" });

  let response: Response;
  const { pathname, searchParams } = request.nextUrl;
  const refusedBody = await refuseActionBody(request, pathname);
  const problems =
    request.method === "GET" || request.method === "HEAD" ? dashboardAddressProblems(pathname, searchParams) : null;
  if (refusedBody) {
    response = refusedBody;
  } else if (STAFF_PATHS.test(pathname) && !SESSION_COOKIES.some((name) => request.cookies.has(name))) {
    const url = new URL("/signin", request.url);
    url.searchParams.set("callbackUrl", pathname);
    response = NextResponse.redirect(url);
  } else if (problems) {
    // A page cannot set its own status code: the same parser the page uses answers 400 here, before rendering.
    response = new NextResponse(invalidAddressPage(pathname, problems), {
      status: 400,
      headers: { "Content-Type": "text/html; charset=utf-8", "Cache-Control": "no-store" },
    });
  } else {
    // Next.js reads the nonce from the request's CSP header and puts it on its own scripts.
    const requestHeaders = new Headers(request.headers);
    requestHeaders.set("x-nonce", nonce);
    requestHeaders.set("Content-Security-Policy", headers["Content-Security-Policy"]!);
    // Only the proxy says a page is a patient page (its <html lang> follows the patient's language).
    requestHeaders.delete(PATIENT_PAGE_HEADER);
    if (PATIENT_PATHS.test(pathname)) requestHeaders.set(PATIENT_PAGE_HEADER, "1");
    response = NextResponse.next({ request: { headers: requestHeaders } });
  }
  for (const [name, value] of Object.entries(headers)) response.headers.set(name, value);
  return response;
}

const escapeHtml = (text: string) =>
  text.replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]!);

/** The same words the pages use for a refused address, without the app around them (nothing was rendered). */
function invalidAddressPage(pathname: string, problems: string[]): string {
  const queue = pathname.replace(/\/+$/, "") === "/dashboard";
  const title = queue ? "This queue address is not valid (400)" : "This address is not valid (400)";
  const home = queue ? "/dashboard" : "/dashboard/stats";
  const items = problems.map((p) => `<li>${escapeHtml(p)}</li>`).join("");
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${title}</title></head><body><main><h1>${title}</h1><p>The address has a parameter the page does not know or a value it cannot use, so nothing is shown:</p><ul>${items}</ul><p><a href="${home}">${queue ? "Show the whole queue" : "Show the last 30 days"}</a></p></main></body></html>`;
}

// API routes are left out: they check their callers themselves and get fixed headers from next.config.ts.
export const config = {
  matcher: [{ source: "/((?!api/|_next/static|_next/image|favicon.ico).*)" }],
};
