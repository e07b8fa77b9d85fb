import "server-only";
import type { TriageLevel } from "@/lib/domain/triage";
import type { Prisma } from "../generated/prisma/client";
import type { DbTx } from "../types";
import { getAlertSettings } from "./get-alert-settings";

/**
 * Writes a new submission's alerts to the outbox, inside the transaction that stores the submission, so an
 * alert exists exactly when its submission does. EMERGENT and URGENT go to every enabled channel that takes
 * the level; an EMERGENT one also gets an escalation per escalation-list recipient, due after the set minutes,
 * which acknowledging cancels. Returns how many rows were queued.
 */
export async function enqueueAlertsForSubmission(
  tx: DbTx,
  submission: { id: string; triageLevel: TriageLevel },
  now: Date = new Date(),
): Promise<number> {
  if (submission.triageLevel === "ROUTINE") return 0;
  const channels = await tx.alertChannel.findMany({
    where: { enabled: true },
    select: { id: true, name: true, kind: true, recipients: true, levels: true, escalation: true },
  });
  const rows: Prisma.AlertDeliveryCreateManyInput[] = [];
  const queue = (channel: (typeof channels)[number], purpose: "NEW_SUBMISSION" | "ESCALATION", nextAttemptAt: Date) => {
    for (const recipient of new Set(channel.recipients)) {
      rows.push({
        purpose,
        submissionId: submission.id,
        channelId: channel.id,
        channelKind: channel.kind,
        channelName: channel.name,
        recipient,
        nextAttemptAt,
      });
    }
  };
  for (const channel of channels) {
    if (channel.levels.includes(submission.triageLevel)) queue(channel, "NEW_SUBMISSION", now);
  }
  const escalationChannels = channels.filter((c) => c.escalation);
  if (submission.triageLevel === "EMERGENT" && escalationChannels.length > 0) {
    const { escalationMinutes } = await getAlertSettings(tx);
    const due = new Date(now.getTime() + escalationMinutes * 60_000);
    for (const channel of escalationChannels) queue(channel, "ESCALATION", due);
  }
  if (rows.length === 0) return 0;
  await tx.alertDelivery.createMany({ data: rows });
  return rows.length;
}
