import "server-only";
import { hashRecoveryCode, matchTotpStep, newRecoveryCodes, openTotpSecret } from "@/lib/auth/totp";
import { getDb } from "../client";
import { recordAuditEvent } from "../audit/record-audit-event";
import type { Actor } from "../types";

export type ConfirmTotpResult =
  { ok: true; recoveryCodes: string[] } | { ok: false; code: "wrong-code" | "not-pending" };

/**
 * Turns two-factor sign-in on once the person proves their app makes the right codes. Returns the recovery codes in
 * plain text this once; only their SHA-256 hashes are kept.
 */
export async function confirmTotpEnrolment(actor: Actor, code: string, now = new Date()): Promise<ConfirmTotpResult> {
  const db = await getDb();
  const user = await db.user.findUnique({ where: { id: actor.id }, select: { totpSecret: true, totpEnabledAt: true } });
  if (!user?.totpSecret || user.totpEnabledAt) return { ok: false, code: "not-pending" };
  const secret = openTotpSecret(user.totpSecret);
  const step = secret ? matchTotpStep(secret, code, now.getTime()) : null;
  if (step === null) return { ok: false, code: "wrong-code" };
  const recoveryCodes = newRecoveryCodes();
  return db.$transaction(async (tx) => {
    const { count } = await tx.user.updateMany({
      where: { id: actor.id, totpSecret: user.totpSecret, totpEnabledAt: null },
      // The confirming code counts as used: it cannot then sign someone in who watched it typed.
      data: {
        totpEnabledAt: now,
        totpLastUsedStep: step,
        totpMustEnrol: false,
        recoveryCodeHashes: recoveryCodes.map(hashRecoveryCode),
      },
    });
    if (count === 0) return { ok: false, code: "not-pending" } as const;
    await recordAuditEvent(tx, { actor, action: "auth.two-factor-enabled", entityType: "User", entityId: actor.id });
    return { ok: true, recoveryCodes };
  });
}
