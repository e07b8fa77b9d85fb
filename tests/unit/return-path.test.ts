import { describe, expect, it } from "vitest";
import { sameOriginPath } from "../../lib/http/return-path";

describe("where staff go after signing in or enrolling two-factor", () => {
  it.each([
    "/dashboard",
    "/dashboard?level=EMERGENT&page=2",
    "/admin/question-sets/abc#draft",
    "/dashboard/submissions/%2F%2Fcode",
  ])("keeps a path on the portal: %s", (path) => {
    expect(sameOriginPath(path)).toBe(path);
  });

  it.each([
    ["another host", "https://evil.example/"],
    ["a protocol-relative link", "//evil.example"],
    ["a backslash", "/\\evil.example"],
    ["two backslashes", "\\\\evil.example"],
    ["a tab", "/\t/evil.example"],
    ["an encoded tab, as it arrives decoded", decodeURIComponent("/%09/evil.example")],
    ["a newline", "/\n/evil.example"],
    ["a dot segment that normalises to two slashes", "/.//evil.example"],
    ["userinfo", "//user:pass@evil.example"],
    ["userinfo after a slash-backslash", "/\\user@evil.example"],
    ["an international domain", "//éxample.com"],
    ["a punycode domain", "//xn--xample-9ua.com"],
    ["javascript:", "javascript:alert(1)"],
    ["data:", "data:text/html,<script>alert(1)</script>"],
    ["an empty value", ""],
    ["a relative path", "dashboard"],
    ["nothing", undefined],
    ["an array of values", ["/dashboard", "//evil.example"]],
  ])("sends %s to the dashboard instead", (_, candidate) => {
    expect(sameOriginPath(candidate)).toBe("/dashboard");
  });

  it("keeps encoded slashes encoded, so they stay a path on the portal", () => {
    expect(sameOriginPath("/%2F%2Fevil.example")).toBe("/%2F%2Fevil.example");
    expect(sameOriginPath("/%5Cevil.example")).toBe("/%5Cevil.example");
  });
});
