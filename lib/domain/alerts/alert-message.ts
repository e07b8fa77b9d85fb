// What an alert says. Built from the triage level, the reference code, the time and a dashboard link only:
// never a name, a date of birth or an answer, because email and chat tools are not clinical record systems.

import { formatClinicTime, formatUtc } from "../time/clinic-time";

export type AlertLevel = "EMERGENT" | "URGENT" | "ROUTINE";
export type AlertPurpose = "NEW_SUBMISSION" | "ESCALATION" | "TEST";

export type AlertFacts = {
  purpose: AlertPurpose;
  /** Null for a test alert. */
  level: AlertLevel | null;
  referenceCode: string | null;
  /** When the submission arrived (or, for a test, when it was sent). */
  at: Date;
  /** The submission in the dashboard (sign-in required), or the alert settings page for a test. */
  link: string;
  /** For an escalation: the minutes that passed without acknowledgement. */
  escalationMinutes?: number;
  /** The outbox row's id: receivers can use it to drop a repeat. */
  alertId: string;
  /** The clinic's zone (IANA name), for the times a person reads; UTC when unset. */
  timeZone?: string;
};

export type AlertEmail = { subject: string; text: string };

/** The JSON body of a webhook call. `text` suits chat tools that post a message's `text` field as is. */
export type AlertWebhookBody = {
  type: "submission.red_flag" | "submission.escalation" | "test";
  alertId: string;
  triageLevel: AlertLevel | null;
  referenceCode: string | null;
  submittedAt: string | null;
  sentFor: string;
  url: string;
  text: string;
};

/**
 * "25 Nov 2026, 19:04 GMT (2026-11-25 19:04 UTC)": the clinic's own clock first, as on the dashboard, and UTC
 * beside it for a reader elsewhere (an on-call phone abroad, a chat tool's log); just UTC when the clinic has no zone.
 */
export function formatAlertTime(at: Date, timeZone = "UTC"): string {
  return timeZone === "UTC" ? formatUtc(at) : `${formatClinicTime(at, timeZone)} (${formatUtc(at)})`;
}

function headline(f: AlertFacts): string {
  if (f.purpose === "TEST") return "Test alert from Spine Intake: the alert settings work. No patient is involved.";
  if (f.purpose === "ESCALATION")
    return `${f.level} submission ${f.referenceCode} has not been acknowledged after ${f.escalationMinutes ?? "the set"} minutes.`;
  return `New ${f.level} submission ${f.referenceCode} needs a clinician.`;
}

export function alertEmail(f: AlertFacts): AlertEmail {
  const subject =
    f.purpose === "TEST"
      ? "[Spine Intake] Test alert"
      : f.purpose === "ESCALATION"
        ? `[Spine Intake] NOT ACKNOWLEDGED: ${f.level} submission ${f.referenceCode}`
        : `[Spine Intake] ${f.level} submission ${f.referenceCode}`;
  const lines =
    f.purpose === "TEST"
      ? [headline(f), "", `Sent: ${formatAlertTime(f.at, f.timeZone)}`, `Alert settings: ${f.link}`]
      : [
          headline(f),
          "",
          `Triage level: ${f.level}`,
          `Reference code: ${f.referenceCode}`,
          `Received: ${formatAlertTime(f.at, f.timeZone)}`,
          "",
          `Open it in the dashboard (sign-in required): ${f.link}`,
          "",
          "Acknowledge it on the dashboard to stop further alerts about it.",
        ];
  return { subject, text: `${lines.join("\n")}\n` };
}

export function alertWebhookBody(f: AlertFacts): AlertWebhookBody {
  return {
    type: f.purpose === "TEST" ? "test" : f.purpose === "ESCALATION" ? "submission.escalation" : "submission.red_flag",
    alertId: f.alertId,
    triageLevel: f.level,
    referenceCode: f.referenceCode,
    submittedAt: f.purpose === "TEST" ? null : f.at.toISOString(),
    sentFor: f.purpose,
    url: f.link,
    text: `${headline(f)} ${f.link}`,
  };
}
