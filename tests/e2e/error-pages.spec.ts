import AxeBuilder from "@axe-core/playwright";
import { expect, signIn, test } from "./fixtures";

test.use({ viewport: { width: 360, height: 740 } });

test("a patient who opens a mistyped link on a phone sees what to do, the emergency line first, and a way back", async ({
  page,
}) => {
  const response = await page.goto("/intake/no-such-step");
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { name: "We could not find that page", level: 1 })).toBeVisible();
  const emergency = page.getByText(/If you have a medical emergency, do not wait: call/);
  await expect(emergency).toBeInViewport({ ratio: 1 });
  // No clinic number is set in this suite's clinic: words, never an empty call link.
  await expect(emergency).toContainText("your local emergency number");
  await expect(page.locator('a[href="tel:"]')).toHaveCount(0);
  const { violations } = await new AxeBuilder({ page } as unknown as ConstructorParameters<
    typeof AxeBuilder
  >[0]).analyze();
  expect(violations.map((v) => v.id)).toEqual([]);
  await page.getByRole("link", { name: "Start or continue your back pain form" }).click();
  await expect(page).toHaveURL(/\/intake/);
});

test("a signed-in clinician following a link to a submission that does not exist gets the same plain page", async ({
  page,
  createStaff,
}) => {
  await signIn(page.request, await createStaff("CLINICIAN"));
  const response = await page.goto("/dashboard/submissions/not-a-real-id");
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { name: "We could not find that page", level: 1 })).toBeVisible();
  await page.getByRole("link", { name: "go to the triage queue" }).click();
  await expect(page).toHaveURL(/\/dashboard/);
});
