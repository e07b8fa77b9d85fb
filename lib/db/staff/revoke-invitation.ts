import "server-only";
import { can } from "@/lib/auth/permissions";
import { getDb } from "../client";
import { recordAuditEvent } from "../audit/record-audit-event";
import type { Actor } from "../types";

export type RevokeResult = { ok: true; email: string } | { ok: false; code: "forbidden" | "not-found" };

/**
 * Withdraws an unused invitation: the row goes, so its link finds nothing (acceptance looks the token up). A used
 * invitation is an account now and is not revocable here (deactivate the account instead).
 */
export async function revokeInvitation(invitationId: string, actor: Actor): Promise<RevokeResult> {
  if (!can(actor.role, "staff:manage")) return { ok: false, code: "forbidden" };
  const db = await getDb();
  return db.$transaction(async (tx) => {
    const invitation = await tx.staffInvitation.findUnique({
      where: { id: invitationId },
      select: { id: true, kind: true, email: true, role: true, usedAt: true },
    });
    if (!invitation || invitation.kind !== "INVITE" || invitation.usedAt)
      return { ok: false, code: "not-found" } as const;
    // Guarded on "still unused", so an acceptance racing this revocation either wins or finds nothing.
    const removed = await tx.staffInvitation.deleteMany({ where: { id: invitation.id, usedAt: null } });
    if (removed.count === 0) return { ok: false, code: "not-found" } as const;
    await recordAuditEvent(tx, {
      actor,
      action: "staff.invitation-revoked",
      entityType: "StaffInvitation",
      entityId: invitation.id,
      details: { role: invitation.role },
    });
    return { ok: true, email: invitation.email } as const;
  });
}
