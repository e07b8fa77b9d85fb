import type { listSubmissionAlerts } from "@/lib/db/alerts/list-submission-alerts";
import { formatClinicTime } from "@/lib/domain/time/clinic-time";
import { AlertDeliveryList } from "./alert-delivery-list";

type SubmissionAlerts = NonNullable<Awaited<ReturnType<typeof listSubmissionAlerts>>>;

/** On the submission page: who acknowledged it, and every alert sent about it. */
export function SubmissionAlertsPanel({ alerts, timeZone }: { alerts: SubmissionAlerts; timeZone: string }) {
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
          at {formatClinicTime(alerts.acknowledgedAt, timeZone)}.
        </p>
      ) : (
        <p className="mb-3">
          Not acknowledged yet. Acknowledging (at the top of the page) tells colleagues you have it and stops escalation
          alerts.
        </p>
      )}
      <AlertDeliveryList
        deliveries={alerts.deliveries}
        empty={empty}
        label="Alerts about this submission"
        timeZone={timeZone}
      />
    </section>
  );
}
