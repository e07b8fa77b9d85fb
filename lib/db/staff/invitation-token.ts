import "server-only";
import crypto from "node:crypto";

/** Invitation and reset links last three days; long enough for a weekend, short enough to go stale. */
export const INVITATION_TTL_MS = 72 * 60 * 60 * 1000;

export function newInvitationToken(): { token: string; tokenHash: string } {
  const token = crypto.randomBytes(32).toString("base64url");
  return { token, tokenHash: hashInvitationToken(token) };
}

/** Only the hash is stored: a database leak does not hand out working links. */
export function hashInvitationToken(token: string): string {
  return crypto.createHash("sha256").update(token).digest("hex");
}
