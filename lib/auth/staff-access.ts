// What a signed-in staff member may do right now. Pure, so the rule the guards apply can be tested on its own.
import { twoFactorRequired } from "@/lib/domain/staff-security/session-policy";
import { can, type Permission, type StaffRole } from "./permissions";

export type AccessSubject = { role: StaffRole; totpEnabled: boolean; totpMustEnrol: boolean };

/** `must-enrol`: allowed by role, but they must set up an authenticator app first; nothing else works until then. */
export type StaffAccess = "allowed" | "must-enrol" | "forbidden";

/**
 * Whether this person must enrol an authenticator app before using staff pages and actions: admins always, clinicians
 * when the clinic requires it, and anyone whose two-factor sign-in an admin has reset.
 */
export function mustEnrolTwoFactor(staff: AccessSubject, requireClinicianTotp: boolean): boolean {
  return !staff.totpEnabled && (staff.totpMustEnrol || twoFactorRequired(staff.role, requireClinicianTotp));
}

export function staffAccess(staff: AccessSubject, permission: Permission, requireClinicianTotp: boolean): StaffAccess {
  if (!can(staff.role, permission)) return "forbidden";
  if (mustEnrolTwoFactor(staff, requireClinicianTotp)) return "must-enrol";
  return "allowed";
}
