import "server-only";
import nodemailer from "nodemailer";
import { publicAddressOf } from "./destination-check";
import type { AlertEmail, AlertWebhookBody } from "@/lib/domain/alerts/alert-message";
import { DELIVERY_HEADER, SIGNATURE_HEADER, signWebhookBody, TIMESTAMP_HEADER } from "./webhook-signature";

export type SmtpSettings = {
  smtpHost: string | null;
  smtpPort: number;
  smtpSecure: boolean;
  smtpUser: string | null;
  smtpPassword: string | null;
  fromAddress: string | null;
};

/** How alerts leave the process; tests may wrap these, the worker uses the real ones by default. */
export type AlertSenders = {
  email: (smtp: SmtpSettings, to: string, message: AlertEmail) => Promise<void>;
  webhook: (url: string, secret: string, body: AlertWebhookBody, deliveryId: string, now: Date) => Promise<void>;
};

/** A send must end well inside the worker's claim (5 minutes), or another worker could take the row over. */
const NETWORK_TIMEOUT_MS = 20_000;

export async function sendAlertEmail(smtp: SmtpSettings, to: string, message: AlertEmail): Promise<void> {
  if (!smtp.smtpHost || !smtp.fromAddress)
    throw new Error("Email alerts are not set up: enter the SMTP server and the from address in Alerts");
  const transport = nodemailer.createTransport({
    // Connect to the address just checked; TLS still verifies the certificate against the name.
    host: await publicAddressOf(smtp.smtpHost),
    tls: { servername: smtp.smtpHost },
    port: smtp.smtpPort,
    secure: smtp.smtpSecure,
    auth: smtp.smtpUser ? { user: smtp.smtpUser, pass: smtp.smtpPassword ?? "" } : undefined,
    connectionTimeout: NETWORK_TIMEOUT_MS,
    greetingTimeout: NETWORK_TIMEOUT_MS,
    socketTimeout: NETWORK_TIMEOUT_MS,
  });
  try {
    await transport.sendMail({ from: smtp.fromAddress, to, subject: message.subject, text: message.text });
  } finally {
    transport.close();
  }
}

export async function sendAlertWebhook(
  url: string,
  secret: string,
  body: AlertWebhookBody,
  deliveryId: string,
  now: Date,
): Promise<void> {
  // Refused before anything is sent. (fetch looks the name up again; pinning it would need undici's Agent.)
  const target = new URL(url);
  await publicAddressOf(target.hostname);
  const json = JSON.stringify(body);
  const timestamp = Math.floor(now.getTime() / 1000);
  const response = await fetch(url, {
    method: "POST",
    headers: {
      "content-type": "application/json",
      "user-agent": "spine-intake-alerts",
      [TIMESTAMP_HEADER]: String(timestamp),
      [SIGNATURE_HEADER]: signWebhookBody(secret, timestamp, json),
      [DELIVERY_HEADER]: deliveryId,
    },
    body: json,
    redirect: "manual",
    signal: AbortSignal.timeout(NETWORK_TIMEOUT_MS),
  });
  // Drain the body so the connection is released; its content is not needed.
  await response.arrayBuffer().catch(() => undefined);
  if (response.status < 200 || response.status >= 300)
    throw new Error(`The webhook answered HTTP ${response.status} ${response.statusText}`.trim());
}

export const realAlertSenders: AlertSenders = { email: sendAlertEmail, webhook: sendAlertWebhook };
