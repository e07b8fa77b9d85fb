import Link from "next/link";
import type { AlertStatus } from "@/lib/db/alerts/get-alert-status";
import { Alert } from "@/components/ui/alert";

/** Says plainly when red-flag alerts go nowhere, or when email alerts cannot leave for want of a mail server. */
export function AlertsOffNotice({
  status,
  nextStep,
}: {
  status: AlertStatus;
  /** "link" to the alert settings, "ask-admin" for clinicians, "here" on the settings page itself. */
  nextStep: "link" | "ask-admin" | "here";
}) {
  const where =
    nextStep === "link" ? (
      <Link href="/admin/alerts" className="font-semibold underline">
        Set up alerts
      </Link>
    ) : nextStep === "ask-admin" ? (
      <span>Ask an admin to set them up under Alerts.</span>
    ) : (
      <span>Set them up below.</span>
    );
  return (
    <>
      {!status.on ? (
        <Alert tone="warning" title="Red-flag alerts are off">
          <p>
            No alert channel is set up, so nobody is told about EMERGENT or URGENT submissions until someone opens this
            dashboard.
          </p>
          <p>{where}</p>
        </Alert>
      ) : null}
      {status.emailNeedsSmtp ? (
        <Alert tone="warning" title="Email alerts cannot be sent">
          <p>An email channel is on, but the email server or the from address is missing.</p>
          <p>{where}</p>
        </Alert>
      ) : null}
    </>
  );
}
