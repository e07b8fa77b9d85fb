import crypto from "node:crypto";
import { expect, test, signIn, type StaffAccount } from "./fixtures";
import defaultSet from "../../prisma/default-question-set.json";

test("signed-out visitors are sent to sign in from the dashboard and the admin pages", async ({ page }) => {
  await page.goto("/dashboard");
  await expect(page).toHaveURL(/\/signin\?callbackUrl=%2Fdashboard/);
  await expect(page.getByRole("heading", { name: "Staff sign in" })).toBeVisible();
  await page.goto("/admin");
  await expect(page).toHaveURL(/\/signin\?callbackUrl=%2Fadmin/);
});

test("a clinician is not shown the admin pages", async ({ page, createStaff }) => {
  await signIn(page.request, await createStaff("CLINICIAN"));
  await page.goto("/admin");
  await expect(page).toHaveURL(/\/dashboard/);
  await expect(page.getByRole("link", { name: "Question sets" })).toHaveCount(0);
});

test("a publish request changes nothing unless the caller is an admin, even from a page an admin opened", async ({
  page,
  db,
  createStaff,
}) => {
  // A question set of its own, so this test cannot disturb the default set other specs use.
  const setId = `e2e-set-${crypto.randomBytes(6).toString("hex")}`;
  const draftId = `e2e-draft-${crypto.randomBytes(6).toString("hex")}`;
  await db.query(`INSERT INTO "QuestionSet" (id, key, title, "updatedAt") VALUES ($1, $1, 'Access test set', now())`, [
    setId,
  ]);
  await db.query(
    `INSERT INTO "QuestionSetVersion" (id, "questionSetId", version, status, definition, "updatedAt") VALUES ($1, $2, 1, 'DRAFT', $3, now())`,
    [draftId, setId, JSON.stringify({ ...defaultSet, key: setId })],
  );
  const status = async () =>
    (await db.query<{ status: string }>(`SELECT status FROM "QuestionSetVersion" WHERE id = $1`, [draftId])).rows[0]!
      .status;
  const admin = await createStaff("ADMIN");
  const clinician = await createStaff("CLINICIAN");

  /** An admin opens the draft; then the cookies are swapped for `caller`'s and the publish action is sent. */
  const publishAs = async (caller: StaffAccount | null) => {
    await signIn(page.request, admin);
    await page.goto(`/admin/versions/${draftId}`);
    await page.context().clearCookies();
    if (caller) await signIn(page.request, caller);
    const actionResponse = page.waitForResponse(
      (r) => r.request().method() === "POST" && !!r.request().headers()["next-action"],
    );
    await page.getByRole("button", { name: "Review and publish version 1" }).click();
    await page.getByRole("dialog").getByRole("button", { name: "Publish version 1 now" }).click();
    await actionResponse;
  };

  await publishAs(null);
  expect(await status()).toBe("DRAFT");
  await publishAs(clinician);
  expect(await status()).toBe("DRAFT");
  // The same request with an admin's cookie does publish: the refusals were about the caller, not the request.
  await publishAs(admin);
  await expect.poll(status).toBe("PUBLISHED");

  const audit = await db.query(
    `SELECT "actorId" FROM "AuditEvent" WHERE action = 'question-set.published' AND "entityId" = $1`,
    [draftId],
  );
  expect(audit.rows).toEqual([{ actorId: admin.id }]);
});
