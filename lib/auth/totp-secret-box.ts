// Authenticator-app (TOTP) secrets at rest; see secret-box.ts.
// No "server-only" here: the e2e fixtures enrol staff directly in the database and must store secrets the same way.
import { open, seal } from "./secret-box";

export function encryptTotpSecret(base32Secret: string, authSecret: string): string {
  return seal(base32Secret, "totp-secret-box", authSecret);
}

/** The base32 secret, or null when the box was made with none of these secrets or was altered. */
export function decryptTotpSecret(box: string, authSecret: string | readonly string[]): string | null {
  return open(box, "totp-secret-box", typeof authSecret === "string" ? [authSecret] : authSecret);
}
