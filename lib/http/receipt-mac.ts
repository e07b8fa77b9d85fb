import "server-only";
import crypto from "node:crypto";
import { env } from "@/lib/env";
import { purposeKey, secretsInUse } from "@/lib/auth/keys";

const mac = (idempotencyKey: string, secret: string) =>
  crypto.createHmac("sha256", purposeKey("receipt", secret)).update(idempotencyKey).digest("base64url");

/**
 * The receipt cookie's value: the idempotency key with a MAC, so knowing a key (a kiosk's, say) and setting the
 * cookie by hand does not show that submission's result.
 */
export function signReceipt(idempotencyKey: string): string {
  return `${idempotencyKey}.${mac(idempotencyKey, env.AUTH_SECRET)}`;
}

/** The idempotency key from a receipt this server made, or undefined. */
export function openReceipt(value: string | undefined): string | undefined {
  if (!value) return undefined;
  const dot = value.lastIndexOf(".");
  if (dot < 1) return undefined;
  const key = value.slice(0, dot);
  const given = Buffer.from(value.slice(dot + 1));
  const valid = secretsInUse(env.AUTH_SECRET, env.AUTH_SECRET_PREVIOUS).some((secret) => {
    const expected = Buffer.from(mac(key, secret));
    return expected.length === given.length && crypto.timingSafeEqual(expected, given);
  });
  return valid ? key : undefined;
}
