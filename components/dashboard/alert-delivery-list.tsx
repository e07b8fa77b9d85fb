import type { AlertDeliveryView } from "@/lib/db/alerts/list-submission-alerts";
import { formatClinicTime } from "@/lib/domain/time/clinic-time";

const PURPOSE_LABELS = { NEW_SUBMISSION: "Red-flag alert", ESCALATION: "Escalation", TEST: "Test alert" } as const;

const STATE_STYLE = {
  QUEUED: "bg-blue-100 text-blue-950",
  SENDING: "bg-blue-100 text-blue-950",
  SENT: "bg-green-100 text-green-950",
  FAILED: "bg-red-100 text-red-950",
  CANCELLED: "bg-slate-200 text-slate-900",
} as const;

function stateLabel(d: AlertDeliveryView): string {
  switch (d.state) {
    case "SENT":
      return "Sent";
    case "SENDING":
      return "Sending";
    case "FAILED":
      return "Failed";
    case "CANCELLED":
      return "Cancelled";
    case "QUEUED":
      if (d.attempts > 0) return "Retrying";
      return d.purpose === "ESCALATION" ? "Scheduled" : "Queued";
  }
}

function stateDetail(d: AlertDeliveryView, timeZone: string): string | null {
  const formatAlertTime = (at: Date) => formatClinicTime(at, timeZone);
  switch (d.state) {
    case "SENT":
      return d.sentAt ? `at ${formatAlertTime(d.sentAt)}` : null;
    case "SENDING":
      return `attempt ${d.attempts}`;
    case "FAILED":
      return `after ${d.attempts} attempts: ${d.lastError ?? "unknown error"}`;
    case "CANCELLED":
      return d.purpose === "ESCALATION" && !d.lastError ? "the submission was acknowledged in time" : d.lastError;
    case "QUEUED":
      if (d.attempts > 0)
        return `at ${formatAlertTime(d.nextAttemptAt)} (attempt ${d.attempts} failed: ${d.lastError ?? "unknown error"})`;
      return d.purpose === "ESCALATION"
        ? `for ${formatAlertTime(d.nextAttemptAt)} unless acknowledged before then`
        : "waiting to be sent";
  }
}

/** Each alert's delivery state: queued, sent, retrying at (with the error), failed (with the error), cancelled. */
export function AlertDeliveryList({
  deliveries,
  empty,
  label,
  timeZone = "UTC",
}: {
  deliveries: AlertDeliveryView[];
  empty: string;
  label: string;
  timeZone?: string;
}) {
  if (deliveries.length === 0) return <p className="text-slate-700">{empty}</p>;
  return (
    <ul aria-label={label} className="divide-y divide-slate-200">
      {deliveries.map((d) => (
        <li key={d.id} className="flex flex-col gap-1 py-2 sm:flex-row sm:items-baseline sm:gap-3">
          <span className={`w-fit rounded px-2 py-0.5 text-sm font-semibold ${STATE_STYLE[d.state]}`}>
            {stateLabel(d)}
          </span>
          <span>
            <span className="font-semibold">{PURPOSE_LABELS[d.purpose]}</span> to {d.recipient}{" "}
            <span className="text-sm text-slate-600">
              ({d.channelKind === "EMAIL" ? "email" : "webhook"}, {d.channelName})
            </span>
            {stateDetail(d, timeZone) ? (
              <span className="block text-sm text-slate-700">{stateDetail(d, timeZone)}</span>
            ) : null}
          </span>
        </li>
      ))}
    </ul>
  );
}
