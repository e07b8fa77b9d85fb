import { NextResponse, type NextRequest } from "next/server";
import { securityHeaders } from "@/lib/http/security-headers";

// Signed-out visitors to staff pages are only redirected here; pages and actions authorize for real.
const SESSION_COOKIES = ["next-auth.session-token", "__Secure-next-auth.session-token"];
const STAFF_PATHS = /^\/(dashboard|admin)(\/|$)/;

export function proxy(request: NextRequest) {
  const nonce = btoa(crypto.randomUUID());
  const https = request.nextUrl.protocol === "https:" || request.headers.get("x-forwarded-proto") === "https";
  const headers = securityHeaders(nonce, { https, dev: process.env.NODE_ENV === "development" });

  let response: NextResponse;
  if (STAFF_PATHS.test(request.nextUrl.pathname) && !SESSION_COOKIES.some((name) => request.cookies.has(name))) {
    const url = new URL("/signin", request.url);
    url.searchParams.set("callbackUrl", request.nextUrl.pathname);
    response = NextResponse.redirect(url);
  } else {
    // Next.js reads the nonce from the request's CSP header and puts it on its own scripts.
    const requestHeaders = new Headers(request.headers);
    requestHeaders.set("x-nonce", nonce);
    requestHeaders.set("Content-Security-Policy", headers["Content-Security-Policy"]!);
    response = NextResponse.next({ request: { headers: requestHeaders } });
  }
  for (const [name, value] of Object.entries(headers)) response.headers.set(name, value);
  return response;
}

export const config = {
  matcher: [{ source: "/((?!_next/static|_next/image|favicon.ico).*)" }],
};
