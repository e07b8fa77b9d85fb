import "server-only";
import crypto from "node:crypto";
import { Secret, TOTP } from "otpauth";
import { env } from "@/lib/env";
import { decryptTotpSecret, encryptTotpSecret } from "./totp-secret-box";

const ISSUER = "Spine Intake";

/** RFC 6238 defaults that every authenticator app supports: SHA-1, 6 digits, 30-second steps. */
function totpFor(base32Secret: string, label = "staff") {
  return new TOTP({
    issuer: ISSUER,
    label,
    algorithm: "SHA1",
    digits: 6,
    period: 30,
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
  return decryptTotpSecret(box, env.AUTH_SECRET);
}

/** The otpauth:// URI an authenticator app reads from the QR code. */
export function totpUri(base32Secret: string, email: string): string {
  return totpFor(base32Secret, email).toString();
}

/** Accepts the current code and one step either side, for clocks a little out of step. */
export function verifyTotpCode(base32Secret: string, code: string, now = Date.now()): boolean {
  const token = code.replace(/\s+/g, "");
  if (!/^\d{6}$/.test(token)) return false;
  return totpFor(base32Secret).validate({ token, timestamp: now, window: 1 }) !== null;
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

export function normaliseRecoveryCode(code: string): string {
  return code
    .trim()
    .toLowerCase()
    .replace(/[^a-z0-9]/g, "");
}

export function hashRecoveryCode(code: string): string {
  return crypto.createHash("sha256").update(normaliseRecoveryCode(code)).digest("hex");
}
