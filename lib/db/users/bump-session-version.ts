import "server-only";
import { getDb } from "../client";

/** Ends every session of this user: cookies carrying the old version are refused from the next request. */
export async function bumpSessionVersion(userId: string) {
  const db = await getDb();
  await db.user.updateMany({ where: { id: userId }, data: { sessionVersion: { increment: 1 } } });
}
