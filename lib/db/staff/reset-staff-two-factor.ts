import "server-only";
import { can } from "@/lib/auth/permissions";
import { getDb } from "../client";
import { recordAuditEvent } from "../audit/record-audit-event";
import type { Actor } from "../types";

export type ResetTwoFactorResult = { ok: true } | { ok: false; code: "forbidden" | "not-found" | "self" | "unchanged" };

/**
 * For a colleague who lost their phone: removes their authenticator app and recovery codes, ends every session they
 * have, and makes them enrol a new app at their next sign-in (whatever their role). Not for one's own account: an
 * admin who could do this to themselves would let a stolen password alone get past two-factor sign-in.
 */
export async function resetStaffTwoFactor(
  userId: string,
  actor: Actor,
  now = new Date(),
): Promise<ResetTwoFactorResult> {
  if (!can(actor.role, "staff:manage")) return { ok: false, code: "forbidden" };
  if (userId === actor.id) return { ok: false, code: "self" };
  const db = await getDb();
  return db.$transaction(async (tx) => {
    const user = await tx.user.findUnique({
      where: { id: userId },
      select: { totpSecret: true, totpEnabledAt: true, recoveryCodeHashes: true },
    });
    if (!user) return { ok: false, code: "not-found" } as const;
    if (!user.totpEnabledAt && !user.totpSecret) return { ok: false, code: "unchanged" } as const;
    await tx.user.update({
      where: { id: userId },
      data: {
        totpSecret: null,
        totpEnabledAt: null,
        totpLastUsedStep: null,
        recoveryCodeHashes: [],
        totpMustEnrol: true,
        // Sessions opened with the lost phone end now, in the same transaction as the reset.
        sessionVersion: { increment: 1 },
      },
    });
    await tx.staffSession.updateMany({ where: { userId, revokedAt: null }, data: { revokedAt: now } });
    await recordAuditEvent(tx, {
      actor,
      action: "staff.two-factor-reset",
      entityType: "User",
      entityId: userId,
      details: { wasEnabled: !!user.totpEnabledAt, recoveryCodesLeft: user.recoveryCodeHashes.length },
    });
    return { ok: true } as const;
  });
}
