// Permissions as data: what each role may do. Actions ask for a permission, not a role.
export const PERMISSIONS = [
  "queue:read",
  "submission:read",
  "submission:acknowledge",
  "submission:update",
  "submission:export",
  "stats:read",
  "question-set:edit",
  "question-set:publish",
  "alerts:manage",
  "staff:manage",
  "audit:read",
  "settings:manage",
  /** A patient's request for their data: export it whole, and erase it (admins only; cannot be undone). */
  "patient-data:erase",
] as const;
export type Permission = (typeof PERMISSIONS)[number];
export type StaffRole = "ADMIN" | "CLINICIAN";

const CLINICAL: readonly Permission[] = [
  "queue:read",
  "submission:read",
  "submission:acknowledge",
  "submission:update",
  "submission:export",
  "stats:read",
];

export const ROLE_PERMISSIONS: Record<StaffRole, readonly Permission[]> = {
  CLINICIAN: CLINICAL,
  ADMIN: [
    ...CLINICAL,
    "question-set:edit",
    "question-set:publish",
    "alerts:manage",
    "staff:manage",
    "audit:read",
    "settings:manage",
    "patient-data:erase",
  ],
};

export function can(role: StaffRole, permission: Permission): boolean {
  return ROLE_PERMISSIONS[role].includes(permission);
}
