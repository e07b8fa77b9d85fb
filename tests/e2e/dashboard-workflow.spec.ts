import { expect, test, signIn } from "./fixtures";
import { EMERGENT, submitIntakeViaApi, uniqueName } from "./dashboard";

test.describe("a clinician works a submission", () => {
  test("acknowledges, assigns to themself, moves it to CONTACTED and adds a note", async ({
    page,
    db,
    createStaff,
  }) => {
    const name = uniqueName("Wanda Workflow");
    const submission = await submitIntakeViaApi(page.request, db, { ...EMERGENT, full_name: name });
    const clinician = await createStaff("CLINICIAN");
    await signIn(page.request, clinician);

    await page.goto(`/dashboard?q=${submission.referenceCode}`);
    await page.getByRole("link", { name: submission.referenceCode }).click();
    await expect(page.getByRole("heading", { level: 1 })).toContainText(name);

    await page.getByRole("button", { name: "Acknowledge" }).click();
    const alerts = page.getByRole("region", { name: "Acknowledgement and alerts" });
    await expect(alerts).toContainText(`Acknowledged by ${clinician.name}`);

    const workflow = page.getByRole("region", { name: "Workflow", exact: true });
    await page.getByRole("button", { name: "Assign to me" }).click();
    await expect(workflow).toContainText(`${clinician.name} (you)`);

    await workflow.getByRole("button", { name: "Move to In review" }).click();
    await expect(workflow.getByRole("status").filter({ hasText: "Status is now In review." })).toBeVisible();
    await workflow.getByRole("button", { name: "Move to Contacted" }).click();
    await expect(workflow.getByRole("status").filter({ hasText: "Status is now Contacted." })).toBeVisible();

    const notes = page.getByRole("region", { name: "Notes" });
    await notes.getByLabel("New note").fill("Phoned the patient: <script>alert(1)</script> advised A&E.");
    await notes.getByRole("button", { name: "Add note" }).click();
    await expect(notes.getByRole("list", { name: "Notes, oldest first" })).toContainText(
      "Phoned the patient: <script>alert(1)</script> advised A&E.",
    );
    await expect(notes.getByRole("listitem").first()).toContainText(clinician.name);
    await expect(notes.getByLabel("New note")).toHaveValue("");

    const { rows } = await db.query<{ status: string; assigneeId: string; notes: number; ack: Date | null }>(
      `SELECT s.status, s."assigneeId", s."acknowledgedAt" AS ack,
              (SELECT count(*)::int FROM "SubmissionNote" n WHERE n."submissionId" = s.id) AS notes
       FROM "Submission" s WHERE s.id = $1`,
      [submission.id],
    );
    expect(rows[0]).toMatchObject({ status: "CONTACTED", assigneeId: clinician.id, notes: 1 });
    expect(rows[0]!.ack).not.toBeNull();
  });

  test("taking it, moving it on and writing a note show at once without loading the page again", async ({
    page,
    db,
    createStaff,
  }) => {
    const name = uniqueName("Ina Place");
    const submission = await submitIntakeViaApi(page.request, db, { ...EMERGENT, full_name: name });
    const clinician = await createStaff("CLINICIAN");
    await signIn(page.request, clinician);
    // Each render of the submission page records a view: the count shows whether an action rendered it again.
    const views = async () =>
      (
        await db.query<{ n: number }>(
          `SELECT count(*)::int AS n FROM "AuditEvent" WHERE action = 'submission.viewed' AND "entityId" = $1`,
          [submission.id],
        )
      ).rows[0]!.n;
    await page.goto(`/dashboard/submissions/${submission.id}`);
    const header = page.getByRole("region", { name });
    await expect(header).toContainText("New · assigned to nobody");
    expect(await views()).toBe(1);

    await header.getByRole("button", { name: "Assign to me" }).click();
    await expect(header).toContainText(`assigned to ${clinician.name}`);
    await expect(header.getByRole("button", { name: "Assign to me" })).toHaveCount(0);
    const workflow = page.getByRole("region", { name: "Workflow", exact: true });
    await expect(workflow.getByLabel("Assign to a colleague")).toHaveValue(clinician.id);

    await workflow.getByRole("button", { name: "Move to In review" }).click();
    await expect(header).toContainText(`In review · assigned to ${clinician.name}`);
    await header.getByRole("button", { name: "Mark contacted" }).click();
    await expect(header).toContainText(`Contacted · assigned to ${clinician.name}`);
    await expect(header.getByRole("button", { name: "Mark contacted" })).toHaveCount(0);
    await expect(workflow.getByRole("button", { name: "Move to Closed" })).toBeVisible();

    const notes = page.getByRole("region", { name: "Notes" });
    await notes.getByLabel("New note").fill("Called back, booked for tomorrow.");
    await notes.getByRole("button", { name: "Add note" }).click();
    await expect(notes.getByRole("listitem")).toHaveCount(1);
    await expect(notes.getByRole("listitem")).toContainText(`${clinician.name}`);
    await expect(notes.getByRole("listitem")).toContainText("Called back, booked for tomorrow.");

    // Every form sends the row version the last change produced: a second note is saved, not refused as stale.
    await notes.getByLabel("New note").fill("Second note.");
    await notes.getByRole("button", { name: "Add note" }).click();
    await expect(notes.getByRole("listitem")).toHaveCount(2);
    expect(await views()).toBe(1);

    // A fresh load shows the same, from the database.
    await page.reload();
    await expect(header).toContainText(`Contacted · assigned to ${clinician.name}`);
    await expect(notes.getByRole("listitem")).toHaveCount(2);
  });

  test("a save based on a page a colleague has since changed is refused, naming them, and overwrites nothing", async ({
    browser,
    db,
    createStaff,
    page,
  }) => {
    const submission = await submitIntakeViaApi(page.request, db, { full_name: uniqueName("Stella Stale") });
    const first = await createStaff("CLINICIAN");
    const second = await createStaff("CLINICIAN");
    await db.query(`UPDATE "User" SET name = 'Fern First' WHERE id = $1`, [first.id]);

    const firstContext = await browser.newContext();
    const secondContext = await browser.newContext();
    const firstPage = await firstContext.newPage();
    const secondPage = await secondContext.newPage();
    await signIn(firstPage.request, first);
    await signIn(secondPage.request, second);
    await firstPage.goto(`/dashboard/submissions/${submission.id}`);
    await secondPage.goto(`/dashboard/submissions/${submission.id}`);

    // Both pages show the same version; the first clinician saves first.
    const firstWorkflow = firstPage.getByRole("region", { name: "Workflow", exact: true });
    await firstPage.getByRole("button", { name: "Assign to me" }).click();
    await expect(firstWorkflow).toContainText("Fern First (you)");

    const secondWorkflow = secondPage.getByRole("region", { name: "Workflow", exact: true });
    await secondWorkflow.getByRole("button", { name: "Move to In review" }).click();
    await expect(secondWorkflow.getByRole("status").filter({ hasText: "Not saved" })).toContainText(
      /Not saved: Fern First changed this submission at \d{1,2} [A-Z][a-z]{2} \d{4}, \d\d:\d\d [A-Z]{2,5}\. Nothing was overwritten\./,
    );

    const { rows } = await db.query<{ status: string; assigneeId: string }>(
      `SELECT status, "assigneeId" FROM "Submission" WHERE id = $1`,
      [submission.id],
    );
    expect(rows[0]).toEqual({ status: "NEW", assigneeId: first.id });
    await firstContext.close();
    await secondContext.close();
  });
});
