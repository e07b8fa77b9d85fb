import "server-only";
import { getDb } from "../client";

/** Every staff account for /admin/staff: no password hashes or secrets leave this function. */
export async function listStaff() {
  const db = await getDb();
  const rows = await db.user.findMany({
    orderBy: [{ active: "desc" }, { name: "asc" }],
    select: { id: true, name: true, email: true, role: true, active: true, createdAt: true, totpEnabledAt: true },
  });
  return rows.map(({ totpEnabledAt, ...person }) => ({ ...person, twoFactor: totpEnabledAt !== null }));
}
