// Webhook signatures: HMAC-SHA256 over "<unix seconds>.<raw body>" with the channel's secret, sent as
// `X-Spine-Timestamp` and `X-Spine-Signature: sha256=<hex>`. The timestamp lets receivers refuse replays.
// No "server-only": receivers and tests import verifyWebhookSignature as is.
import crypto from "node:crypto";

export const SIGNATURE_HEADER = "x-spine-signature";
export const TIMESTAMP_HEADER = "x-spine-timestamp";
export const DELIVERY_HEADER = "x-spine-delivery";
/** How old a signed request may be before a receiver should refuse it. */
export const SIGNATURE_TOLERANCE_SECONDS = 300;

export function newWebhookSecret(): string {
  return `whsec_${crypto.randomBytes(24).toString("base64url")}`;
}

export function signWebhookBody(secret: string, timestamp: number, body: string): string {
  return `sha256=${crypto.createHmac("sha256", secret).update(`${timestamp}.${body}`).digest("hex")}`;
}

/** True when the signature matches the body and the timestamp is within the tolerance of `now`. */
export function verifyWebhookSignature(input: {
  secret: string;
  body: string;
  timestamp: string | null | undefined;
  signature: string | null | undefined;
  now?: Date;
  toleranceSeconds?: number;
}): boolean {
  const timestamp = Number(input.timestamp);
  if (!input.signature || !Number.isInteger(timestamp)) return false;
  const nowSeconds = Math.floor((input.now ?? new Date()).getTime() / 1000);
  if (Math.abs(nowSeconds - timestamp) > (input.toleranceSeconds ?? SIGNATURE_TOLERANCE_SECONDS)) return false;
  const expected = Buffer.from(signWebhookBody(input.secret, timestamp, input.body));
  const given = Buffer.from(input.signature);
  return expected.length === given.length && crypto.timingSafeEqual(expected, given);
}
