import "server-only";
import { can } from "@/lib/auth/permissions";
import { getDb } from "../client";
import { recordAuditEvent } from "../audit/record-audit-event";
import type { Actor } from "../types";
import { bumpSessionVersion } from "../users/bump-session-version";
import { isLastActiveAdmin } from "./last-admin";

export type StaffChangeResult =
  { ok: true } | { ok: false; code: "forbidden" | "not-found" | "last-admin" | "unchanged" };

/** Makes a staff member an admin or a clinician; the last active admin cannot be demoted. */
export async function changeStaffRole(
  userId: string,
  role: "ADMIN" | "CLINICIAN",
  actor: Actor,
): Promise<StaffChangeResult> {
  if (!can(actor.role, "staff:manage")) return { ok: false, code: "forbidden" };
  const db = await getDb();
  const result = await db.$transaction(async (tx) => {
    const user = await tx.user.findUnique({ where: { id: userId }, select: { role: true, email: true } });
    if (!user) return { ok: false, code: "not-found" } as const;
    if (user.role === role) return { ok: false, code: "unchanged" } as const;
    if (role === "CLINICIAN" && (await isLastActiveAdmin(tx, userId)))
      return { ok: false, code: "last-admin" } as const;
    await tx.user.update({ where: { id: userId }, data: { role } });
    await recordAuditEvent(tx, {
      actor,
      action: "staff.role-changed",
      entityType: "User",
      entityId: userId,
      details: { from: user.role, to: role },
    });
    return { ok: true } as const;
  });
  // Roles are re-read on every request anyway; this also ends sessions opened under the old role.
  if (result.ok) await bumpSessionVersion(userId);
  return result;
}
