// Staff security through the real browser: lockout on the sign-in form, enrolling an authenticator app and signing
// in with its code, and an old session cookie replayed after sign-out.
import { expect, test, signIn, unusedTotpCode } from "./fixtures";

const GENERIC = /did not match an active account/;

test("repeated wrong passwords lock the account; the form never says whether an email exists", async ({
  page,
  db,
  createStaff,
}) => {
  const clinician = await createStaff("CLINICIAN");
  await page.goto("/signin");
  // Next.js keeps an empty route-announcer alert on every page; ours is the one with words in it.
  const message = page.getByRole("alert").filter({ hasText: /\S/ });
  const attempt = async (email: string, password: string) => {
    await page.getByLabel("Email").fill(email);
    await page.getByLabel("Password").fill(password);
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page.getByRole("button", { name: "Sign in" })).toBeEnabled();
  };

  await attempt(`nobody-${clinician.id}@clinic.test`, "wrong password");
  await expect(message).toHaveText(GENERIC);
  const unknownMessage = await message.textContent();
  for (let i = 0; i < 5; i++) await attempt(clinician.email, "wrong password");
  await expect(message).toHaveText(GENERIC);
  expect(await message.textContent()).toBe(unknownMessage);

  // Locked: even the right password is refused, with the same words.
  await attempt(clinician.email, clinician.password);
  await expect(message).toHaveText(GENERIC);
  await expect(page).toHaveURL(/\/signin/);

  const { rows } = await db.query<{ locked: boolean }>(
    `SELECT "lockedUntil" > now() AS locked FROM "User" WHERE id = $1`,
    [clinician.id],
  );
  expect(rows[0]?.locked).toBe(true);
  const audit = await db.query(`SELECT 1 FROM "AuditEvent" WHERE action = 'auth.account-locked' AND "entityId" = $1`, [
    clinician.id,
  ]);
  expect(audit.rowCount).toBe(1);
});

test("an admin enrols an authenticator app, then signs in with its code", async ({ page, createStaff }) => {
  const admin = await createStaff("ADMIN", { totp: false });
  await page.goto("/signin?callbackUrl=%2Fadmin");
  await page.getByLabel("Email").fill(admin.email);
  await page.getByLabel("Password").fill(admin.password);
  await page.getByRole("button", { name: "Sign in" }).click();

  // Admins must have two-factor sign-in: the admin page sends them to enrol first.
  await expect(page).toHaveURL(/\/account\/two-factor\?callbackUrl=%2Fadmin/);
  await expect(page.getByRole("img", { name: /QR code/ })).toBeVisible();
  await page.getByText("Can't scan?").click();
  const secret = (await page.getByLabel("Setup key").textContent())!.trim();
  await page.getByLabel("Code from your app").fill(await unusedTotpCode(secret));
  await page.getByRole("button", { name: "Turn on two-factor sign-in" }).click();
  await expect(page.getByRole("list", { name: "Recovery codes" }).getByRole("listitem")).toHaveCount(10);
  await page.getByRole("link", { name: "Continue" }).click();
  await expect(page).toHaveURL(/\/admin$/);

  await page.context().clearCookies();
  await page.goto("/signin?callbackUrl=%2Fadmin");
  await page.getByLabel("Email").fill(admin.email);
  await page.getByLabel("Password").fill(admin.password);
  await page.getByRole("button", { name: "Sign in" }).click();
  // The code that confirmed enrolment is spent (a code works once): this waits for the app's next one.
  await page.getByLabel("Authenticator code").fill(await unusedTotpCode(secret));
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL(/\/admin$/);
});

test("an old session cookie replayed after sign-out is refused", async ({ page, db, createStaff }) => {
  const clinician = await createStaff("CLINICIAN");
  await signIn(page.request, clinician);
  await page.goto("/dashboard");
  await expect(page).toHaveURL(/\/dashboard/);
  const oldCookies = await page.context().cookies();

  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page).toHaveURL(/\/signin/);

  await page.context().addCookies(oldCookies);
  await page.goto("/dashboard");
  await expect(page).toHaveURL(/\/signin\?callbackUrl=%2Fdashboard/);
  const audit = await db.query(
    `SELECT details->>'reason' AS reason FROM "AuditEvent" WHERE action = 'auth.session-refused' AND "entityId" = $1`,
    [clinician.id],
  );
  expect(audit.rows).toContainEqual({ reason: "revoked" });
});
