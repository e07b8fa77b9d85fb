import "server-only";
import { getDb } from "../client";
import { getAlertStatus } from "./get-alert-status";

/** A webhook URL may carry a token (chat tools put one in the path): show staff only where it goes. */
export function displayRecipient(kind: "EMAIL" | "WEBHOOK", recipient: string): string {
  if (kind === "EMAIL") return recipient;
  try {
    return new URL(recipient).host;
  } catch {
    return "webhook";
  }
}

/** The alerts sent about one submission, its acknowledgement, and whether alerts are on, for the submission page. */
export async function listSubmissionAlerts(submissionId: string) {
  const db = await getDb();
  const [submission, deliveries, status] = await Promise.all([
    db.submission.findUnique({
      where: { id: submissionId },
      select: {
        id: true,
        triageLevel: true,
        acknowledgedAt: true,
        rowVersion: true,
        acknowledgedBy: { select: { name: true } },
      },
    }),
    db.alertDelivery.findMany({
      where: { submissionId },
      orderBy: [{ purpose: "asc" }, { createdAt: "asc" }, { id: "asc" }],
    }),
    getAlertStatus(),
  ]);
  if (!submission) return null;
  return {
    submissionId: submission.id,
    triageLevel: submission.triageLevel,
    acknowledgedAt: submission.acknowledgedAt,
    acknowledgedByName: submission.acknowledgedBy?.name ?? null,
    rowVersion: submission.rowVersion,
    alertsOn: status.on,
    deliveries: deliveries.map(toDeliveryView),
  };
}

export function toDeliveryView(d: {
  id: string;
  purpose: "NEW_SUBMISSION" | "ESCALATION" | "TEST";
  channelName: string;
  channelKind: "EMAIL" | "WEBHOOK";
  recipient: string;
  state: "QUEUED" | "SENDING" | "SENT" | "FAILED" | "CANCELLED";
  attempts: number;
  nextAttemptAt: Date;
  lastError: string | null;
  sentAt: Date | null;
  createdAt: Date;
}) {
  return {
    id: d.id,
    purpose: d.purpose,
    channelName: d.channelName,
    channelKind: d.channelKind,
    recipient: displayRecipient(d.channelKind, d.recipient),
    state: d.state,
    attempts: d.attempts,
    nextAttemptAt: d.nextAttemptAt,
    lastError: d.lastError,
    sentAt: d.sentAt,
    createdAt: d.createdAt,
  };
}
export type AlertDeliveryView = ReturnType<typeof toDeliveryView>;
