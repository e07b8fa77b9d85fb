import "server-only";
import crypto from "node:crypto";

// The cookie keeps its old name on purpose: renaming it would lose every unfinished intake in flight.
export const PROGRESS_COOKIE = "intake_draft";

/** 256 random bits; the database keeps only the SHA-256, so a leaked table cannot open anyone's progress. */
export function newProgressToken(): string {
  return crypto.randomBytes(32).toString("base64url");
}

export function hashProgressToken(token: string): string {
  return crypto.createHash("sha256").update(token).digest("hex");
}

export function isWellFormedProgressToken(token: unknown): token is string {
  return typeof token === "string" && /^[A-Za-z0-9_-]{43}$/.test(token);
}
