import "server-only";
import { getDb } from "../client";

export async function findUserForSignIn(email: string) {
  const db = await getDb();
  return db.user.findUnique({
    where: { email: email.trim().toLowerCase() },
    select: { id: true, email: true, name: true, role: true, active: true, passwordHash: true, sessionVersion: true },
  });
}
