import "server-only";
import { hashPassword } from "@/lib/auth/password";
import { getDb } from "../client";

/** Creates a staff account directly. Used by seeding and test fixtures; admins invite through the UI. */
export async function createStaffUser(input: {
  email: string;
  name: string;
  password: string;
  role: "ADMIN" | "CLINICIAN";
}) {
  const db = await getDb();
  return db.user.create({
    data: {
      email: input.email.trim().toLowerCase(),
      name: input.name,
      role: input.role,
      passwordHash: await hashPassword(input.password),
    },
    select: { id: true, email: true, role: true },
  });
}
