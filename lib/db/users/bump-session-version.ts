import "server-only";
import { getDb } from "../client";

/**
 * Ends every session of this user (deactivation, role change): cookies carrying the old version, and every open
 * StaffSession, are refused from the next request.
 */
export async function bumpSessionVersion(userId: string) {
  const db = await getDb();
  await db.$transaction([
    db.user.updateMany({ where: { id: userId }, data: { sessionVersion: { increment: 1 } } }),
    db.staffSession.updateMany({ where: { userId, revokedAt: null }, data: { revokedAt: new Date() } }),
  ]);
}
