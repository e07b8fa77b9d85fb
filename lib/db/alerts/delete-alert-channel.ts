import "server-only";
import { getDb } from "../client";
import { recordAuditEvent } from "../audit/record-audit-event";
import type { Actor } from "../types";

/** Removes a channel and cancels its alerts not yet sent; sent and failed ones stay on record. */
export async function deleteAlertChannel(
  id: string,
  actor: Actor,
): Promise<{ ok: true; cancelled: number } | { ok: false; code: "not-found" }> {
  const db = await getDb();
  return db.$transaction(async (tx) => {
    const channel = await tx.alertChannel.findUnique({ where: { id }, select: { name: true, kind: true } });
    if (!channel) return { ok: false, code: "not-found" } as const;
    const cancelled = await tx.alertDelivery.updateMany({
      where: { channelId: id, state: "QUEUED" },
      data: { state: "CANCELLED", lastError: "The channel was deleted", lockedUntil: null },
    });
    await tx.alertChannel.delete({ where: { id } });
    await recordAuditEvent(tx, {
      actor,
      action: "alert-channel.deleted",
      entityType: "AlertChannel",
      entityId: id,
      details: { name: channel.name, kind: channel.kind, cancelledDeliveries: cancelled.count },
    });
    return { ok: true, cancelled: cancelled.count } as const;
  });
}
