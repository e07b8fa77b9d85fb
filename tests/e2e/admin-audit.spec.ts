import crypto from "node:crypto";
import type pg from "pg";
import { auditEventHash, type AuditEventContent } from "../../lib/domain/staff-security/audit-chain";
import { expect, test, signIn, type StaffAccount } from "./fixtures";

// The advisory lock every audit writer takes (see lib/db/audit/record-audit-event.ts), so these events join the
// chain in line with the server's.
const AUDIT_CHAIN_LOCK = 4_242_017;

/** Appends linked events the way the portal does, so the page has more than one page of them to show. */
async function appendEvents(db: pg.Pool, actor: StaffAccount, count: number, details: Record<string, string>) {
  const client = await db.connect();
  try {
    await client.query("BEGIN");
    await client.query("SELECT pg_advisory_xact_lock($1::bigint)", [AUDIT_CHAIN_LOCK]);
    const last = await client.query<{ hash: string | null }>(`SELECT hash FROM "AuditEvent" ORDER BY seq DESC LIMIT 1`);
    let prevHash = last.rows[0]?.hash ?? null;
    for (let i = 0; i < count; i++) {
      const content: AuditEventContent = {
        id: crypto.randomUUID(),
        at: new Date().toISOString(),
        origin: null,
        actorId: actor.id,
        actorEmail: actor.email,
        actorRole: actor.role,
        action: "staff.role-changed",
        entityType: "User",
        entityId: `colleague-${i}`,
        details,
      };
      const hash = auditEventHash(prevHash, content);
      await client.query(
        `INSERT INTO "AuditEvent" (id, at, origin, "actorId", "actorEmail", "actorRole", action, "entityType",
           "entityId", details, "prevHash", hash)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12)`,
        [
          content.id,
          new Date(content.at),
          content.origin,
          content.actorId,
          content.actorEmail,
          content.actorRole,
          content.action,
          content.entityType,
          content.entityId,
          JSON.stringify(details),
          prevHash,
          hash,
        ],
      );
      prevHash = hash;
    }
    await client.query("COMMIT");
  } catch (error) {
    await client.query("ROLLBACK");
    throw error;
  } finally {
    client.release();
  }
}

test("an admin reads the audit log, narrows it to one action and pages through it", async ({
  page,
  db,
  createStaff,
}) => {
  const admin = await createStaff("ADMIN");
  await appendEvents(db, admin, 55, { to: "ADMIN", note: "<b>not bold</b>" });
  await signIn(page.request, admin);

  await page.goto("/admin");
  await page.getByRole("navigation", { name: "Staff" }).getByRole("link", { name: "Audit log" }).click();
  await expect(page.getByRole("heading", { name: "Audit log", level: 1 })).toBeVisible();
  const table = page.getByRole("table", { name: "Audit events, newest first" });
  await expect(table).toBeVisible();

  const filters = page.getByRole("search", { name: "Filter the audit log" });
  await filters.getByLabel("Who").fill(admin.email);
  await filters.getByLabel("Action").selectOption({ label: "Staff role changed" });
  await filters.getByRole("button", { name: "Apply filters" }).click();
  await expect(page).toHaveURL(/action=staff\.role-changed/);

  // 55 matching events: a page of 50, newest first, then the 5 oldest.
  const rows = table.getByRole("row");
  await expect(rows).toHaveCount(51);
  await expect(table.getByRole("cell", { name: /Staff role changed/ })).toHaveCount(50);
  await expect(rows.nth(1)).toContainText("colleague-54");
  // Details are shown as the text that was stored, never as markup.
  await expect(table.getByText("<b>not bold</b>").first()).toBeVisible();
  await expect(table.locator("b")).toHaveCount(0);

  const pages = page.getByRole("navigation", { name: "Audit log pages" });
  await expect(pages.getByRole("link", { name: "Newer" })).toHaveCount(0);
  await pages.getByRole("link", { name: "Older" }).click();
  await expect(rows).toHaveCount(6);
  await expect(rows.nth(1)).toContainText("colleague-4");
  await expect(rows.nth(5)).toContainText("colleague-0");
  await expect(pages.getByRole("link", { name: "Older" })).toHaveCount(0);

  await pages.getByRole("link", { name: "Newer" }).click();
  await expect(rows).toHaveCount(51);
  await expect(rows.nth(1)).toContainText("colleague-54");
  await expect(rows.nth(50)).toContainText("colleague-5");
  await expect(filters.getByLabel("Action")).toHaveValue("staff.role-changed");

  // Reading the log is itself in the log.
  const viewed = await db.query(`SELECT 1 FROM "AuditEvent" WHERE action = 'audit.viewed' AND "actorId" = $1`, [
    admin.id,
  ]);
  expect(viewed.rowCount).toBeGreaterThanOrEqual(4);
});

test("the audit log says so when nothing matches, and shows nothing for an address it cannot read", async ({
  page,
  createStaff,
}) => {
  await signIn(page.request, await createStaff("ADMIN"));
  await page.goto("/admin/audit?actor=nobody-here%40clinic.test");
  await expect(page.getByText("No audit events match these filters")).toBeVisible();

  await page.goto("/admin/audit?sort=seq");
  await expect(page.getByText("This audit log address is not valid")).toBeVisible();
  await expect(page.getByText("Unknown filter: sort")).toBeVisible();
  await expect(page.getByRole("table")).toHaveCount(0);
});

test("the audit log fits a phone: the table scrolls inside its box, not the page", async ({ page, createStaff }) => {
  await page.setViewportSize({ width: 375, height: 740 });
  await signIn(page.request, await createStaff("ADMIN"));
  await page.goto("/admin/audit");
  await expect(page.getByRole("table", { name: "Audit events, newest first" })).toBeAttached();
  const pageWidth = await page.evaluate(() => document.documentElement.scrollWidth);
  expect(pageWidth).toBeLessThanOrEqual(375);
});

test("a clinician is refused the audit log and is not offered it", async ({ page, db, createStaff }) => {
  const clinician = await createStaff("CLINICIAN");
  await signIn(page.request, clinician);
  await page.goto("/dashboard");
  await expect(page.getByRole("navigation", { name: "Staff" }).getByRole("link", { name: "Audit log" })).toHaveCount(0);

  await page.goto("/admin/audit");
  await expect(page).toHaveURL(/\/dashboard\?denied=1/);
  await expect(page.getByRole("table", { name: "Audit events, newest first" })).toHaveCount(0);
  const refused = await db.query(
    `SELECT 1 FROM "AuditEvent" WHERE action = 'auth.request-refused' AND "actorId" = $1 AND "entityId" = 'audit:read'`,
    [clinician.id],
  );
  expect(refused.rowCount).toBe(1);
});
