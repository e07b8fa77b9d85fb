import "server-only";
import { env } from "@/lib/env";
import { secretsInUse } from "@/lib/auth/keys";
import { isSealed, open } from "@/lib/auth/secret-box";
import { getDb } from "../client";
import type { DbTx } from "../types";

export const ALERT_SETTINGS_ID = "default";
export const DEFAULT_ESCALATION_MINUTES = 10;

export type StoredAlertSettings = {
  smtpHost: string | null;
  smtpPort: number;
  smtpSecure: boolean;
  smtpUser: string | null;
  smtpPassword: string | null;
  fromAddress: string | null;
  escalationMinutes: number;
};

const DEFAULTS: StoredAlertSettings = {
  smtpHost: null,
  smtpPort: 587,
  smtpSecure: false,
  smtpUser: null,
  smtpPassword: null,
  fromAddress: null,
  escalationMinutes: DEFAULT_ESCALATION_MINUTES,
};

/**
 * The stored password, sealed since it moved out of plain text (lib/auth/secret-box.ts). A value saved before that
 * is still read as it is until an admin saves the settings again; one that no secret in use opens reads as none.
 */
function openSmtpPassword(stored: string): string | null {
  if (!isSealed(stored)) return stored;
  return open(stored, "smtp-password-box", secretsInUse(env.AUTH_SECRET, env.AUTH_SECRET_PREVIOUS));
}

/** The SMTP server and escalation time, with defaults before an admin has saved any. Server-side only: holds the password. */
export async function getAlertSettings(db?: DbTx): Promise<StoredAlertSettings> {
  const client = db ?? (await getDb());
  const row = await client.alertSettings.findUnique({ where: { id: ALERT_SETTINGS_ID } });
  if (!row) return { ...DEFAULTS };
  return {
    smtpHost: row.smtpHost,
    smtpPort: row.smtpPort,
    smtpSecure: row.smtpSecure,
    smtpUser: row.smtpUser,
    smtpPassword: row.smtpPassword === null ? null : openSmtpPassword(row.smtpPassword),
    fromAddress: row.fromAddress,
    escalationMinutes: row.escalationMinutes,
  };
}
