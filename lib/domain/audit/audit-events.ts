// How audit events read on the audit log page: actions in plain words, who did it, and details as text.

/** Every action the portal records, in plain words. The action filter offers these; unknown ones still show. */
export const AUDIT_ACTION_LABELS: Record<string, string> = {
  "alert-channel.created": "Alert channel added",
  "alert-channel.deleted": "Alert channel removed",
  "alert-channel.updated": "Alert channel changed",
  "alert-settings.updated": "Alert settings changed",
  "alerts.test-sent": "Test alert sent",
  "audit.viewed": "Audit log viewed",
  "auth.account-locked": "Account locked after failed sign-ins",
  "auth.address-locked": "Address locked after failed sign-ins",
  "auth.recovery-codes-regenerated": "Recovery codes replaced",
  "auth.request-refused": "Request refused (no permission)",
  "auth.session-refused": "Session refused",
  "auth.sign-in-failed": "Sign-in failed",
  "auth.sign-in-succeeded": "Signed in",
  "auth.signed-out": "Signed out",
  "auth.two-factor-enabled": "Two-factor sign-in set up",
  "question-set.draft-created": "Question set draft created",
  "question-set.draft-edited": "Question set draft edited",
  "question-set.imported": "Question set imported",
  "question-set.published": "Question set published",
  "question-set.retired": "Question set version retired",
  "question-set.seeded": "Default question set installed",
  "queue.exported": "Queue downloaded as CSV",
  "retention.purged": "Closed submissions deleted (retention period)",
  "setup.first-admin-created": "First admin account created",
  "staff.deactivated": "Staff account deactivated",
  "staff.invitation-accepted": "Invitation accepted",
  "staff.invitation-revoked": "Invitation withdrawn",
  "staff.invited": "Staff member invited",
  "staff.password-reset": "Password reset completed",
  "staff.password-reset-issued": "Password reset link issued",
  "staff.reactivated": "Staff account reactivated",
  "staff.role-changed": "Staff role changed",
  "staff.two-factor-reset": "Two-factor sign-in reset",
  "submission.acknowledged": "Submission acknowledged",
  "submission.assigned": "Submission assigned",
  "submission.created": "Submission received",
  "submission.erased": "Submission erased at the patient's request",
  "submission.exported": "Submission exported",
  "submission.note_added": "Note added to a submission",
  "submission.printed": "Submission printed",
  "submission.status_changed": "Submission status changed",
  "submission.viewed": "Submission viewed",
};

/** Record types events are about, in plain words. */
export const AUDIT_RECORD_TYPES: Record<string, string> = {
  AlertChannel: "Alert channel",
  AlertSettings: "Alert settings",
  AuditEvent: "Audit log",
  Permission: "Permission",
  QuestionSetVersion: "Question set version",
  SignInThrottle: "Sign-in throttle",
  StaffInvitation: "Staff invitation",
  Submission: "Submission",
  User: "Staff account",
};

/** The action in plain words; an action this release does not know reads as its own name, made legible. */
export function actionLabel(action: string): string {
  const known = AUDIT_ACTION_LABELS[action];
  if (known) return known;
  const words = action.replace(/[._:-]+/g, " ").trim();
  return words ? words.charAt(0).toUpperCase() + words.slice(1) : action;
}

export function recordTypeLabel(type: string): string {
  return AUDIT_RECORD_TYPES[type] ?? type;
}

/** Actions taken by someone who is not signed in: a patient submitting, or anyone at the sign-in form. */
function isVisitorAction(action: string): boolean {
  return action === "submission.created" || action.startsWith("auth.");
}

/** Who caused an event, in words: the staff member, or "system" / "signed-out visitor" when nobody was signed in. */
export function actorLabel(event: {
  actorEmail: string | null;
  actorName?: string | null;
  action: string;
  origin?: string | null;
}): string {
  if (event.actorEmail) return event.actorName ? `${event.actorName} (${event.actorEmail})` : event.actorEmail;
  return isVisitorAction(event.action) || event.origin ? "signed-out visitor" : "system";
}

export type DetailEntry = { key: string; value: string };

/**
 * An event's JSON details as key/value text for a definition list. Nested values stay JSON text: they are shown,
 * escaped, exactly as stored, never interpreted as markup.
 */
export function detailEntries(details: unknown): DetailEntry[] {
  if (details === null || details === undefined) return [];
  if (typeof details !== "object" || Array.isArray(details)) return [{ key: "value", value: textOf(details) }];
  return Object.entries(details as Record<string, unknown>)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([key, value]) => ({ key, value: textOf(value) }));
}

function textOf(value: unknown): string {
  if (typeof value === "string") return value;
  if (value === null || value === undefined) return "—";
  return JSON.stringify(value, (_key, v: unknown) => (typeof v === "bigint" ? v.toString() : v));
}
