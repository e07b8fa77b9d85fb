import "server-only";
import { smtpHostProblem, type AlertSettingsInput } from "@/lib/domain/alerts/settings-schema";
import { env } from "@/lib/env";
import { seal } from "@/lib/auth/secret-box";
import { getDb } from "../client";
import { recordAuditEvent } from "../audit/record-audit-event";
import type { Actor } from "../types";
import { ALERT_SETTINGS_ID } from "./get-alert-settings";
import type { DestinationOptions, PrivateDestinationRefusal } from "./create-alert-channel";

/**
 * Saves the SMTP server and escalation time. An empty password keeps the stored one; the audit never holds it. An
 * SMTP host written as a private address or local name is refused unless private networks are allowed.
 */
export async function saveAlertSettings(
  input: AlertSettingsInput,
  actor: Actor,
  options: DestinationOptions = { allowPrivateNetworks: env.ALERT_ALLOW_PRIVATE_NETWORKS },
): Promise<{ ok: true } | PrivateDestinationRefusal> {
  const problem = smtpHostProblem(input, options.allowPrivateNetworks);
  if (problem) return { ok: false, code: "private-destination", message: problem };
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
  return { ok: true } as const;
}
