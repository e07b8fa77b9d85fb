// Red-flag alerts, as staff use them: an admin sets up email alerts and checks them with a test alert that
// really arrives (an SMTP server started by this test on a free loopback port); a clinician acknowledges an
// EMERGENT submission and its escalation stops. Elements are found by role and label.
import crypto from "node:crypto";
import type pg from "pg";
import { startSmtpSink, type SmtpSink } from "../fixtures/alert-sinks";
import { expect, signIn, test } from "./fixtures";

let smtp: SmtpSink;

test.beforeAll(async () => {
  smtp = await startSmtpSink();
});
test.afterAll(async () => {
  await smtp?.close();
});

/** The e2e database is shared by every spec: start from "no alerts", and leave it that way for the others. */
async function clearAlertSettings(db: pg.Pool) {
  await db.query(`DELETE FROM "AlertDelivery"`);
  await db.query(`DELETE FROM "AlertChannel"`);
  await db.query(`DELETE FROM "AlertSettings"`);
}

test.afterEach(async ({ db }) => {
  await clearAlertSettings(db);
});

test("an admin sets up email alerts, sends a test alert, and the on-call inbox receives it with no patient data", async ({
  page,
  db,
  createStaff,
  baseURL,
}) => {
  await clearAlertSettings(db);
  await signIn(page.request, await createStaff("ADMIN"));

  await page.goto("/dashboard");
  await expect(page.getByText("Red-flag alerts are off")).toBeVisible();
  await page.getByRole("link", { name: "Set up alerts" }).click();
  await expect(page.getByRole("heading", { name: "Red-flag alerts", level: 1 })).toBeVisible();
  await expect(page.getByText("Red-flag alerts are off")).toBeVisible();
  await expect(page.getByRole("button", { name: "Send a test alert" })).toBeDisabled();

  await page.getByLabel("Channel name").fill("On-call nurse");
  await page.getByLabel("Email (through the email server below)").check();
  await page.getByLabel("Email addresses").fill("oncall@clinic.test");
  await expect(page.getByRole("checkbox", { name: "EMERGENT", exact: true })).toBeChecked();
  await page.getByRole("button", { name: "Add channel" }).click();
  await expect(page.getByRole("status").filter({ hasText: 'Channel "On-call nurse" added.' })).toBeVisible();
  await expect(page.getByRole("heading", { name: /On-call nurse/ })).toBeVisible();

  // Email is on but there is no mail server yet: the page says so.
  await expect(page.getByText("Email alerts cannot be sent")).toBeVisible();
  await page.getByLabel("SMTP server").fill("127.0.0.1");
  await page.getByLabel("SMTP port").fill(String(smtp.port));
  await page.getByLabel("SMTP password").fill("not-echoed-back-9876");
  await page.getByLabel("Send alerts from").fill("alerts@clinic.test");
  await page.getByRole("button", { name: "Save email and escalation settings" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Alert settings saved." })).toBeVisible();

  await page.reload();
  await expect(page.getByText("Red-flag alerts are off")).toHaveCount(0);
  await expect(page.getByText("Email alerts cannot be sent")).toHaveCount(0);
  await expect(page.getByLabel("SMTP password")).toHaveValue("");
  await expect(page.getByText("A password is saved. Leave this empty to keep it.")).toBeVisible();
  expect(await page.content()).not.toContain("not-echoed-back-9876");

  await page.getByRole("button", { name: "Send a test alert" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Test alert queued for 1 recipient(s)" })).toBeVisible();
  const [message] = await smtp.waitForMessages(1, 20_000);
  expect(message!.to).toEqual(["oncall@clinic.test"]);
  expect(message!.from).toBe("alerts@clinic.test");
  expect(message!.subject).toBe("[Spine Intake] Test alert");
  expect(message!.text).toContain("No patient is involved");
  expect(message!.text).toContain(`${baseURL}/admin/alerts`);

  await page.reload();
  const recent = page.getByRole("list", { name: "Recent test alerts" });
  await expect(recent.getByRole("listitem")).toHaveCount(1);
  await expect(recent.getByText("Sent", { exact: true })).toBeVisible();
  await expect(recent.getByText(/to oncall@clinic\.test/)).toBeVisible();

  // The worker started with the server (instrumentation.ts) also delivers from the outbox on its own.
  const channel = await db.query<{ id: string }>(`SELECT id FROM "AlertChannel" LIMIT 1`);
  await db.query(
    `INSERT INTO "AlertDelivery" (id, purpose, "channelId", "channelKind", "channelName", recipient, "nextAttemptAt", "updatedAt")
     VALUES ($1, 'TEST', $2, 'EMAIL', 'On-call nurse', 'second@clinic.test', now(), now())`,
    [`e2e-outbox-${crypto.randomBytes(4).toString("hex")}`, channel.rows[0]!.id],
  );
  const messages = await smtp.waitForMessages(2, 30_000);
  expect(messages[1]!.to).toEqual(["second@clinic.test"]);
});

test("a clinician acknowledges an EMERGENT submission and its escalation is cancelled; alert settings stay admin-only", async ({
  page,
  db,
  createStaff,
}) => {
  const clinician = await createStaff("CLINICIAN");
  const { rows } = await db.query<{ id: string }>(
    `SELECT v.id FROM "QuestionSetVersion" v WHERE v.status = 'PUBLISHED' LIMIT 1`,
  );
  const id = `e2e${crypto.randomBytes(8).toString("hex")}`;
  const referenceCode = `E2E${crypto.randomBytes(2).toString("hex").toUpperCase()}`.slice(0, 4) + "-ACK1";
  await db.query(
    `INSERT INTO "Submission" (id, "referenceCode", "idempotencyKey", "questionSetVersionId", answers, triage, "triageLevel", "patientName", "updatedAt")
     VALUES ($1, $2, $1, $3, '{}', $4, 'EMERGENT', 'Test Patient', now())`,
    [
      id,
      referenceCode,
      rows[0]!.id,
      JSON.stringify({ level: "EMERGENT", flags: [], scores: [], causes: [], summary: "EMERGENT test submission." }),
    ],
  );
  await db.query(
    `INSERT INTO "AlertDelivery" (id, purpose, "submissionId", "channelKind", "channelName", recipient, "nextAttemptAt", "updatedAt")
     VALUES ($1, 'ESCALATION', $2, 'EMAIL', 'Duty consultant', 'consultant@clinic.test', now() + interval '10 minutes', now())`,
    [`${id}-esc`, id],
  );

  await signIn(page.request, clinician);
  await page.goto("/admin/alerts");
  await expect(page).toHaveURL(/\/dashboard\?denied=1/);
  await expect(page.getByRole("link", { name: "Alerts" })).toHaveCount(0);
  await expect(page.getByText("Red-flag alerts are off")).toBeVisible();
  await expect(page.getByText("Ask an admin to set them up under Alerts.")).toBeVisible();

  await page.goto(`/dashboard/submissions/${id}`);
  const panel = page.getByRole("region", { name: "Acknowledgement and alerts" });
  await expect(panel.getByText("Not acknowledged yet.")).toBeVisible();
  const alerts = panel.getByRole("list", { name: "Alerts about this submission" });
  await expect(alerts.getByText("Scheduled")).toBeVisible();
  await expect(alerts.getByText(/unless acknowledged before then/)).toBeVisible();

  await page.getByRole("button", { name: "Acknowledge" }).click();
  await expect(panel.getByText(/Acknowledged by Cleo Clinician at/)).toBeVisible();
  await expect(alerts.getByText("Cancelled")).toBeVisible();
  await expect(alerts.getByText("the submission was acknowledged in time")).toBeVisible();
  const after = await db.query<{ acknowledgedById: string; rowVersion: number }>(
    `SELECT "acknowledgedById", "rowVersion" FROM "Submission" WHERE id = $1`,
    [id],
  );
  expect(after.rows[0]).toEqual({ acknowledgedById: clinician.id, rowVersion: 1 });
});
