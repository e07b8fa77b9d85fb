import "server-only";
import http from "node:http";
import https from "node:https";
import net from "node:net";
import nodemailer from "nodemailer";
import { publicAddressOf, vettedAddressesOf, type DestinationOptions } from "./destination-check";
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

/** For tests: the resolver to vet the name with, whether private networks are allowed, and a shorter timeout. */
export type WebhookOptions = DestinationOptions & { timeoutMs?: number };

export async function sendAlertWebhook(
  url: string,
  secret: string,
  body: AlertWebhookBody,
  deliveryId: string,
  now: Date,
  options: WebhookOptions = {},
): Promise<void> {
  // Refused before anything is sent; otherwise sent to the very address that was vetted.
  const target = new URL(url);
  const addresses = await vettedAddressesOf(target.hostname, options);
  const json = JSON.stringify(body);
  const timestamp = Math.floor(now.getTime() / 1000);
  const response = await postPinned(target, addresses, json, options.timeoutMs ?? NETWORK_TIMEOUT_MS, {
    "content-type": "application/json",
    "user-agent": "spine-intake-alerts",
    [TIMESTAMP_HEADER]: String(timestamp),
    [SIGNATURE_HEADER]: signWebhookBody(secret, timestamp, json),
    [DELIVERY_HEADER]: deliveryId,
  });
  if (response.status < 200 || response.status >= 300)
    throw new Error(`The webhook answered HTTP ${response.status} ${response.statusText}`.trim());
}

/**
 * POSTs to `url` with its connection made to the vetted `addresses` (fetch would look the name up again, and could be
 * told a private address the second time). The URL's name still goes in the Host header and, over https, in SNI and
 * the certificate check. Redirects are not followed, as a vetted address could otherwise send us anywhere.
 */
function postPinned(
  url: URL,
  addresses: string[],
  body: string,
  timeoutMs: number,
  headers: Record<string, string>,
): Promise<{ status: number; statusText: string }> {
  const answers = addresses.map((address) => ({ address, family: net.isIPv6(address) ? 6 : 4 }));
  const pinned: net.LookupFunction = (_name, lookupOptions, callback) =>
    // Node asks for every address (`all`) when it may try several in turn; it gets the vetted ones, and only those.
    lookupOptions.all
      ? (callback as (e: null, a: { address: string; family: number }[]) => void)(null, answers)
      : callback(null, answers[0]!.address, answers[0]!.family);
  const client = url.protocol === "https:" ? https : http;
  return new Promise((resolve, reject) => {
    const request = client.request(
      url,
      { method: "POST", headers: { ...headers, "content-length": String(Buffer.byteLength(body)) }, lookup: pinned },
      (response) => {
        // Drained so the connection is released; its content is not needed.
        response.resume();
        response.on("end", () =>
          resolve({ status: response.statusCode ?? 0, statusText: response.statusMessage ?? "" }),
        );
        response.on("error", reject);
      },
    );
    const deadline = setTimeout(
      () => request.destroy(Object.assign(new Error("The webhook did not answer in time"), { code: "ETIMEDOUT" })),
      timeoutMs,
    );
    request.on("close", () => clearTimeout(deadline));
    request.on("error", reject);
    request.end(body);
  });
}

export const realAlertSenders: AlertSenders = { email: sendAlertEmail, webhook: sendAlertWebhook };
