import "server-only";
import { can } from "@/lib/auth/permissions";
import { getDb } from "../client";
import { recordAuditEvent } from "../audit/record-audit-event";
import type { Actor } from "../types";
import { INVITATION_TTL_MS, newInvitationToken } from "./invitation-token";
import type { InvitationResult } from "./invite-staff";

/** A one-time link with which a staff member chooses a new password; the old one works until then. */
export async function issuePasswordReset(userId: string, actor: Actor): Promise<InvitationResult> {
  if (!can(actor.role, "staff:manage")) return { ok: false, code: "forbidden" };
  const db = await getDb();
  return db.$transaction(async (tx) => {
    const user = await tx.user.findUnique({ where: { id: userId }, select: { email: true, role: true } });
    if (!user) return { ok: false, code: "not-found" } as const;
    await tx.staffInvitation.deleteMany({ where: { userId, kind: "PASSWORD_RESET", usedAt: null } });
    const { token, tokenHash } = newInvitationToken();
    const expiresAt = new Date(Date.now() + INVITATION_TTL_MS);
    const reset = await tx.staffInvitation.create({
      data: {
        tokenHash,
        kind: "PASSWORD_RESET",
        email: user.email,
        role: user.role,
        userId,
        invitedById: actor.id,
        expiresAt,
      },
    });
    await recordAuditEvent(tx, {
      actor,
      action: "staff.password-reset-issued",
      entityType: "User",
      entityId: userId,
      details: { invitation: reset.id },
    });
    return { ok: true, token, email: user.email, expiresAt } as const;
  });
}
