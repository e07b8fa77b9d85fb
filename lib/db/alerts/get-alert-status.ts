import "server-only";
import { getDb } from "../client";
import { getAlertSettings } from "./get-alert-settings";

export type AlertStatus = {
  /** At least one enabled channel receives EMERGENT or URGENT alerts. */
  on: boolean;
  enabledChannels: number;
  /** An enabled email channel exists but the SMTP server or from address is missing. */
  emailNeedsSmtp: boolean;
  /** An enabled channel is on the escalation list. */
  escalationOn: boolean;
  escalationMinutes: number;
};

/** Whether red-flag alerts go anywhere, for the "alerts are off" notices on the dashboard and admin page. */
export async function getAlertStatus(): Promise<AlertStatus> {
  const db = await getDb();
  const [channels, settings] = await Promise.all([
    db.alertChannel.findMany({ where: { enabled: true }, select: { kind: true, levels: true, escalation: true } }),
    getAlertSettings(db),
  ]);
  return {
    on: channels.some((c) => c.levels.some((level) => level !== "ROUTINE")),
    enabledChannels: channels.length,
    emailNeedsSmtp: channels.some((c) => c.kind === "EMAIL") && (!settings.smtpHost || !settings.fromAddress),
    escalationOn: channels.some((c) => c.escalation),
    escalationMinutes: settings.escalationMinutes,
  };
}
