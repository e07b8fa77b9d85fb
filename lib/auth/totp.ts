import "server-only";
import crypto from "node:crypto";
import { Secret, TOTP } from "otpauth";
import { secretsInUse } from "./keys";
import { env } from "@/lib/env";
import { decryptTotpSecret, encryptTotpSecret } from "./totp-secret-box";

const ISSUER = "Spine Intake";
export const TOTP_PERIOD_SECONDS = 30;

/** RFC 6238 defaults that every authenticator app supports: SHA-1, 6 digits, 30-second steps. */
function totpFor(base32Secret: string, label = "staff") {
  return new TOTP({
    issuer: ISSUER,
    label,
    algorithm: "SHA1",
    digits: 6,
    period: TOTP_PERIOD_SECONDS,
    secret: Secret.fromBase32(base32Secret),
  });
}

export function newTotpSecret(): string {
  return new Secret({ size: 20 }).base32;
}

export function sealTotpSecret(base32Secret: string): string {
  return encryptTotpSecret(base32Secret, env.AUTH_SECRET);
}

export function openTotpSecret(box: string): string | null {
  return decryptTotpSecret(box, secretsInUse(env.AUTH_SECRET, env.AUTH_SECRET_PREVIOUS));
}

/** The otpauth:// URI an authenticator app reads from the QR code. */
export function totpUri(base32Secret: string, email: string): string {
  return totpFor(base32Secret, email).toString();
}

/**
 * The 30-second time step the code belongs to, or null when it is not a valid code now. Accepts the current step and
 * one either side, for clocks a little out of step; callers then refuse a step already used (replay).
 */
export function matchTotpStep(base32Secret: string, code: string, now = Date.now()): number | null {
  const token = code.replace(/\s+/g, "");
  if (!/^\d{6}$/.test(token)) return null;
  const delta = totpFor(base32Secret).validate({ token, timestamp: now, window: 1 });
  if (delta === null) return null;
  return Math.floor(now / 1000 / TOTP_PERIOD_SECONDS) + delta;
}

export function totpCodeAt(base32Secret: string, now = Date.now()): string {
  return totpFor(base32Secret).generate({ timestamp: now });
}

const RECOVERY_ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789"; // no look-alikes (0/o, 1/l/i)

/** Ten one-time recovery codes like "k7mq-x2pd-9rtf"; only their SHA-256 hashes are stored. */
export function newRecoveryCodes(count = 10): string[] {
  return Array.from({ length: count }, () => {
    const chars = Array.from({ length: 12 }, () => RECOVERY_ALPHABET[crypto.randomInt(RECOVERY_ALPHABET.length)]);
    return [chars.slice(0, 4), chars.slice(4, 8), chars.slice(8)].map((c) => c.join("")).join("-");
  });
}

export { hashRecoveryCode, normaliseRecoveryCode } from "./recovery-code";
