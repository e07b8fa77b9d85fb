import "server-only";
import { env } from "@/lib/env";
import {
  decideSession,
  type SessionClaims,
  type SessionLimits,
  type SessionRefusal,
} from "@/lib/domain/staff-security/session-policy";
import { getDb } from "../client";
import { recordAuditEvent } from "../audit/record-audit-event";
import type { Actor } from "../types";

export type SessionStaff = Actor & {
  name: string;
  totpEnabled: boolean;
  /** An admin reset their two-factor sign-in: they must enrol again before anything else, whatever their role. */
  totpMustEnrol: boolean;
  sessionId: string;
};

export type SessionCheck = { ok: true; staff: SessionStaff } | { ok: false; reason: SessionRefusal };

export function sessionLimitsFromEnv(): SessionLimits {
  return { idleMs: env.SESSION_IDLE_MINUTES * 60_000, absoluteMs: env.SESSION_MAX_HOURS * 3_600_000 };
}

/**
 * The check behind every staff request: the cookie's claims against the session row and the account as they are now.
 * A request that is the person's own action moves the idle timer on (at most once a minute); background polling
 * does not. A refused session that is not a background poll is an audit event.
 */
export async function checkStaffSession(
  claims: SessionClaims,
  now: Date = new Date(),
  options: { background?: boolean; origin?: string | null; limits?: SessionLimits } = {},
): Promise<SessionCheck> {
  const db = await getDb();
  const background = options.background ?? false;
  const [session, account] = await Promise.all([
    db.staffSession.findUnique({ where: { id: claims.sessionId } }),
    db.user.findUnique({
      where: { id: claims.userId },
      select: {
        id: true,
        email: true,
        name: true,
        role: true,
        active: true,
        sessionVersion: true,
        totpEnabledAt: true,
        totpMustEnrol: true,
      },
    }),
  ]);
  const decision = decideSession({
    claims,
    session,
    account,
    now,
    limits: options.limits ?? sessionLimitsFromEnv(),
    background,
  });
  if (!decision.ok) {
    if (!background) {
      await recordAuditEvent(db, {
        actor: null,
        action: "auth.session-refused",
        entityType: "User",
        entityId: account?.id ?? null,
        origin: options.origin ?? null,
        details: { reason: decision.reason },
      });
    }
    return decision;
  }
  if (decision.touch) {
    // Conditional, so concurrent requests write once and a session revoked meanwhile is not revived.
    await db.staffSession.updateMany({
      where: { id: claims.sessionId, revokedAt: null, lastActivityAt: { lt: now } },
      data: { lastActivityAt: now },
    });
  }
  const user = account!;
  return {
    ok: true,
    staff: {
      id: user.id,
      email: user.email,
      name: user.name,
      role: user.role,
      totpEnabled: !!user.totpEnabledAt,
      totpMustEnrol: user.totpMustEnrol,
      sessionId: claims.sessionId,
    },
  };
}
