import "server-only";
import type { DbTx } from "../types";

/**
 * Locks every active admin row (FOR UPDATE) and answers whether `userId` is the only one. The lock makes
 * two admins demoting or deactivating each other at the same moment take turns, so the second sees the
 * first's change and is refused: the clinic is never left without an admin.
 */
export async function isLastActiveAdmin(tx: DbTx, userId: string): Promise<boolean> {
  const admins = await tx.$queryRaw<{ id: string }[]>`
    SELECT id FROM "User" WHERE role = 'ADMIN' AND active = true ORDER BY id FOR UPDATE`;
  return admins.length === 1 && admins[0]!.id === userId;
}
