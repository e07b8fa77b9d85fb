import AxeBuilder from "@axe-core/playwright";
import type { Page } from "@playwright/test";
import { expect, test, signIn } from "./fixtures";
import { EMERGENT, submitIntakeViaApi, uniqueName } from "./dashboard";

async function expectNoViolations(page: Page, where: string) {
  // @axe-core/playwright types its page with its own playwright-core version; the object is the same.
  const { violations } = await new AxeBuilder({ page } as unknown as ConstructorParameters<
    typeof AxeBuilder
  >[0]).analyze();
  expect(
    violations.map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`),
    `axe on ${where}`,
  ).toEqual([]);
}

test("axe finds nothing on the queue, a submission, its print view and the stats (clinician)", async ({
  page,
  db,
  createStaff,
}) => {
  // Six pages of axe on a shared 2-core machine.
  test.setTimeout(240_000);
  const submission = await submitIntakeViaApi(page.request, db, { ...EMERGENT, full_name: uniqueName("Axel Axe") });
  await signIn(page.request, await createStaff("CLINICIAN"));
  for (const path of [
    "/dashboard",
    "/dashboard?assigned=me",
    `/dashboard/submissions/${submission.id}`,
    `/dashboard/submissions/${submission.id}/print`,
    "/dashboard/stats",
    "/dashboard/stats?days=90",
  ]) {
    await page.goto(path);
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    await expectNoViolations(page, path);
  }
});

// Admin pages in small groups: axe takes up to a minute a page on a loaded 2-core machine.
const ADMIN_PAGE_GROUPS: [string, (versionId: string) => string[]][] = [
  ["the question sets and a version", (versionId) => ["/admin", `/admin/versions/${versionId}`]],
  ["the audit log", () => ["/admin/audit", "/admin/audit?action=submission.viewed"]],
  ["clinic settings, staff and alerts", () => ["/admin/settings", "/admin/staff", "/admin/alerts"]],
  // An admin has an authenticator app: the recovery-code view.
  ["two-factor sign-in (enrolled)", () => ["/account/two-factor"]],
];

for (const [name, paths] of ADMIN_PAGE_GROUPS) {
  test(`axe finds nothing on ${name} (admin)`, async ({ page, db, createStaff }) => {
    test.setTimeout(240_000);
    const version = await db.query<{ id: string }>(
      `SELECT id FROM "QuestionSetVersion" WHERE status = 'PUBLISHED' LIMIT 1`,
    );
    await signIn(page.request, await createStaff("ADMIN"));
    for (const path of paths(version.rows[0]!.id)) {
      await page.goto(path);
      await expect(page.getByRole("heading", { level: 1 }).first()).toBeVisible();
      await expectNoViolations(page, path);
    }
  });
}

test("axe finds nothing on two-factor enrolment, with its QR code (clinician without an app)", async ({
  page,
  createStaff,
}) => {
  test.setTimeout(120_000);
  await signIn(page.request, await createStaff("CLINICIAN", { totp: false }));
  await page.goto("/account/two-factor");
  await expect(page.getByRole("heading", { level: 1 }).first()).toBeVisible();
  await expectNoViolations(page, "/account/two-factor (enrolment)");
});
