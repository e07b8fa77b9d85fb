import "server-only";
import { getDb } from "../client";

/** The account behind a session cookie, read fresh on every request so deactivation takes effect at once. */
export async function getSessionUser(id: string) {
  const db = await getDb();
  return db.user.findUnique({
    where: { id },
    select: { id: true, email: true, name: true, role: true, active: true, sessionVersion: true },
  });
}
