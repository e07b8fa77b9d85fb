import { expect, test, signIn } from "./fixtures";
import { EMERGENT, submitIntakeViaApi, uniqueName } from "./dashboard";

test.describe("the triage queue", () => {
  test("filters and search live in the address, survive a reload, and an unknown parameter is refused", async ({
    page,
    db,
    createStaff,
  }) => {
    const name = uniqueName("Fiona Filter");
    const emergent = await submitIntakeViaApi(page.request, db, { ...EMERGENT, full_name: name });
    await submitIntakeViaApi(page.request, db, { full_name: uniqueName("Rory Routine") });
    await signIn(page.request, await createStaff("CLINICIAN"));

    await page.goto("/dashboard");
    const filters = page.getByRole("search", { name: "Filter the queue" });
    await filters.getByLabel("Triage level").selectOption("EMERGENT");
    await filters.getByRole("button", { name: "Apply filters" }).click();
    await expect(page).toHaveURL(/\/dashboard\?level=EMERGENT$/);
    const rows = page.getByRole("table").getByRole("row");
    await expect(rows.nth(1)).toContainText("EMERGENT");
    for (const text of (await rows.allTextContents()).slice(1)) expect(text).toContain("EMERGENT");

    await filters.getByLabel("Search by reference code or patient name").fill(name.split(" ")[0]!.toLowerCase());
    await filters.getByLabel("Status").selectOption("NEW");
    await filters.getByRole("button", { name: "Apply filters" }).click();
    await expect(page).toHaveURL(/[?&]level=EMERGENT/);
    await expect(page).toHaveURL(/[?&]status=NEW/);
    await expect(page).toHaveURL(/[?&]q=fiona/);
    await expect(page.getByRole("row", { name: new RegExp(emergent.referenceCode) })).toBeVisible();

    await page.goto(`/dashboard?q=${emergent.referenceCode.toLowerCase()}`);
    await expect(rows).toHaveCount(2);
    await expect(rows.nth(1)).toContainText(emergent.referenceCode);
    await page.reload();
    await expect(filters.getByLabel("Search by reference code or patient name")).toHaveValue(
      emergent.referenceCode.toLowerCase(),
    );

    await page.goto("/dashboard?level=EMERGENT&sort=name");
    await expect(page.getByText("This queue address is not valid (400)")).toBeVisible();
    await expect(page.getByText("Unknown filter: sort")).toBeVisible();
    await expect(page.getByRole("table")).toHaveCount(0);
    const csv = await page.request.get("/api/dashboard/queue-csv?sort=name");
    expect(csv.status()).toBe(400);
  });

  test("a new submission appears in an open queue without a reload, and the cue can be switched off", async ({
    page,
    db,
    createStaff,
  }) => {
    await signIn(page.request, await createStaff("CLINICIAN"));
    await page.goto("/dashboard?level=EMERGENT");
    await expect(page.getByRole("heading", { name: "Triage queue" })).toBeVisible();
    // A marker on the window: a full reload would wipe it.
    await page.evaluate(() => ((window as unknown as { stillHere: boolean }).stillHere = true));
    const cue = page.getByLabel("Sound and flash when a new submission arrives");
    await expect(cue).toBeChecked();

    const arrival = await submitIntakeViaApi(page.request, db, { ...EMERGENT, full_name: uniqueName("Nell New") });
    const notice = page.getByRole("status").filter({ hasText: "since you opened this page" });
    await expect(notice.getByRole("link", { name: arrival.referenceCode })).toBeVisible({ timeout: 25_000 });
    await expect(page.getByRole("table").getByRole("row", { name: new RegExp(arrival.referenceCode) })).toBeVisible({
      timeout: 10_000,
    });
    expect(await page.evaluate(() => (window as unknown as { stillHere?: boolean }).stillHere)).toBe(true);

    await cue.uncheck();
    await page.reload();
    await expect(page.getByLabel("Sound and flash when a new submission arrives")).not.toBeChecked();
  });
});
