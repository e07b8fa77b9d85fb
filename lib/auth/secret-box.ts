// Secrets the server must read back (authenticator-app secrets, the SMTP password) are stored sealed: AES-256-GCM
// with a key derived per purpose from AUTH_SECRET (lib/auth/keys.ts), so a copy of the database alone opens none.
// No "server-only" here: the e2e fixtures enrol staff directly in the database and must seal secrets the same way.
import crypto from "node:crypto";
import { purposeKey, type KeyPurpose } from "./keys";

const VERSION = "v1";

/** "v1.<iv>.<tag>.<ciphertext>", each base64url. */
export function seal(plaintext: string, purpose: KeyPurpose, authSecret: string): string {
  const iv = crypto.randomBytes(12);
  const cipher = crypto.createCipheriv("aes-256-gcm", purposeKey(purpose, authSecret), iv);
  const ciphertext = Buffer.concat([cipher.update(plaintext, "utf8"), cipher.final()]);
  return [VERSION, iv, cipher.getAuthTag(), ciphertext]
    .map((p) => (typeof p === "string" ? p : p.toString("base64url")))
    .join(".");
}

export function isSealed(value: string): boolean {
  return /^v1\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]*$/.test(value);
}

/** The plaintext, trying each secret in turn (current, then previous); null when none opens it or it was altered. */
export function open(box: string, purpose: KeyPurpose, authSecrets: readonly string[]): string | null {
  const [version, iv, tag, ciphertext] = box.split(".");
  if (version !== VERSION || !iv || !tag || ciphertext === undefined) return null;
  for (const secret of authSecrets) {
    try {
      const decipher = crypto.createDecipheriv(
        "aes-256-gcm",
        purposeKey(purpose, secret),
        Buffer.from(iv, "base64url"),
      );
      decipher.setAuthTag(Buffer.from(tag, "base64url"));
      return Buffer.concat([decipher.update(Buffer.from(ciphertext, "base64url")), decipher.final()]).toString("utf8");
    } catch {
      // not this secret
    }
  }
  return null;
}
