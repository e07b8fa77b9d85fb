import "server-only";
import { hashPassword } from "@/lib/auth/password";
import { getDb } from "../client";
import { isUniqueViolation } from "../errors";
import { recordAuditEvent } from "../audit/record-audit-event";
import { bumpSessionVersion } from "../users/bump-session-version";
import { hashInvitationToken } from "./invitation-token";
import { passwordProblem } from "@/lib/auth/password-check";

export type AcceptResult =
  | { ok: true; email: string }
  | { ok: false; code: "invalid-link" | "exists" }
  | { ok: false; code: "weak-password"; message: string };

/**
 * Uses a one-time link: an invitation creates the account with the person's own password; a reset
 * replaces the password and ends every open session. The link is marked used in the same transaction,
 * guarded on "not used yet", so two submissions of one link cannot both succeed.
 */
export async function acceptInvitation(
  token: string,
  input: { name?: string; password: string },
): Promise<AcceptResult> {
  const db = await getDb();
  // The cheap check first: a made-up token must not cost the server an argon2id hash (the transaction below checks
  // again, so a link used meanwhile still fails).
  const open = await db.staffInvitation.findUnique({
    where: { tokenHash: hashInvitationToken(token) },
    select: { usedAt: true, expiresAt: true },
  });
  if (!open || open.usedAt || open.expiresAt <= new Date()) return { ok: false, code: "invalid-link" };
  const problem = passwordProblem(input.password);
  if (problem) return { ok: false, code: "weak-password", message: problem };
  // Hash outside the transaction: argon2id is slow on purpose and must not hold row locks.
  const passwordHash = await hashPassword(input.password);
  try {
    const result = await db.$transaction(async (tx) => {
      const now = new Date();
      const invitation = await tx.staffInvitation.findUnique({ where: { tokenHash: hashInvitationToken(token) } });
      if (!invitation || invitation.usedAt || invitation.expiresAt <= now)
        return { ok: false, code: "invalid-link" } as const;
      const claimed = await tx.staffInvitation.updateMany({
        where: { id: invitation.id, usedAt: null },
        data: { usedAt: now },
      });
      if (claimed.count === 0) return { ok: false, code: "invalid-link" } as const;
      let userId: string;
      if (invitation.kind === "INVITE") {
        const user = await tx.user.create({
          data: {
            email: invitation.email,
            name: input.name?.trim() || invitation.email,
            role: invitation.role,
            passwordHash,
          },
        });
        userId = user.id;
        await tx.staffInvitation.update({ where: { id: invitation.id }, data: { userId } });
      } else {
        if (!invitation.userId) return { ok: false, code: "invalid-link" } as const;
        const updated = await tx.user.updateMany({ where: { id: invitation.userId }, data: { passwordHash } });
        if (updated.count === 0) return { ok: false, code: "invalid-link" } as const;
        userId = invitation.userId;
      }
      await recordAuditEvent(tx, {
        actor: { id: userId, email: invitation.email, role: invitation.role },
        action: invitation.kind === "INVITE" ? "staff.invitation-accepted" : "staff.password-reset",
        entityType: "User",
        entityId: userId,
      });
      return { ok: true, email: invitation.email, userId, kind: invitation.kind } as const;
    });
    if (!result.ok) return result;
    // A new password ends sessions opened with the old one (someone else may have had it).
    if (result.kind === "PASSWORD_RESET") await bumpSessionVersion(result.userId);
    return { ok: true, email: result.email };
  } catch (error) {
    // The address got an account another way after the invitation was sent; nothing was stored.
    if (isUniqueViolation(error)) return { ok: false, code: "exists" };
    throw error;
  }
}
