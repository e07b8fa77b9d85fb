import "server-only";
import { hashRecoveryCode, matchTotpStep, newRecoveryCodes, openTotpSecret } from "@/lib/auth/totp";
import { getDb } from "../client";
import { recordAuditEvent } from "../audit/record-audit-event";
import type { Actor } from "../types";
import { claimTotpStep } from "./claim-totp-step";

export type RegenerateRecoveryCodesResult =
  { ok: true; recoveryCodes: string[] } | { ok: false; code: "wrong-code" | "code-reused" | "not-enrolled" };

/**
 * Replaces a person's recovery codes with ten new ones, returned in plain text this once; the old ones stop working.
 * Needs a current code from their app (not a recovery code), so a session left open on a shared computer is not
 * enough to mint codes that get past two-factor sign-in.
 */
export async function regenerateRecoveryCodes(
  actor: Actor,
  code: string,
  now = new Date(),
): Promise<RegenerateRecoveryCodesResult> {
  const db = await getDb();
  const user = await db.user.findUnique({ where: { id: actor.id }, select: { totpSecret: true, totpEnabledAt: true } });
  if (!user?.totpSecret || !user.totpEnabledAt) return { ok: false, code: "not-enrolled" };
  const secret = openTotpSecret(user.totpSecret);
  const step = secret ? matchTotpStep(secret, code, now.getTime()) : null;
  if (step === null) return { ok: false, code: "wrong-code" };
  const recoveryCodes = newRecoveryCodes();
  return db.$transaction(async (tx) => {
    if (!(await claimTotpStep(tx, actor.id, step))) return { ok: false, code: "code-reused" } as const;
    // Guarded on the same app still being enrolled: an admin's reset in between wins.
    const { count } = await tx.user.updateMany({
      where: { id: actor.id, totpSecret: user.totpSecret, totpEnabledAt: { not: null } },
      data: { recoveryCodeHashes: recoveryCodes.map(hashRecoveryCode) },
    });
    if (count === 0) return { ok: false, code: "not-enrolled" } as const;
    await recordAuditEvent(tx, {
      actor,
      action: "auth.recovery-codes-regenerated",
      entityType: "User",
      entityId: actor.id,
      details: { count: recoveryCodes.length },
    });
    return { ok: true, recoveryCodes } as const;
  });
}
