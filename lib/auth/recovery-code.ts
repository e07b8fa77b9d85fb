// Recovery-code hashing. No "server-only": the e2e fixtures give test accounts recovery codes stored the same way.
import crypto from "node:crypto";

export function normaliseRecoveryCode(code: string): string {
  return code
    .trim()
    .toLowerCase()
    .replace(/[^a-z0-9]/g, "");
}

export function hashRecoveryCode(code: string): string {
  return crypto.createHash("sha256").update(normaliseRecoveryCode(code)).digest("hex");
}
