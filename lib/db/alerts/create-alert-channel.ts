import "server-only";
import { channelDestinationProblem, type AlertChannelInput } from "@/lib/domain/alerts/settings-schema";
import { env } from "@/lib/env";
import { newWebhookSecret } from "@/lib/alerts/webhook-signature";
import { getDb } from "../client";
import { recordAuditEvent } from "../audit/record-audit-event";
import type { Actor } from "../types";

export type DestinationOptions = { allowPrivateNetworks: boolean };
export type PrivateDestinationRefusal = { ok: false; code: "private-destination"; message: string };

/**
 * Adds an email or webhook channel; a webhook gets its own signing secret. A webhook written as a private address
 * or local name is refused here already, so the admin hears it while saving rather than at the first alert.
 */
export async function createAlertChannel(
  input: AlertChannelInput,
  actor: Actor,
  options: DestinationOptions = { allowPrivateNetworks: env.ALERT_ALLOW_PRIVATE_NETWORKS },
): Promise<{ ok: true; id: string } | PrivateDestinationRefusal> {
  const problem = channelDestinationProblem(input, options.allowPrivateNetworks);
  if (problem) return { ok: false, code: "private-destination", message: problem };
  const db = await getDb();
  return db.$transaction(async (tx) => {
    const channel = await tx.alertChannel.create({
      data: {
        name: input.name,
        kind: input.kind,
        recipients: [...new Set(input.recipients)],
        levels: input.levels,
        escalation: input.escalation,
        enabled: input.enabled,
        webhookSecret: input.kind === "WEBHOOK" ? newWebhookSecret() : null,
      },
      select: { id: true },
    });
    await recordAuditEvent(tx, {
      actor,
      action: "alert-channel.created",
      entityType: "AlertChannel",
      entityId: channel.id,
      details: channelDetails(input),
    });
    return { ok: true, id: channel.id } as const;
  });
}

/** What the audit keeps about a channel: its settings (staff addresses and URLs, never patient data). */
export function channelDetails(input: AlertChannelInput) {
  return {
    name: input.name,
    kind: input.kind,
    recipients: input.recipients,
    levels: input.levels,
    escalation: input.escalation,
    enabled: input.enabled,
  };
}
