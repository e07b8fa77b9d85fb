import "server-only";
import { getDb } from "../client";

/** Invitations not used and not expired, newest first, for the staff page; the token never leaves the database. */
export async function listPendingInvitations(now = new Date()) {
  const db = await getDb();
  const rows = await db.staffInvitation.findMany({
    where: { kind: "INVITE", usedAt: null, expiresAt: { gt: now } },
    orderBy: { createdAt: "desc" },
    select: { id: true, email: true, role: true, createdAt: true, expiresAt: true, invitedById: true },
  });
  const inviterIds = [...new Set(rows.flatMap((r) => (r.invitedById ? [r.invitedById] : [])))];
  const inviters = inviterIds.length
    ? await db.user.findMany({ where: { id: { in: inviterIds } }, select: { id: true, name: true } })
    : [];
  const nameOf = new Map(inviters.map((u) => [u.id, u.name]));
  return rows.map(({ invitedById, ...row }) => ({
    ...row,
    invitedBy: invitedById ? (nameOf.get(invitedById) ?? null) : null,
  }));
}

export type PendingInvitation = Awaited<ReturnType<typeof listPendingInvitations>>[number];
