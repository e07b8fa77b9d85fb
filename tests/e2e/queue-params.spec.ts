// "Sort and filter parameters are allow-listed; anything else is a 400": a real status code, not a page saying so.
import { expect, signIn, test } from "./fixtures";

test("the queue and stats pages answer 400 to a parameter or value they do not know, and 200 to the ones they do", async ({
  request,
  createStaff,
}) => {
  await signIn(request, await createStaff("CLINICIAN"));
  const status = async (url: string) => (await request.get(url, { maxRedirects: 0 })).status();

  for (const url of [
    "/dashboard?status=BOGUS",
    "/dashboard?sort=name",
    "/dashboard?level=EMERGENT&level=URGENT",
    "/dashboard?from=2026-13-01",
    "/dashboard?from=2026-11-20&to=2026-11-01",
    "/dashboard?cursor=not-a-cursor",
    "/dashboard?denied=yes",
    "/dashboard/stats?days=14",
    "/dashboard/stats?period=week",
  ])
    expect(await status(url), url).toBe(400);

  for (const url of [
    "/dashboard",
    "/dashboard?status=CLOSED&level=EMERGENT&assigned=me&from=2026-01-01&to=2026-12-31&q=smith",
    // The permission guard's own notice when it sends someone back to the queue.
    "/dashboard?denied=1",
    "/dashboard/stats",
    "/dashboard/stats?days=7",
  ])
    expect(await status(url), url).toBe(200);
});

test("the 400 page says what was wrong, escapes what the address said and keeps the security headers", async ({
  request,
  createStaff,
}) => {
  await signIn(request, await createStaff("CLINICIAN"));
  const response = await request.get("/dashboard?%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E=1&status=DONE");
  expect(response.status()).toBe(400);
  expect(response.headers()["content-type"]).toMatch(/^text\/html/);
  expect(response.headers()["content-security-policy"]).toContain("frame-ancestors 'none'");
  const body = await response.text();
  expect(body).toContain("This queue address is not valid (400)");
  expect(body).toContain("Unknown filter: &lt;img src=x onerror=alert(1)&gt;");
  expect(body).not.toContain("<img");
  expect(body).toContain('<a href="/dashboard">Show the whole queue</a>');
});

test("a signed-out visitor with a bad queue address is still sent to sign in", async ({ request }) => {
  const response = await request.get("/dashboard?status=BOGUS", { maxRedirects: 0 });
  expect(response.status()).toBe(307);
  expect(response.headers()["location"]).toContain("/signin");
});
