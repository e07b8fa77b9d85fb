import "server-only";
import { cache } from "react";
import { getServerSession } from "next-auth";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { env } from "@/lib/env";
import { recordAuditEvent } from "@/lib/db/audit/record-audit-event";
import { getDb } from "@/lib/db/client";
import { checkStaffSession, type SessionStaff } from "@/lib/db/sessions/check-staff-session";
import { clientKeyFrom } from "@/lib/http/client-key";
import { authOptions } from "./options";
import type { Permission } from "./permissions";
import { mustEnrolTwoFactor as mustEnrol, staffAccess, type StaffAccess } from "./staff-access";

export type Staff = SessionStaff;

/** Where to enrol an authenticator app; staff who must have one are sent here before any staff page. */
export const TWO_FACTOR_PATH = "/account/two-factor";

const requestOrigin = cache(async () => clientKeyFrom(await headers()));

/**
 * The signed-in staff member, or null. The cookie only names the account and the session: the session row
 * (idle and absolute limits, sign-out), the role, the active flag and the session version are read from the database
 * on every request, so a deactivated user or an old cookie replayed after sign-out is refused at once.
 * Cached per request and per kind, so a page's several checks cost one lookup.
 */
const currentStaff = cache(async (background: boolean): Promise<Staff | null> => {
  return (await sessionCheck(background)).staff;
});

/** The staff member, or why a session cookie that was presented no longer counts ("none" without one). */
const sessionCheck = cache(async (background: boolean): Promise<{ staff: Staff | null; ended: SignedOutReason }> => {
  const session = await getServerSession(authOptions);
  if (!session?.user?.id) return { staff: null, ended: "none" };
  const result = await checkStaffSession(
    {
      userId: session.user.id,
      sessionId: session.sessionId,
      sessionVersion: session.sessionVersion,
      role: session.role,
    },
    new Date(),
    { background, origin: await requestOrigin() },
  );
  if (result.ok) return { staff: result.staff, ended: "none" };
  return { staff: null, ended: result.reason === "idle" ? "idle" : "ended" };
});

/** Why the sign-in page is shown: the idle timeout, any other end of a session, or no session at all. */
export type SignedOutReason = "idle" | "ended" | "none";

export function getCurrentStaff(kind: RequestKind = {}): Promise<Staff | null> {
  return currentStaff(kind.background ?? false);
}

/** What a request means for the session's idle timeout: background polling is not the person being active. */
export type RequestKind = { background?: boolean };

/** Whether this staff member must enrol an authenticator app before using staff pages and actions. */
export function mustEnrolTwoFactor(staff: Staff): boolean {
  return mustEnrol(staff, env.REQUIRE_CLINICIAN_TOTP);
}

/** For code that only shapes output (a page title, a nav link): the same rule as `authorize`, without an audit event. */
export function hasAccess(staff: Staff, permission: Permission): boolean {
  return staffAccess(staff, permission, env.REQUIRE_CLINICIAN_TOTP) === "allowed";
}

/**
 * For server actions and route handlers: the caller if they hold the permission and have the two-factor sign-in
 * their role needs, otherwise null. Enforced here, not only by the pages' redirect: an action is a public endpoint.
 */
export async function authorize(permission: Permission, kind: RequestKind = {}): Promise<Staff | null> {
  const staff = await getCurrentStaff(kind);
  if (!staff) return null;
  const access = staffAccess(staff, permission, env.REQUIRE_CLINICIAN_TOTP);
  if (access === "allowed") return staff;
  await recordRefusal(staff, permission, access);
  return null;
}

/**
 * For pages: sends signed-out visitors to sign in and staff who must enrol an authenticator app to enrolment, and
 * turns away staff without the permission.
 */
export async function requirePagePermission(permission: Permission, returnTo: string): Promise<Staff> {
  const { staff, ended } = await sessionCheck(false);
  // Only someone who held a session learns that it ended; a stranger gets the plain sign-in page.
  if (!staff)
    redirect(`/signin?callbackUrl=${encodeURIComponent(returnTo)}${ended === "none" ? "" : `&ended=${ended}`}`);
  if (mustEnrolTwoFactor(staff)) redirect(`${TWO_FACTOR_PATH}?callbackUrl=${encodeURIComponent(returnTo)}`);
  if (staffAccess(staff, permission, env.REQUIRE_CLINICIAN_TOTP) !== "allowed") {
    await recordRefusal(staff, permission, "forbidden");
    redirect("/dashboard?denied=1");
  }
  return staff;
}

async function recordRefusal(staff: Staff, permission: Permission, reason: Exclude<StaffAccess, "allowed">) {
  await recordAuditEvent(await getDb(), {
    actor: { id: staff.id, email: staff.email, role: staff.role },
    action: "auth.request-refused",
    entityType: "Permission",
    entityId: permission,
    origin: await requestOrigin(),
    details: { permission, reason },
  });
}
