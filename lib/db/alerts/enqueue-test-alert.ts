import "server-only";
import { getDb } from "../client";
import { recordAuditEvent } from "../audit/record-audit-event";
import type { Actor } from "../types";

/** Queues a test alert, with no patient behind it, to every recipient of every enabled channel. */
export async function enqueueTestAlert(
  actor: Actor,
  now: Date = new Date(),
): Promise<{ ok: true; queued: number } | { ok: false; code: "no-channels" }> {
  const db = await getDb();
  return db.$transaction(async (tx) => {
    const channels = await tx.alertChannel.findMany({
      where: { enabled: true },
      select: { id: true, name: true, kind: true, recipients: true },
    });
    const rows = channels.flatMap((channel) =>
      [...new Set(channel.recipients)].map((recipient) => ({
        purpose: "TEST" as const,
        channelId: channel.id,
        channelKind: channel.kind,
        channelName: channel.name,
        recipient,
        nextAttemptAt: now,
      })),
    );
    if (rows.length === 0) return { ok: false, code: "no-channels" } as const;
    await tx.alertDelivery.createMany({ data: rows });
    await recordAuditEvent(tx, {
      actor,
      action: "alerts.test-sent",
      entityType: "AlertChannel",
      details: { channels: channels.length, recipients: rows.length },
    });
    return { ok: true, queued: rows.length } as const;
  });
}
