import "server-only";
import { channelDestinationProblem, type AlertChannelInput } from "@/lib/domain/alerts/settings-schema";
import { env } from "@/lib/env";
import { newWebhookSecret } from "@/lib/alerts/webhook-signature";
import { getDb } from "../client";
import { recordAuditEvent } from "../audit/record-audit-event";
import type { Actor } from "../types";
import { channelDetails, type DestinationOptions, type PrivateDestinationRefusal } from "./create-alert-channel";

/** Changes a channel's settings. Alerts already queued keep the recipients they were queued for. */
export async function updateAlertChannel(
  id: string,
  input: AlertChannelInput,
  actor: Actor,
  options: DestinationOptions = { allowPrivateNetworks: env.ALERT_ALLOW_PRIVATE_NETWORKS },
): Promise<{ ok: true } | { ok: false; code: "not-found" } | PrivateDestinationRefusal> {
  const problem = channelDestinationProblem(input, options.allowPrivateNetworks);
  if (problem) return { ok: false, code: "private-destination", message: problem };
  const db = await getDb();
  return db.$transaction(async (tx) => {
    const existing = await tx.alertChannel.findUnique({ where: { id }, select: { kind: true, webhookSecret: true } });
    if (!existing) return { ok: false, code: "not-found" } as const;
    await tx.alertChannel.update({
      where: { id },
      data: {
        name: input.name,
        kind: input.kind,
        recipients: [...new Set(input.recipients)],
        levels: input.levels,
        escalation: input.escalation,
        enabled: input.enabled,
        webhookSecret: input.kind === "WEBHOOK" ? (existing.webhookSecret ?? newWebhookSecret()) : null,
      },
    });
    await recordAuditEvent(tx, {
      actor,
      action: "alert-channel.updated",
      entityType: "AlertChannel",
      entityId: id,
      details: channelDetails(input),
    });
    return { ok: true } as const;
  });
}
