import fs from "node:fs/promises";
import { expect, test, signIn } from "./fixtures";
import { EMERGENT, submitIntakeViaApi, uniqueName } from "./dashboard";

test.describe("exports from the dashboard", () => {
  test("the filtered queue downloads as CSV with formulas neutralised", async ({ page, db, createStaff }) => {
    const name = `=HYPERLINK("http://x.test","${uniqueName("Eve")}")`;
    const submission = await submitIntakeViaApi(page.request, db, { full_name: name });
    // Signed out, the export and polling routes answer 401 and return no patient data.
    for (const path of [
      `/api/dashboard/queue-csv?q=${submission.referenceCode}`,
      `/api/dashboard/submissions/${submission.id}/fhir`,
      "/api/dashboard/queue-version",
    ]) {
      const response = await page.request.get(path);
      expect(response.status(), path).toBe(401);
      expect(await response.text()).not.toContain(submission.referenceCode);
    }
    await signIn(page.request, await createStaff("CLINICIAN"));
    await page.goto(`/dashboard?q=${submission.referenceCode}`);

    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("link", { name: "Download this view as CSV" }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^triage-queue-\d{4}-\d\d-\d\d\.csv$/);
    const text = await fs.readFile((await download.path())!, "utf8");
    const lines = text.trim().split("\r\n");
    expect(lines[0]).toBe(
      '"Reference code","Triage level","Status","Received","Patient name","Red flags","Likely causes","Assigned to","Acknowledged"',
    );
    expect(lines).toHaveLength(2);
    expect(lines[1]).toContain(submission.referenceCode);
    // Every cell is quoted, and this one starts with an apostrophe: text, not a formula.
    expect(lines[1]).toContain(`"'=HYPERLINK(""http://x.test"",`);
  });

  test("one submission downloads as a FHIR R4 QuestionnaireResponse, and its print view opens", async ({
    page,
    db,
    createStaff,
  }) => {
    const submission = await submitIntakeViaApi(page.request, db, { ...EMERGENT, full_name: uniqueName("Fhir") });
    await signIn(page.request, await createStaff("CLINICIAN"));
    await page.goto(`/dashboard/submissions/${submission.id}`);

    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("link", { name: "Download as FHIR QuestionnaireResponse (JSON)" }).click(),
    ]);
    expect(download.suggestedFilename()).toBe(`${submission.referenceCode}.fhir.json`);
    const resource = JSON.parse(await fs.readFile((await download.path())!, "utf8")) as {
      resourceType: string;
      status: string;
      questionnaire: string;
      identifier: { value: string };
      item: { linkId: string; item?: { linkId: string; answer: Record<string, unknown>[] }[] }[];
    };
    expect(resource.resourceType).toBe("QuestionnaireResponse");
    expect(resource.status).toBe("completed");
    expect(resource.questionnaire).toMatch(/\/Questionnaire\/back-spasm-intake\|\d+$/);
    expect(resource.identifier.value).toBe(submission.referenceCode);
    const saddle = resource.item.flatMap((s) => s.item ?? []).find((i) => i.linkId === "saddle_numbness");
    expect(saddle?.answer).toEqual([{ valueBoolean: true }]);

    await page.getByRole("link", { name: "Print view" }).click();
    // The submission page's own heading has the reference code too: wait for the print view itself.
    await expect(page).toHaveURL(/\/print$/);
    await expect(page.getByRole("heading", { level: 1 })).toContainText(submission.referenceCode);
    await expect(page.getByRole("region", { name: "Red flags" })).toBeVisible();
    await page.emulateMedia({ media: "print" });
    await expect(page.getByRole("button", { name: "Print this page" })).toBeHidden();

    const { rows } = await db.query<{ action: string }>(
      `SELECT action FROM "AuditEvent" WHERE "entityId" = $1 ORDER BY seq`,
      [submission.id],
    );
    expect(rows.map((r) => r.action)).toEqual(
      expect.arrayContaining(["submission.viewed", "submission.exported", "submission.printed"]),
    );
  });

  test("the stats page draws its charts and gives each as a table", async ({ page, createStaff }) => {
    await signIn(page.request, await createStaff("CLINICIAN"));
    await page.goto("/dashboard/stats?days=7");
    await expect(page.getByRole("heading", { name: "Stats" })).toBeVisible();
    await expect(page.getByRole("table", { name: "Submissions by triage level" })).toContainText("EMERGENT");
    await expect(page.getByRole("heading", { name: "Median time to acknowledge" })).toBeVisible();
    await expect(page.locator(".recharts-wrapper").first()).toBeVisible();
    await page.goto("/dashboard/stats?days=5");
    await expect(page.getByText("This address is not valid (400)")).toBeVisible();
  });
});
