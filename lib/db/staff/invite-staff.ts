import "server-only";
import { can } from "@/lib/auth/permissions";
import { getDb } from "../client";
import { recordAuditEvent } from "../audit/record-audit-event";
import type { Actor } from "../types";
import { INVITATION_TTL_MS, newInvitationToken } from "./invitation-token";

export type InvitationResult =
  | { ok: true; token: string; email: string; expiresAt: Date }
  | { ok: false; code: "forbidden" | "exists" | "not-found" };

/** Invites someone by email to be an admin or a clinician; they set their own password through the link. */
export async function inviteStaff(email: string, role: "ADMIN" | "CLINICIAN", actor: Actor): Promise<InvitationResult> {
  if (!can(actor.role, "staff:manage")) return { ok: false, code: "forbidden" };
  const normalised = email.trim().toLowerCase();
  const db = await getDb();
  return db.$transaction(async (tx) => {
    if (await tx.user.findUnique({ where: { email: normalised }, select: { id: true } })) {
      return { ok: false, code: "exists" } as const;
    }
    // A new invitation replaces unused older ones to the same address: only the latest link works.
    await tx.staffInvitation.deleteMany({ where: { email: normalised, kind: "INVITE", usedAt: null } });
    const { token, tokenHash } = newInvitationToken();
    const expiresAt = new Date(Date.now() + INVITATION_TTL_MS);
    const invitation = await tx.staffInvitation.create({
      data: { tokenHash, kind: "INVITE", email: normalised, role, invitedById: actor.id, expiresAt },
    });
    await recordAuditEvent(tx, {
      actor,
      action: "staff.invited",
      entityType: "StaffInvitation",
      entityId: invitation.id,
      details: { role },
    });
    return { ok: true, token, email: normalised, expiresAt } as const;
  });
}
