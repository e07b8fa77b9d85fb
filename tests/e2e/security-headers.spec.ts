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
