import "server-only";
import crypto from "node:crypto";

export const DRAFT_COOKIE = "intake_draft";

/** 256 random bits; the database keeps only the SHA-256, so a leaked table cannot open anyone's draft. */
export function newDraftToken(): string {
  return crypto.randomBytes(32).toString("base64url");
}

export function hashDraftToken(token: string): string {
  return crypto.createHash("sha256").update(token).digest("hex");
}

export function isWellFormedDraftToken(token: unknown): token is string {
  return typeof token === "string" && /^[A-Za-z0-9_-]{43}$/.test(token);
}
