import type { listSubmissionAlerts } from "@/lib/db/alerts/list-submission-alerts";
import { formatAlertTime } from "@/lib/domain/alerts/alert-message";
import { AcknowledgeForm } from "./acknowledge-form";
import { AlertDeliveryList } from "./alert-delivery-list";

type SubmissionAlerts = NonNullable<Awaited<ReturnType<typeof listSubmissionAlerts>>>;

/** On the submission page: who acknowledged it (or the button to), and every alert sent about it. */
export function SubmissionAlertsPanel({
  alerts,
  canAcknowledge,
}: {
  alerts: SubmissionAlerts;
  canAcknowledge: boolean;
}) {
  const empty =
    alerts.triageLevel === "ROUTINE"
      ? "No alerts: ROUTINE submissions wait in the queue."
      : alerts.alertsOn
        ? "No alerts were sent: no channel took this triage level when it arrived."
        : "No alerts were sent: red-flag alerts are off (no channel is set up).";
  return (
    <section aria-labelledby="alerts-h" className="rounded-lg bg-white p-4 shadow-sm">
      <h2 id="alerts-h" className="mb-2 text-lg font-semibold">
        Acknowledgement and alerts
      </h2>
      {alerts.acknowledgedAt ? (
        <p className="mb-3">
          Acknowledged by <span className="font-semibold">{alerts.acknowledgedByName ?? "a former staff member"}</span>{" "}
          at {formatAlertTime(alerts.acknowledgedAt)}.
        </p>
      ) : (
        <div className="mb-3 space-y-2">
          <p>Not acknowledged yet. Acknowledging tells colleagues you have it and stops escalation alerts.</p>
          {canAcknowledge ? <AcknowledgeForm submissionId={alerts.submissionId} /> : null}
        </div>
      )}
      <AlertDeliveryList deliveries={alerts.deliveries} empty={empty} label="Alerts about this submission" />
    </section>
  );
}
