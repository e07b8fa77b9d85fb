// When a staff session ends. Pure: the caller reads the session row and the account, and passes the clock.
import type { StaffRole } from "@/lib/auth/permissions";

export type SessionLimits = { idleMs: number; absoluteMs: number };

/** What the signed cookie (JWT) claims. Only the ids are trusted; everything else is re-read. */
export type SessionClaims = { userId: string; sessionId: string; sessionVersion: number; role: StaffRole | undefined };

export type SessionRecord = {
  id: string;
  userId: string;
  createdAt: Date;
  lastActivityAt: Date;
  expiresAt: Date;
  revokedAt: Date | null;
};

export type SessionAccount = { id: string; active: boolean; role: StaffRole; sessionVersion: number };

export type SessionRefusal =
  "no-session" | "revoked" | "expired" | "idle" | "account-inactive" | "session-version" | "role-changed";

export type SessionDecision =
  | {
      ok: true;
      /** Whether to record this request as activity (throttled, and never for background polls). */ touch: boolean;
    }
  | { ok: false; reason: SessionRefusal };

/** Activity is written at most this often, so a busy page does not write on every request. */
export const ACTIVITY_WRITE_INTERVAL_MS = 60_000;

export function decideSession(input: {
  claims: SessionClaims;
  session: SessionRecord | null;
  account: SessionAccount | null;
  now: Date;
  limits: SessionLimits;
  background: boolean;
}): SessionDecision {
  const { claims, session, account, now, limits } = input;
  if (!session || session.userId !== claims.userId) return { ok: false, reason: "no-session" };
  if (session.revokedAt) return { ok: false, reason: "revoked" };
  const t = now.getTime();
  if (t >= session.expiresAt.getTime() || t >= session.createdAt.getTime() + limits.absoluteMs) {
    return { ok: false, reason: "expired" };
  }
  if (t - session.lastActivityAt.getTime() >= limits.idleMs) return { ok: false, reason: "idle" };
  if (!account || !account.active) return { ok: false, reason: "account-inactive" };
  if (account.sessionVersion !== claims.sessionVersion) return { ok: false, reason: "session-version" };
  if (claims.role !== undefined && claims.role !== account.role) return { ok: false, reason: "role-changed" };
  const touch = !input.background && t - session.lastActivityAt.getTime() >= ACTIVITY_WRITE_INTERVAL_MS;
  return { ok: true, touch };
}

/** Whether this person must use an authenticator app: always for admins, for clinicians when the clinic says so. */
export function twoFactorRequired(role: StaffRole, requireForClinicians: boolean): boolean {
  return role === "ADMIN" || requireForClinicians;
}
