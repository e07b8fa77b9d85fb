// Two-factor sign-in through the real browser: a freshly invited admin must enrol before any admin or dashboard page
// or request works; an admin resets a colleague's lost phone through a confirmation step; anyone makes new recovery
// codes for themselves.
import { expect, test, signIn, unusedTotpCode } from "./fixtures";

test("a freshly invited admin must enrol an authenticator app before any admin or dashboard page or request", async ({
  page,
  browser,
  createStaff,
}) => {
  await signIn(page.request, await createStaff("ADMIN"));
  await page.goto("/admin/staff");
  const email = `invited-admin-${Date.now()}@clinic.test`;
  await page.getByLabel("Email address to invite").fill(email);
  await page.getByLabel("Role").selectOption("ADMIN");
  await page.getByRole("button", { name: "Create invitation" }).click();
  const link = new URL((await page.getByLabel("Invitation link").textContent())!.trim());

  const invited = await browser.newPage();
  await invited.goto(link.pathname + link.search);
  await invited.getByLabel("Your name").fill("Ines Invited");
  const password = "harbour violet compass 19";
  await invited.getByLabel("New password").fill(password);
  await invited.getByLabel("The same password again").fill(password);
  await invited.getByRole("button", { name: "Set my password" }).click();
  await expect(invited.getByText("Your password is set")).toBeVisible();

  await invited.goto("/signin?callbackUrl=%2Fadmin");
  await invited.getByLabel("Email").fill(email);
  await invited.getByLabel("Password").fill(password);
  await invited.getByRole("button", { name: "Sign in" }).click();
  await expect(invited).toHaveURL(/\/account\/two-factor\?callbackUrl=%2Fadmin/);

  // Every staff page sends them back to enrolment…
  for (const path of ["/admin/staff", "/dashboard", "/admin/alerts"]) {
    await invited.goto(path);
    await expect(invited).toHaveURL(/\/account\/two-factor/);
  }
  // …and requests that skip the pages are refused by the server, with their session cookie in hand.
  const csv = await invited.request.get("/api/dashboard/queue-csv");
  expect(csv.status()).toBe(401);
  expect(await csv.text()).not.toContain("Reference");

  await invited.getByText("Can't scan?").click();
  const secret = (await invited.getByLabel("Setup key").textContent())!.trim();
  await invited.getByLabel("Code from your app").fill(await unusedTotpCode(secret));
  await invited.getByRole("button", { name: "Turn on two-factor sign-in" }).click();
  await expect(invited.getByRole("list", { name: "Recovery codes" }).getByRole("listitem")).toHaveCount(10);
  // Back to the page they last asked for.
  await invited.getByRole("link", { name: "Continue" }).click();
  await expect(invited).toHaveURL(/\/admin\/alerts$/);
  await invited.goto("/admin/staff");
  await expect(invited.getByRole("heading", { name: "Staff", exact: true })).toBeVisible();
  expect((await invited.request.get("/api/dashboard/queue-csv")).status()).toBe(200);
  await invited.close();
});

test("an admin resets a colleague's two-factor after a confirmation step: their sessions end and they must enrol again", async ({
  page,
  browser,
  db,
  createStaff,
}) => {
  const clinician = await createStaff("CLINICIAN", { totp: true });
  const clinicianPage = await browser.newPage();
  await signIn(clinicianPage.request, clinician);
  await clinicianPage.goto("/dashboard");
  await expect(clinicianPage).toHaveURL(/\/dashboard/);

  const admin = await createStaff("ADMIN");
  await signIn(page.request, admin);
  await page.goto("/admin/staff");
  const row = page.getByRole("listitem").filter({ hasText: clinician.email });
  await expect(row).toContainText("two-factor on");
  // Not for one's own account: that is what the account page is for.
  const ownRow = page.getByRole("listitem").filter({ hasText: admin.email });
  await expect(ownRow.getByRole("link", { name: /Reset two-factor/ })).toHaveCount(0);

  // The first step only asks; cancelling changes nothing.
  await row.getByRole("link", { name: `Reset two-factor for ${clinician.name}` }).click();
  const confirmation = page.getByRole("region", { name: `Reset two-factor sign-in for ${clinician.name}` });
  await expect(confirmation).toContainText(clinician.email);
  await confirmation.getByRole("link", { name: "Cancel" }).click();
  await expect(confirmation).toHaveCount(0);
  await expect(row).toContainText("two-factor on");

  await row.getByRole("link", { name: `Reset two-factor for ${clinician.name}` }).click();
  await confirmation.getByRole("button", { name: `Yes, reset two-factor for ${clinician.name}` }).click();
  await expect(page.getByText("Two-factor sign-in reset. Their open sessions have ended")).toBeVisible();
  await expect(row).toContainText("two-factor off");

  // Their open session ended at once.
  await clinicianPage.goto("/dashboard");
  await expect(clinicianPage).toHaveURL(/\/signin/);
  // The old app's codes mean nothing now; the password signs in and they are sent to set up a new app first,
  // although this clinic does not require two-factor sign-in for clinicians.
  await clinicianPage.goto("/signin?callbackUrl=%2Fdashboard");
  await clinicianPage.getByLabel("Email").fill(clinician.email);
  await clinicianPage.getByLabel("Password").fill(clinician.password);
  await clinicianPage.getByRole("button", { name: "Sign in" }).click();
  await expect(clinicianPage).toHaveURL(/\/account\/two-factor\?callbackUrl=%2Fdashboard/);
  await expect(clinicianPage.getByRole("img", { name: /QR code/ })).toBeVisible();
  await clinicianPage.close();

  const audit = await db.query(
    `SELECT "actorId" FROM "AuditEvent" WHERE action = 'staff.two-factor-reset' AND "entityId" = $1`,
    [clinician.id],
  );
  expect(audit.rows).toEqual([{ actorId: admin.id }]);
});

test("a signed-in admin makes new recovery codes with a code from their app; the old ones stop working", async ({
  page,
  createStaff,
}) => {
  const admin = await createStaff("ADMIN");
  // Taken before signing in, so the sign-in spends a recovery code and this code is still unused for the form.
  const code = await unusedTotpCode(admin.totpSecret!);
  await signIn(page.request, admin);
  const oldCode = admin.recoveryCodes!.shift()!;
  await page.goto("/account/two-factor");
  await expect(page.getByText("You have 9 unused recovery codes.")).toBeVisible();

  await page.getByLabel("Code from your app").fill("000000");
  await page.getByRole("button", { name: "Make new recovery codes" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "That code did not match" })).toBeVisible();

  await page.getByLabel("Code from your app").fill(code);
  await page.getByRole("button", { name: "Make new recovery codes" }).click();
  await expect(page.getByText("New recovery codes made. Your old ones no longer work.")).toBeVisible();
  const codes = await page.getByRole("list", { name: "Recovery codes" }).getByRole("listitem").allTextContents();
  expect(codes).toHaveLength(10);

  // Signing in with an old recovery code fails; a new one works.
  const attempt = async (recovery: string) => {
    await page.context().clearCookies();
    await page.goto("/signin?callbackUrl=%2Fadmin");
    await page.getByLabel("Email").fill(admin.email);
    await page.getByLabel("Password").fill(admin.password);
    await page.getByRole("button", { name: "Sign in" }).click();
    await page.getByLabel("Authenticator code").fill(recovery);
    await page.getByRole("button", { name: "Sign in" }).click();
  };
  await attempt(oldCode);
  await expect(page.getByRole("alert").filter({ hasText: /did not match an active account/ })).toBeVisible();
  await attempt(codes[0]!);
  await expect(page).toHaveURL(/\/admin$/);
});
