// The role matrix's tables: what every server action and every staff route needs, and how to call it.
// The spec enumerates actions and routes from the production build; anything there and missing here fails it.
import crypto from "node:crypto";
import type { Permission } from "../../lib/auth/permissions";
import { ROUTINE_ANSWERS } from "../fixtures/default-answers";

/**
 * Who may call: a permission from lib/auth/permissions.ts, any signed-in staff member (their own account only),
 * or anyone (patient-side: public by design, yet it must never hand back staff data).
 */
export type Need = Permission | "signed-in" | "public";

/** The records the matrix works on, made fresh by the spec; `rowVersion` reads the submission's current one. */
export type MatrixContext = {
  submissionId: string;
  rowVersion: () => Promise<number>;
  /** A question set of the matrix's own (published v1, draft v2), so no other spec's questionnaire changes. */
  questionSetId: string;
  publishedVersionId: string;
  draftVersionId: string;
  draftRowVersion: () => Promise<number>;
  /** The definition the draft holds, keyed to the matrix's own set. */
  definition: Record<string, unknown>;
  /** The default questionnaire's published version, as patients answer it. */
  patientVersionId: string;
  /** A colleague the staff actions are aimed at. */
  targetUserId: string;
  alertChannelId: string;
  escalationMinutes: number;
  /** A different unused staff invitation on each call (made before the matrix runs, so making it changes nothing). */
  nextInvitationId: () => string;
  /** A second submission only the erasure action aims at (erasing the main one would leave the rest nothing). */
  erasable: { id: string; referenceCode: string };
};

export type ActionRow = {
  needs: Need;
  /** Plausible, valid arguments: were the check missing, the call would change something. */
  args: (ctx: MatrixContext) => unknown[] | Promise<unknown[]>;
};

export const form = (fields: Record<string, string | string[] | Blob>): FormData => {
  const data = new FormData();
  for (const [name, value] of Object.entries(fields)) {
    for (const v of Array.isArray(value) ? value : [value]) data.append(name, v);
  }
  return data;
};

const submissionForm = async (ctx: MatrixContext, fields: Record<string, string> = {}) =>
  form({ submissionId: ctx.submissionId, rowVersion: String(await ctx.rowVersion()), ...fields });

const randomToken = () => crypto.randomBytes(24).toString("base64url");

/**
 * Every server action in the build, keyed `<source file>#<exported name>` as the server-reference manifest names it.
 * A new action: add one row here (what it needs, and arguments that would change something).
 */
export const ACTIONS: Record<string, ActionRow> = {
  // ── Clinicians' work on a submission ──
  "lib/actions/dashboard/submission.ts#acknowledgeSubmissionAction": {
    needs: "submission:acknowledge",
    args: (ctx) => [null, form({ submissionId: ctx.submissionId })],
  },
  "lib/actions/dashboard/submission.ts#assignSubmissionAction": {
    needs: "submission:update",
    args: async (ctx) => [null, await submissionForm(ctx, { assignee: "me" })],
  },
  "lib/actions/dashboard/submission.ts#changeStatusAction": {
    needs: "submission:update",
    args: async (ctx) => [null, await submissionForm(ctx, { to: "IN_REVIEW" })],
  },
  "lib/actions/dashboard/submission.ts#addNoteAction": {
    needs: "submission:update",
    args: async (ctx) => [null, await submissionForm(ctx, { body: "Called the patient back; booked for Tuesday." })],
  },

  // ── Question sets (admins) ──
  "lib/actions/admin/question-sets.ts#createDraftAction": {
    needs: "question-set:edit",
    args: (ctx) => [form({ sourceVersionId: ctx.publishedVersionId })],
  },
  "lib/actions/admin/question-sets.ts#saveDraftDefinitionAction": {
    needs: "question-set:edit",
    args: async (ctx) => [
      { versionId: ctx.draftVersionId, rowVersion: await ctx.draftRowVersion(), definition: ctx.definition },
    ],
  },
  "lib/actions/admin/question-sets.ts#importDraftAction": {
    needs: "question-set:edit",
    args: (ctx) => [
      null,
      form({
        questionSetId: ctx.questionSetId,
        file: new File([JSON.stringify(ctx.definition)], "question-set.json", { type: "application/json" }),
      }),
    ],
  },
  "lib/actions/admin/question-sets.ts#publishDraftAction": {
    needs: "question-set:publish",
    args: (ctx) => [{ versionId: ctx.draftVersionId }],
  },
  "lib/actions/admin/question-sets.ts#retireVersionAction": {
    needs: "question-set:publish",
    args: (ctx) => [form({ versionId: ctx.publishedVersionId })],
  },

  // ── Staff accounts (admins) ──
  "lib/actions/admin/staff.ts#changeStaffRoleAction": {
    needs: "staff:manage",
    args: (ctx) => [form({ userId: ctx.targetUserId, role: "ADMIN" })],
  },
  "lib/actions/admin/staff.ts#deactivateStaffAction": {
    needs: "staff:manage",
    args: (ctx) => [form({ userId: ctx.targetUserId })],
  },
  "lib/actions/admin/staff.ts#reactivateStaffAction": {
    needs: "staff:manage",
    args: (ctx) => [form({ userId: ctx.targetUserId })],
  },
  "lib/actions/admin/staff.ts#resetStaffTwoFactorAction": {
    needs: "staff:manage",
    args: (ctx) => [form({ userId: ctx.targetUserId, confirm: "yes" })],
  },
  "lib/actions/admin/staff.ts#inviteStaffAction": {
    needs: "staff:manage",
    args: () => [null, form({ email: `matrix-${crypto.randomBytes(6).toString("hex")}@clinic.test`, role: "ADMIN" })],
  },
  "lib/actions/admin/staff.ts#revokeInvitationAction": {
    needs: "staff:manage",
    args: (ctx) => [form({ invitationId: ctx.nextInvitationId() })],
  },
  "lib/actions/admin/staff.ts#passwordResetAction": {
    needs: "staff:manage",
    args: (ctx) => [null, form({ userId: ctx.targetUserId })],
  },

  // ── Clinic settings (admins) ──
  "lib/actions/admin/erasure.ts#eraseSubmissionAction": {
    needs: "patient-data:erase",
    args: (ctx) => [
      null,
      form({ submissionId: ctx.erasable.id, confirmReferenceCode: ctx.erasable.referenceCode, confirm: "yes" }),
    ],
  },

  "lib/actions/admin/clinic-settings.ts#saveClinicSettingsAction": {
    needs: "settings:manage",
    args: () => [null, form({ clinicName: `Matrix Clinic ${randomToken()}`, emergencyNumber: "112" })],
  },

  // ── Red-flag alerts (admins); channels stay switched off so nothing is sent anywhere ──
  "lib/actions/admin/alerts.ts#saveAlertSettingsAction": {
    needs: "alerts:manage",
    args: (ctx) => [
      null,
      form({ smtpHost: "smtp.matrix.test", smtpPort: "2525", escalationMinutes: String(ctx.escalationMinutes + 1) }),
    ],
  },
  "lib/actions/admin/alerts.ts#createAlertChannelAction": {
    needs: "alerts:manage",
    args: () => [
      null,
      form({ name: "Matrix pager", kind: "EMAIL", recipients: "oncall@clinic.test", levels: "URGENT" }),
    ],
  },
  "lib/actions/admin/alerts.ts#updateAlertChannelAction": {
    needs: "alerts:manage",
    args: (ctx) => [
      null,
      form({
        channelId: ctx.alertChannelId,
        name: "Matrix channel renamed",
        kind: "EMAIL",
        recipients: "renamed@clinic.test",
        levels: ["EMERGENT", "URGENT"],
      }),
    ],
  },
  "lib/actions/admin/alerts.ts#deleteAlertChannelAction": {
    needs: "alerts:manage",
    args: (ctx) => [null, form({ channelId: ctx.alertChannelId })],
  },
  "lib/actions/admin/alerts.ts#sendTestAlertAction": {
    needs: "alerts:manage",
    args: () => [null, form({})],
  },

  // ── One's own account ──
  "lib/actions/auth/two-factor.ts#confirmTwoFactorAction": {
    needs: "signed-in",
    args: () => [{ ok: false }, form({ code: "123456" })],
  },
  "lib/actions/auth/two-factor.ts#regenerateRecoveryCodesAction": {
    needs: "signed-in",
    args: () => [{ ok: false }, form({ code: "123456" })],
  },

  // ── Patient-side and one-time links: public by design ──
  "lib/actions/intake/submit-intake.ts#submitIntakeAction": {
    needs: "public",
    args: (ctx) => [
      {
        versionId: ctx.patientVersionId,
        idempotencyKey: randomToken(),
        answers: { ...ROUTINE_ANSWERS, full_name: "Matrix Walk-in" },
        consent: true,
      },
    ],
  },
  "lib/actions/intake/resume-progress.ts#resumeProgressAction": {
    needs: "public",
    args: () => [form({ token: crypto.randomBytes(32).toString("base64url") })],
  },
  "lib/actions/intake/start-new-intake.ts#startNewIntakeAction": {
    needs: "public",
    args: () => [],
  },
  "lib/actions/auth/setup.ts#createFirstAdminAction": {
    needs: "public",
    args: () => {
      const password = randomToken();
      return [
        { ok: false },
        form({
          token: randomToken(),
          name: "Matrix Setup",
          email: "setup@clinic.test",
          emergencyNumber: "999",
          password,
          confirm: password,
        }),
      ];
    },
  },
  "lib/actions/auth/accept-invitation.ts#acceptInvitationAction": {
    needs: "public",
    args: () => {
      const password = randomToken();
      return [{ ok: false }, form({ token: randomToken(), name: "Matrix Invitee", password, confirm: password })];
    },
  },
};

export type RouteRow = {
  needs: Exclude<Need, "public">;
  /** What a permitted reader sees of the seeded submission, to show the refusal checks look for the right thing. */
  shows?: "patient";
};

/**
 * Every staff page and dashboard route handler, keyed as the build's app-paths manifest names it.
 * A new one: add a row here.
 */
export const ROUTES: Record<string, RouteRow> = {
  "/(staff)/dashboard/(queue)/page": { needs: "queue:read" },
  "/(staff)/dashboard/stats/page": { needs: "stats:read" },
  "/(staff)/dashboard/submissions/[id]/page": { needs: "submission:read", shows: "patient" },
  "/(staff)/dashboard/submissions/[id]/print/page": { needs: "submission:export", shows: "patient" },
  "/(staff)/admin/page": { needs: "question-set:edit" },
  "/(staff)/admin/versions/[id]/page": { needs: "question-set:edit" },
  "/(staff)/admin/versions/[id]/export/route": { needs: "question-set:edit" },
  "/(staff)/admin/staff/page": { needs: "staff:manage" },
  "/(staff)/admin/alerts/page": { needs: "alerts:manage" },
  "/(staff)/admin/audit/page": { needs: "audit:read" },
  "/(staff)/admin/settings/page": { needs: "settings:manage" },
  "/(staff)/admin/erasure/page": { needs: "patient-data:erase" },
  "/(staff)/admin/erasure/[id]/export/route": { needs: "patient-data:erase", shows: "patient" },
  "/(staff)/account/two-factor/page": { needs: "signed-in" },
  "/api/dashboard/queue-csv/route": { needs: "submission:export", shows: "patient" },
  "/api/dashboard/queue-version/route": { needs: "queue:read" },
  "/api/dashboard/submissions/[id]/fhir/route": { needs: "submission:export", shows: "patient" },
  "/api/dashboard/submissions/[id]/fhir/bundle/route": { needs: "submission:export", shows: "patient" },
};

/** The staff routes among everything the build serves: pages under app/(staff) and route handlers for staff. */
export const isStaffRoute = (route: string) => route.startsWith("/(staff)/") || route.startsWith("/api/dashboard/");
