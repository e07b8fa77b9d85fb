import "server-only";
import { sendAlertEmail } from "@/lib/alerts/senders";
import { getAlertSettings } from "../alerts/get-alert-settings";

/**
 * Emails a one-time link through the clinic's SMTP server (the one set up at /admin/alerts), when there
 * is one. Returns whether it was sent; the admin is shown the link either way, so a failure is not fatal.
 */
export async function sendInvitationEmail(
  to: string,
  link: string,
  kind: "INVITE" | "PASSWORD_RESET",
): Promise<boolean> {
  const smtp = await getAlertSettings();
  if (!smtp.smtpHost || !smtp.fromAddress) return false;
  const subject = kind === "INVITE" ? "Your Spine Intake staff account" : "Reset your Spine Intake password";
  const text =
    kind === "INVITE"
      ? `You have been invited to Spine Intake. Open this link to choose your password (it works once, for 3 days):\n\n${link}\n`
      : `A password reset was requested for your Spine Intake account. Open this link to choose a new password (it works once, for 3 days):\n\n${link}\n\nIf you did not expect this, tell your clinic's admin.`;
  try {
    await sendAlertEmail(smtp, to, { subject, text });
    return true;
  } catch {
    // No address or error text in logs: the admin sees "not sent" and passes the link on by hand.
    return false;
  }
}
