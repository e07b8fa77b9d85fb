import "server-only";
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
    smtpPassword: row.smtpPassword,
    fromAddress: row.fromAddress,
    escalationMinutes: row.escalationMinutes,
  };
}
