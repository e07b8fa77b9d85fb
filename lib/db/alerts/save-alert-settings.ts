import "server-only";
import type { AlertSettingsInput } from "@/lib/domain/alerts/settings-schema";
import { env } from "@/lib/env";
import { seal } from "@/lib/auth/secret-box";
import { getDb } from "../client";
import { recordAuditEvent } from "../audit/record-audit-event";
import type { Actor } from "../types";
import { ALERT_SETTINGS_ID } from "./get-alert-settings";

/** Saves the SMTP server and escalation time. An empty password keeps the stored one; the audit never holds it. */
export async function saveAlertSettings(input: AlertSettingsInput, actor: Actor): Promise<{ ok: true }> {
  const db = await getDb();
  await db.$transaction(async (tx) => {
    const password = input.clearSmtpPassword
      ? { smtpPassword: null }
      : input.smtpPassword
        ? { smtpPassword: seal(input.smtpPassword, "smtp-password-box", env.AUTH_SECRET) }
        : {};
    const fields = {
      smtpHost: input.smtpHost,
      smtpPort: input.smtpPort,
      smtpSecure: input.smtpSecure,
      smtpUser: input.smtpUser,
      fromAddress: input.fromAddress,
      escalationMinutes: input.escalationMinutes,
    };
    await tx.alertSettings.upsert({
      where: { id: ALERT_SETTINGS_ID },
      create: { id: ALERT_SETTINGS_ID, ...fields, ...password },
      update: { ...fields, ...password },
    });
    await recordAuditEvent(tx, {
      actor,
      action: "alert-settings.updated",
      entityType: "AlertSettings",
      entityId: ALERT_SETTINGS_ID,
      details: {
        ...fields,
        smtpPassword: input.clearSmtpPassword ? "cleared" : input.smtpPassword ? "changed" : "unchanged",
      },
    });
  });
  return { ok: true };
}
