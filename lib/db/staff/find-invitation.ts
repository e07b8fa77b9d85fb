import "server-only";
import { getDb } from "../client";
import { hashInvitationToken } from "./invitation-token";

/** What the /invite page shows before the person chooses a password; null for unknown, used or expired links. */
export async function findInvitation(token: string) {
  const db = await getDb();
  const row = await db.staffInvitation.findUnique({
    where: { tokenHash: hashInvitationToken(token) },
    select: { kind: true, email: true, role: true, usedAt: true, expiresAt: true },
  });
  if (!row || row.usedAt || row.expiresAt <= new Date()) return null;
  return { kind: row.kind, email: row.email, role: row.role };
}
