import "server-only";
import { getDb } from "../client";

/** Active staff a submission can be assigned to, by name, for the "assign to a colleague" list. */
export async function listAssignableStaff() {
  const db = await getDb();
  return db.user.findMany({
    where: { active: true },
    orderBy: [{ name: "asc" }, { id: "asc" }],
    select: { id: true, name: true },
    take: 500,
  });
}
