import { expect, test, signIn } from "./fixtures";
import { EMERGENT, submitIntakeViaApi } from "./dashboard";

const PAYLOAD_NAME = `<img src=x onerror="window.__pwned=1"> Ivy`;
const PAYLOAD_NOTE = `javascript:window.__pwned=2 <svg onload="window.__pwned=3">`;

test("patient free text is shown as text on the queue, the submission and the print view, and fits a 360 px phone", async ({
  page,
  db,
  createStaff,
}) => {
  const submission = await submitIntakeViaApi(page.request, db, {
    ...EMERGENT,
    full_name: PAYLOAD_NAME,
    notes: PAYLOAD_NOTE,
  });
  await signIn(page.request, await createStaff("CLINICIAN"));
  await page.setViewportSize({ width: 360, height: 800 });
  const pwned = () => page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned);
  // A long unbroken word (here the payload) must wrap, not push the page sideways.
  const fitsWidth = () => page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth);

  await page.goto(`/dashboard?q=${submission.referenceCode}`);
  await expect(page.getByRole("table")).toContainText(PAYLOAD_NAME);
  expect(await fitsWidth()).toBe(true);

  await page.goto(`/dashboard/submissions/${submission.id}`);
  await expect(page.getByRole("heading", { level: 1 })).toContainText(PAYLOAD_NAME);
  await expect(page.getByRole("region", { name: "All answers" })).toContainText(PAYLOAD_NOTE);
  await expect(page.getByRole("region", { name: "Pain map" }).getByRole("img").first()).toBeVisible();
  expect(await fitsWidth()).toBe(true);

  await page.goto(`/dashboard/submissions/${submission.id}/print`);
  await expect(page.getByRole("heading", { level: 1 })).toContainText(PAYLOAD_NAME);
  expect(await page.locator("img[src=x], svg[onload]").count()).toBe(0);
  expect(await pwned()).toBeUndefined();
});
