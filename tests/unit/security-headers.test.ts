import { describe, expect, it } from "vitest";
import { contentSecurityPolicy, securityHeaders } from "../../lib/http/security-headers";

const directive = (csp: string, name: string) => csp.split("; ").find((d) => d.startsWith(`${name} `)) ?? "";

describe("security headers on every response", () => {
  it("lets only scripts carrying this request's nonce run, never inline scripts without it", () => {
    const csp = contentSecurityPolicy("abc123");
    expect(directive(csp, "script-src")).toContain("'nonce-abc123'");
    expect(directive(csp, "script-src")).not.toContain("unsafe-inline");
    expect(directive(csp, "script-src")).not.toContain("unsafe-eval");
  });

  it("forbids framing the portal and sniffing content types", () => {
    const headers = securityHeaders("n");
    expect(directive(headers["Content-Security-Policy"]!, "frame-ancestors")).toBe("frame-ancestors 'none'");
    expect(headers["X-Content-Type-Options"]).toBe("nosniff");
    expect(headers["Referrer-Policy"]).toBe("strict-origin-when-cross-origin");
  });

  it("asks browsers to insist on HTTPS only when served over HTTPS", () => {
    expect(securityHeaders("n", { https: true })["Strict-Transport-Security"]).toMatch(/max-age=\d+/);
    expect(securityHeaders("n", { https: false })["Strict-Transport-Security"]).toBeUndefined();
  });
});
