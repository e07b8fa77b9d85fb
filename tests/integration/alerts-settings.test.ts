// What an admin sets up on /admin/alerts: the email server (its password never echoed or audited), channels
// (changes audited, deleting cancels what was not yet sent), and whether alerts are on at all.
import { describe, expect, it } from "vitest";
import { createAlertChannel } from "@/lib/db/alerts/create-alert-channel";
import { deleteAlertChannel } from "@/lib/db/alerts/delete-alert-channel";
import { getAlertSettings } from "@/lib/db/alerts/get-alert-settings";
import { getAlertStatus } from "@/lib/db/alerts/get-alert-status";
import { listSubmissionAlerts } from "@/lib/db/alerts/list-submission-alerts";
import { saveAlertSettings } from "@/lib/db/alerts/save-alert-settings";
import { updateAlertChannel } from "@/lib/db/alerts/update-alert-channel";
import { ALERT_ADMIN, EMERGENT_ANSWERS, addChannel, publishedVersionId, submitPatient } from "./helpers/alerts";
import { rowsAsText, DATABASE_KINDS, useTestDatabase } from "./helpers/test-database";

const SETTINGS = {
  smtpHost: "smtp.clinic.test",
  smtpPort: 587,
  smtpSecure: false,
  smtpUser: "alerts",
  smtpPassword: "s3cret-smtp-pass",
  clearSmtpPassword: false,
  fromAddress: "alerts@clinic.test",
  escalationMinutes: 15,
};

describe.each(DATABASE_KINDS)("alert settings (%s)", (kind) => {
  const db = useTestDatabase(kind);

  it("says alerts are off with no channel, and on once an enabled channel takes EMERGENT or URGENT", async () => {
    expect(await getAlertStatus()).toMatchObject({ on: false, enabledChannels: 0, escalationMinutes: 10 });

    const id = await addChannel({ kind: "EMAIL", recipients: ["oncall@clinic.test"], enabled: false });
    expect((await getAlertStatus()).on).toBe(false);

    await updateAlertChannel(
      id,
      {
        name: "On-call",
        kind: "EMAIL",
        recipients: ["oncall@clinic.test"],
        levels: ["URGENT"],
        escalation: false,
        enabled: true,
      },
      ALERT_ADMIN,
    );
    expect(await getAlertStatus()).toMatchObject({ on: true, enabledChannels: 1, emailNeedsSmtp: true });

    await saveAlertSettings(SETTINGS, ALERT_ADMIN);
    expect(await getAlertStatus()).toMatchObject({ on: true, emailNeedsSmtp: false, escalationMinutes: 15 });
    expect(await db().auditEvent.count({ where: { action: { startsWith: "alert-channel." } } })).toBe(2);
  });

  it("refuses to save a webhook, or an SMTP server, on the clinic's own network, and leaves everything as it was", async () => {
    const strict = { allowPrivateNetworks: false };
    await saveAlertSettings(SETTINGS, ALERT_ADMIN, strict);
    const id = await addChannel({ kind: "WEBHOOK", recipients: ["https://hooks.clinic.example/pager"] });
    const before = {
      settings: await db().alertSettings.findMany(),
      channels: await db().alertChannel.findMany(),
      audit: await db().auditEvent.count(),
    };
    const webhook = {
      name: "Pager",
      kind: "WEBHOOK" as const,
      recipients: ["https://hooks.clinic.example/pager", "http://169.254.169.254/latest/meta-data"],
      levels: ["EMERGENT" as const],
      escalation: false,
      enabled: true,
    };

    expect(await createAlertChannel(webhook, ALERT_ADMIN, strict)).toMatchObject({
      ok: false,
      code: "private-destination",
      message: expect.stringContaining("169.254.169.254 is on a private or local network"),
    });
    expect(
      await updateAlertChannel(id, { ...webhook, recipients: ["http://[::1]:8080/hook"] }, ALERT_ADMIN, strict),
    ).toMatchObject({ ok: false, code: "private-destination" });
    expect(await saveAlertSettings({ ...SETTINGS, smtpHost: "192.168.1.5" }, ALERT_ADMIN, strict)).toMatchObject({
      ok: false,
      code: "private-destination",
    });
    expect(await saveAlertSettings({ ...SETTINGS, smtpHost: "localhost" }, ALERT_ADMIN, strict)).toMatchObject({
      ok: false,
    });

    expect({
      settings: await db().alertSettings.findMany(),
      channels: await db().alertChannel.findMany(),
      audit: await db().auditEvent.count(),
    }).toEqual(before);
  });

  it("stores the SMTP password sealed, so a copy of the database does not give the clinic's mail account away", async () => {
    await saveAlertSettings(SETTINGS, ALERT_ADMIN);
    expect(rowsAsText(await db().alertSettings.findMany())).not.toContain("s3cret-smtp-pass");
    expect((await getAlertSettings()).smtpPassword).toBe("s3cret-smtp-pass");
  });

  it("keeps the SMTP password when the field is left empty, removes it when asked, and never writes it to the audit log", async () => {
    await saveAlertSettings(SETTINGS, ALERT_ADMIN);
    await saveAlertSettings({ ...SETTINGS, smtpPassword: null, smtpPort: 465, smtpSecure: true }, ALERT_ADMIN);
    expect(await getAlertSettings()).toMatchObject({
      smtpPassword: "s3cret-smtp-pass",
      smtpPort: 465,
      smtpSecure: true,
    });

    await saveAlertSettings({ ...SETTINGS, smtpPassword: null, clearSmtpPassword: true }, ALERT_ADMIN);
    expect((await getAlertSettings()).smtpPassword).toBeNull();

    const events = await db().auditEvent.findMany({
      where: { action: "alert-settings.updated" },
      orderBy: { at: "asc" },
    });
    expect(events.map((e) => (e.details as { smtpPassword: string }).smtpPassword)).toEqual([
      "changed",
      "unchanged",
      "cleared",
    ]);
    expect(rowsAsText(events)).not.toContain("s3cret-smtp-pass");
  });

  it("cancels a deleted channel's alerts not yet sent, keeps them on the submission, and records who deleted it", async () => {
    const versionId = await publishedVersionId();
    const id = await addChannel({ kind: "WEBHOOK", recipients: ["https://chat.clinic.test/hooks/T000/secret-token"] });
    const submission = await submitPatient(versionId, EMERGENT_ANSWERS);
    const stored = await db().submission.findUniqueOrThrow({ where: { referenceCode: submission.referenceCode } });

    expect(await deleteAlertChannel(id, ALERT_ADMIN)).toEqual({ ok: true, cancelled: 1 });
    expect(await deleteAlertChannel(id, ALERT_ADMIN)).toEqual({ ok: false, code: "not-found" });

    const alerts = await listSubmissionAlerts(stored.id);
    expect(alerts?.deliveries).toHaveLength(1);
    // Staff see where a webhook goes, not its URL: chat tools put a token in the path.
    expect(alerts?.deliveries[0]).toMatchObject({ state: "CANCELLED", recipient: "chat.clinic.test" });
    expect(JSON.stringify(alerts)).not.toContain("secret-token");
    expect(alerts?.alertsOn).toBe(false);
    const deleted = await db().auditEvent.findFirstOrThrow({ where: { action: "alert-channel.deleted" } });
    expect(deleted).toMatchObject({ actorEmail: ALERT_ADMIN.email, entityId: id });
  });
});
