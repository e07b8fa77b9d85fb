import type { Page } from "@playwright/test";
import { expect, test, signIn } from "./fixtures";
import { EMERGENT, submitIntakeViaApi, uniqueName } from "./dashboard";

/** The element's box lies wholly inside the first screen, without scrolling. */
async function expectInFirstViewport(page: Page, locator: ReturnType<Page["locator"]>, what: string) {
  const box = await locator.boundingBox();
  const viewport = page.viewportSize()!;
  expect(box, `${what} is rendered`).not.toBeNull();
  expect(box!.y, `${what} starts on the first screen`).toBeGreaterThanOrEqual(0);
  expect(box!.y + box!.height, `${what} ends on the first screen`).toBeLessThanOrEqual(viewport.height);
  expect(box!.x + box!.width, `${what} fits the width`).toBeLessThanOrEqual(viewport.width);
}

for (const viewport of [
  { width: 1280, height: 800, name: "a desktop" },
  { width: 390, height: 844, name: "a phone" },
]) {
  test(`on ${viewport.name} an EMERGENT patient's phone, level and Acknowledge are on the first screen`, async ({
    page,
    db,
    createStaff,
  }) => {
    await page.setViewportSize({ width: viewport.width, height: viewport.height });
    const name = uniqueName("Hattie Header");
    const typed = "+44 (0)7700 900-123";
    const submission = await submitIntakeViaApi(page.request, db, {
      ...EMERGENT,
      full_name: name,
      phone: typed,
      email: "hattie@example.org",
      date_of_birth: "1961-03-04",
    });
    await signIn(page.request, await createStaff("CLINICIAN"));
    await page.goto(`/dashboard/submissions/${submission.id}`);

    const header = page.getByRole("region", { name });
    const phone = header.getByRole("link", { name: typed });
    await expect(phone).toHaveAttribute("href", "tel:+4407700900123");
    await expect(header.getByRole("link", { name: "hattie@example.org" })).toHaveAttribute(
      "href",
      "mailto:hattie@example.org",
    );
    await expect(header).toContainText("Born:1961-03-04");
    await expect(header).toContainText("not acknowledged");
    const level = header.getByText("EMERGENT", { exact: true });
    const acknowledge = page.getByRole("button", { name: "Acknowledge" });

    await expectInFirstViewport(page, phone, "the phone link");
    await expectInFirstViewport(page, level, "the triage level");
    await expectInFirstViewport(page, acknowledge, "the Acknowledge button");

    await acknowledge.click();
    await expect(header).toContainText(/acknowledged by .+ at \d{1,2} \w{3} \d{4}, \d\d:\d\d UTC/);
    await expect(acknowledge).toHaveCount(0);
  });
}

test("a call is logged from the header as a note that says it was a call", async ({ page, db, createStaff }) => {
  const submission = await submitIntakeViaApi(page.request, db, { ...EMERGENT, full_name: uniqueName("Cal Caller") });
  await signIn(page.request, await createStaff("CLINICIAN"));
  await page.goto(`/dashboard/submissions/${submission.id}`);
  await page.getByText("Log a call").click();
  await page.getByLabel("What was said (saved as a note)").fill("Advised to go to A&E now.");
  await page.getByRole("button", { name: "Save call note" }).click();
  await expect(page.getByRole("list", { name: "Notes, oldest first" })).toContainText(
    "Phone call: Advised to go to A&E now.",
  );
});
