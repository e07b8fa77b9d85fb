import { expect, test, signIn } from "./fixtures";

test("an admin deactivates a clinician: the clinician's session ends at the next request; reactivation lets them back", async ({
  page,
  browser,
  createStaff,
}) => {
  const clinician = await createStaff("CLINICIAN");
  const clinicianPage = await browser.newPage();
  await signIn(clinicianPage.request, clinician);
  await clinicianPage.goto("/dashboard");
  await expect(clinicianPage).toHaveURL(/\/dashboard/);

  await signIn(page.request, await createStaff("ADMIN"));
  page.on("dialog", (dialog) => void dialog.accept());
  await page.goto("/admin/staff");
  const row = page.getByRole("listitem").filter({ hasText: clinician.email });
  await row.getByRole("button", { name: `Deactivate ${clinician.name}` }).click();
  await expect(page.getByText("Account deactivated. Their open sessions have ended.")).toBeVisible();
  await expect(row).toContainText("deactivated");

  await clinicianPage.goto("/dashboard");
  await expect(clinicianPage).toHaveURL(/\/signin/);

  await row.getByRole("button", { name: `Reactivate ${clinician.name}` }).click();
  await expect(page.getByText("Account reactivated. They can sign in again.")).toBeVisible();
  await signIn(clinicianPage.request, clinician);
  await clinicianPage.goto("/dashboard");
  await expect(clinicianPage).toHaveURL(/\/dashboard/);
  await clinicianPage.close();
});

test("an admin invites a clinician by one-time link; the clinician chooses a password, signs in, and the link is then spent", async ({
  page,
  browser,
  createStaff,
}) => {
  await signIn(page.request, await createStaff("ADMIN"));
  await page.goto("/admin/staff");
  const email = `invited-${Date.now()}@clinic.test`;
  await page.getByLabel("Email address to invite").fill(email);
  await page.getByRole("button", { name: "Create invitation" }).click();
  const link = (await page.getByLabel("Invitation link").textContent())!.trim();
  expect(link).toContain("/invite?token=");

  const invited = await browser.newPage();
  await invited.goto(new URL(link).pathname + new URL(link).search);
  await invited.getByLabel("Your name").fill("Ivy Invited");
  await invited.getByLabel("New password").fill("password1234");
  await invited.getByLabel("The same password again").fill("password1234");
  await invited.getByRole("button", { name: "Set my password" }).click();
  await expect(invited.getByText("That password is one of the most common; choose another")).toBeVisible();
  const password = "granite lantern meadow 7";
  await invited.getByLabel("New password").fill(password);
  await invited.getByLabel("The same password again").fill(password);
  await invited.getByRole("button", { name: "Set my password" }).click();
  await expect(invited.getByText("Your password is set")).toBeVisible();

  await signIn(invited.request, { id: "", email, password, role: "CLINICIAN", name: "Ivy Invited" });
  await invited.goto("/dashboard");
  await expect(invited).toHaveURL(/\/dashboard/);
  await invited.goto(new URL(link).pathname + new URL(link).search);
  await expect(invited.getByText("This link has been used or has expired.")).toBeVisible();
  await invited.close();
});

test("an admin sees an invitation waiting, copies its link, and withdraws it: the link then no longer works", async ({
  page,
  browser,
  createStaff,
}) => {
  await page.context().grantPermissions(["clipboard-read", "clipboard-write"]);
  await signIn(page.request, await createStaff("ADMIN"));
  await page.goto("/admin");
  await page.getByRole("navigation", { name: "Staff" }).getByRole("link", { name: "Staff", exact: true }).click();
  await expect(page.getByRole("heading", { name: "Staff", level: 1 })).toBeVisible();
  const email = `withdrawn-${Date.now()}@clinic.test`;
  await page.getByLabel("Email address to invite").fill(email);
  await page.getByRole("button", { name: "Create invitation" }).click();
  const link = (await page.getByLabel("Invitation link").textContent())!.trim();
  await page.getByRole("button", { name: "Copy the invitation link" }).click();
  await expect(page.getByText("Copied", { exact: true })).toBeVisible();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(link);

  await page.reload();
  const waiting = page.getByRole("region", { name: "Invitations not yet accepted" });
  const row = waiting.getByRole("listitem").filter({ hasText: email });
  await expect(row).toContainText("Clinician");
  await expect(row).toContainText("lapses");
  let question = "";
  page.once("dialog", (dialog) => {
    question = dialog.message();
    void dialog.accept();
  });
  await row.getByRole("button", { name: `Withdraw the invitation to ${email}` }).click();
  await expect(page.getByText("Invitation withdrawn: its link no longer works.")).toBeVisible();
  expect(question).toContain(email);
  await expect(waiting.getByText(email)).toHaveCount(0);

  const invited = await browser.newPage();
  await invited.goto(new URL(link).pathname + new URL(link).search);
  await expect(invited.getByText("This link has been used or has expired.")).toBeVisible();
  await invited.close();
});
