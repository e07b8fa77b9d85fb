import "server-only";
import { can } from "@/lib/auth/permissions";
import { getDb } from "../client";
import { recordAuditEvent } from "../audit/record-audit-event";
import type { Actor } from "../types";
import { bumpSessionVersion } from "../users/bump-session-version";
import type { StaffChangeResult } from "./change-staff-role";
import { isLastActiveAdmin } from "./last-admin";

/** Stops an account signing in and ends its sessions at their next request; never the last active admin. */
export async function deactivateStaff(userId: string, actor: Actor): Promise<StaffChangeResult> {
  if (!can(actor.role, "staff:manage")) return { ok: false, code: "forbidden" };
  const db = await getDb();
  const result = await db.$transaction(async (tx) => {
    const user = await tx.user.findUnique({ where: { id: userId }, select: { active: true, role: true } });
    if (!user) return { ok: false, code: "not-found" } as const;
    if (!user.active) return { ok: false, code: "unchanged" } as const;
    if (user.role === "ADMIN" && (await isLastActiveAdmin(tx, userId)))
      return { ok: false, code: "last-admin" } as const;
    await tx.user.update({ where: { id: userId }, data: { active: false } });
    await recordAuditEvent(tx, { actor, action: "staff.deactivated", entityType: "User", entityId: userId });
    return { ok: true } as const;
  });
  if (result.ok) await bumpSessionVersion(userId);
  return result;
}
