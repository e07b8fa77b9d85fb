// Permissions as data: what each role may do. Actions ask for a permission, not a role.
export const PERMISSIONS = [
  "queue:read",
  "submission:read",
  "submission:acknowledge",
  "question-set:edit",
  "question-set:publish",
  "alerts:manage",
] as const;
export type Permission = (typeof PERMISSIONS)[number];
export type StaffRole = "ADMIN" | "CLINICIAN";

export const ROLE_PERMISSIONS: Record<StaffRole, readonly Permission[]> = {
  CLINICIAN: ["queue:read", "submission:read", "submission:acknowledge"],
  ADMIN: [
    "queue:read",
    "submission:read",
    "submission:acknowledge",
    "question-set:edit",
    "question-set:publish",
    "alerts:manage",
  ],
};

export function can(role: StaffRole, permission: Permission): boolean {
  return ROLE_PERMISSIONS[role].includes(permission);
}
