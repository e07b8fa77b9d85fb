import { expect, test } from "./fixtures";

test("every page is served with a nonce-based CSP, and the portal runs without violating it", async ({ page }) => {
  const violations: string[] = [];
  page.on("console", (message) => {
    if (/Content Security Policy/i.test(message.text())) violations.push(message.text());
  });
  for (const path of ["/", "/intake", "/signin"]) {
    const response = await page.goto(path);
    const headers = response!.headers();
    expect(headers["content-security-policy"], path).toMatch(/script-src 'self' 'nonce-[^']+' 'strict-dynamic'/);
    expect(headers["content-security-policy"], path).toContain("frame-ancestors 'none'");
    expect(headers["x-content-type-options"], path).toBe("nosniff");
    expect(headers["referrer-policy"], path).toBe("strict-origin-when-cross-origin");
  }
  // Next.js's own scripts carry the nonce, so the browser runs them (a blocked one logs a violation).
  await page.goto("/intake");
  expect(await page.locator("script[nonce]").count()).toBeGreaterThan(0);
  expect(violations).toEqual([]);
});

test("API answers carry a strict fixed policy: no scripts, no framing, no content sniffing", async ({ request }) => {
  const responses = {
    health: await request.get("/api/health"),
    "refused submission": await request.post("/api/v1/submissions", { data: { answers: {} } }),
    "signed-out export": await request.get("/api/dashboard/queue-csv"),
  };
  for (const [name, response] of Object.entries(responses)) {
    const headers = response.headers();
    expect(headers["content-security-policy"], name).toContain("default-src 'none'");
    expect(headers["content-security-policy"], name).toContain("frame-ancestors 'none'");
    expect(headers["content-security-policy"], name).not.toContain("script-src");
    expect(headers["x-content-type-options"], name).toBe("nosniff");
    expect(headers["x-frame-options"], name).toBe("DENY");
  }
  expect(responses["refused submission"].status()).toBe(400);
  // Behind a TLS-terminating proxy, browsers are told to insist on HTTPS.
  const https = await request.get("/api/health", { headers: { "x-forwarded-proto": "https" } });
  expect(https.headers()["strict-transport-security"]).toMatch(/max-age=\d+/);
  expect(responses.health.headers()["strict-transport-security"]).toBeUndefined();
});
