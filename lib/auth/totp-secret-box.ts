// Encryption of authenticator-app (TOTP) secrets at rest: AES-256-GCM with a key derived from AUTH_SECRET by HKDF,
// so a copy of the database alone does not let anyone make codes.
// No "server-only" here: the e2e fixtures enrol staff directly in the database and must store secrets the same way.
import crypto from "node:crypto";

const VERSION = "v1";

function keyFrom(authSecret: string): Buffer {
  // A separate "info" keeps this key independent of every other use of AUTH_SECRET (cookies, client keys).
  return Buffer.from(crypto.hkdfSync("sha256", authSecret, "spine-intake", "totp-secret-encryption", 32));
}

/** "v1.<iv>.<tag>.<ciphertext>", each base64url. */
export function encryptTotpSecret(base32Secret: string, authSecret: string): string {
  const iv = crypto.randomBytes(12);
  const cipher = crypto.createCipheriv("aes-256-gcm", keyFrom(authSecret), iv);
  const ciphertext = Buffer.concat([cipher.update(base32Secret, "utf8"), cipher.final()]);
  return [VERSION, iv, cipher.getAuthTag(), ciphertext]
    .map((p) => (typeof p === "string" ? p : p.toString("base64url")))
    .join(".");
}

/** The base32 secret, or null when the box was not made with this AUTH_SECRET or was altered. */
export function decryptTotpSecret(box: string, authSecret: string): string | null {
  const [version, iv, tag, ciphertext] = box.split(".");
  if (version !== VERSION || !iv || !tag || !ciphertext) return null;
  try {
    const decipher = crypto.createDecipheriv("aes-256-gcm", keyFrom(authSecret), Buffer.from(iv, "base64url"));
    decipher.setAuthTag(Buffer.from(tag, "base64url"));
    return Buffer.concat([decipher.update(Buffer.from(ciphertext, "base64url")), decipher.final()]).toString("utf8");
  } catch {
    return null;
  }
}
