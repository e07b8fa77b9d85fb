import "server-only";
import { getDb } from "../client";

/** Every alert channel for the admin page, oldest first. Includes webhook secrets: admins hand them to receivers. */
export async function listAlertChannels() {
  const db = await getDb();
  const rows = await db.alertChannel.findMany({ orderBy: [{ createdAt: "asc" }, { id: "asc" }] });
  return rows.map((row) => ({
    id: row.id,
    name: row.name,
    kind: row.kind,
    recipients: row.recipients,
    levels: row.levels.filter((level): level is "EMERGENT" | "URGENT" => level !== "ROUTINE"),
    escalation: row.escalation,
    enabled: row.enabled,
    webhookSecret: row.webhookSecret,
    updatedAt: row.updatedAt,
  }));
}
export type AlertChannelView = Awaited<ReturnType<typeof listAlertChannels>>[number];
