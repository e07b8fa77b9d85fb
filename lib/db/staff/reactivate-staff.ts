import "server-only";
import { can } from "@/lib/auth/permissions";
import { getDb } from "../client";
import { recordAuditEvent } from "../audit/record-audit-event";
import type { Actor } from "../types";
import type { StaffChangeResult } from "./change-staff-role";

/** Lets a deactivated account sign in again (with its existing password). */
export async function reactivateStaff(userId: string, actor: Actor): Promise<StaffChangeResult> {
  if (!can(actor.role, "staff:manage")) return { ok: false, code: "forbidden" };
  const db = await getDb();
  return db.$transaction(async (tx) => {
    const updated = await tx.user.updateMany({ where: { id: userId, active: false }, data: { active: true } });
    if (updated.count === 0) {
      const exists = await tx.user.count({ where: { id: userId } });
      return { ok: false, code: exists ? "unchanged" : "not-found" } as const;
    }
    await recordAuditEvent(tx, { actor, action: "staff.reactivated", entityType: "User", entityId: userId });
    return { ok: true } as const;
  });
}
