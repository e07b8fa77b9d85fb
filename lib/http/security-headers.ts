// Shared by pages and API responses.
const NO_SNIFFING_OR_FRAMING = {
  "X-Content-Type-Options": "nosniff",
  "Referrer-Policy": "strict-origin-when-cross-origin",
  "X-Frame-Options": "DENY",
};

// Security headers for every response. Scripts run only with this request's nonce (no 'unsafe-inline' scripts);
// styles may be inline because React renders style attributes, which cannot carry a nonce.
export function contentSecurityPolicy(nonce: string, { dev = false } = {}): string {
  return [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${dev ? " 'unsafe-eval'" : ""}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' blob: data:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join("; ");
}

export function securityHeaders(nonce: string, { https = false, dev = false } = {}): Record<string, string> {
  return {
    "Content-Security-Policy": contentSecurityPolicy(nonce, { dev }),
    ...NO_SNIFFING_OR_FRAMING,
    "Permissions-Policy": "camera=(), microphone=(), geolocation=()",
    ...(https ? HSTS_HEADER : {}),
  };
}

// API routes (JSON, CSV, FHIR and NextAuth's own fallback pages) are not app pages: they carry no scripts, so one
// fixed, strict policy fits them all, set from next.config.ts rather than by the proxy: the proxy's per-request
// nonce is for pages, and skipping it keeps the public submission API as cheap as the framework allows.
export const API_SECURITY_HEADERS: Record<string, string> = {
  "Content-Security-Policy":
    "default-src 'none'; style-src 'unsafe-inline'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'",
  ...NO_SNIFFING_OR_FRAMING,
};

export const HSTS_HEADER = { "Strict-Transport-Security": "max-age=63072000; includeSubDomains" };
