import type { listSubmissionAlerts } from "@/lib/db/alerts/list-submission-alerts";
import { acknowledgementView } from "@/lib/domain/submission/acknowledgement-view";
import { AlertDeliveryList } from "./alert-delivery-list";
import { AcknowledgementSentence } from "./submission-live-state";

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
      <AcknowledgementSentence
        rendered={acknowledgementView(alerts.acknowledgedAt, alerts.acknowledgedByName, timeZone)}
      />
      <AlertDeliveryList
        deliveries={alerts.deliveries}
        empty={empty}
        label="Alerts about this submission"
        timeZone={timeZone}
      />
    </section>
  );
}
