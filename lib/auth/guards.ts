import "server-only";
import { cache } from "react";
import { getServerSession } from "next-auth";
import { redirect } from "next/navigation";
import type { Actor } from "@/lib/db/types";
import { getSessionUser } from "@/lib/db/users/get-session-user";
import { authOptions } from "./options";
import { can, type Permission } from "./permissions";

export type Staff = Actor & { name: string };

/**
 * The signed-in staff member, or null. The cookie only names the account: the role, the active flag
 * and the session version are read from the database on every request, so a deactivated user or an
 * old cookie replayed after sign-out is refused at once.
 */
export const getCurrentStaff = cache(async (): Promise<Staff | null> => {
  const session = await getServerSession(authOptions);
  if (!session?.user?.id) return null;
  const user = await getSessionUser(session.user.id);
  if (!user || !user.active || user.sessionVersion !== session.sessionVersion) return null;
  return { id: user.id, email: user.email, name: user.name, role: user.role };
});

/** What a request means for the session's idle timeout: background polling is not the person being active. */
export type RequestKind = { background?: boolean };

/** For server actions and route handlers: the caller if they hold the permission, otherwise null. */
export async function authorize(permission: Permission, _kind: RequestKind = {}): Promise<Staff | null> {
  const staff = await getCurrentStaff();
  return staff && can(staff.role, permission) ? staff : null;
}

/** For pages: sends signed-out visitors to sign in and shows "not found" to staff without permission. */
export async function requirePagePermission(permission: Permission, returnTo: string): Promise<Staff> {
  const staff = await getCurrentStaff();
  if (!staff) redirect(`/signin?callbackUrl=${encodeURIComponent(returnTo)}`);
  if (!can(staff.role, permission)) redirect("/dashboard?denied=1");
  return staff;
}
