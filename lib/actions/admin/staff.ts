"use server";

import { revalidatePath } from "next/cache";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import * as z from "zod";
import { env } from "@/lib/env";
import { inviteStaff } from "@/lib/db/staff/invite-staff";
import { issuePasswordReset } from "@/lib/db/staff/issue-password-reset";
import { sendInvitationEmail } from "@/lib/db/staff/send-invitation-email";
import { changeStaffRole } from "@/lib/db/staff/change-staff-role";
import { deactivateStaff } from "@/lib/db/staff/deactivate-staff";
import { reactivateStaff } from "@/lib/db/staff/reactivate-staff";
import { resetStaffTwoFactor } from "@/lib/db/staff/reset-staff-two-factor";
import { revokeInvitation } from "@/lib/db/staff/revoke-invitation";
import type { ActionResult } from "../action-result";
import { defineFormAction, defineNavigatingAction } from "../define-action";

const userId = z.string().min(1).max(64);
const input = z.object({ userId, role: z.enum(["ADMIN", "CLINICIAN"]).optional() });

// The staff list's buttons answer by going back to the list with a status; the operation checks the permission
// again and keeps the last-admin rule.
const toList = (status: string): never => redirect(`/admin/staff?status=${status}`);
const staffNavigation = {
  access: "staff:manage",
  invalid: () => toList("bad-request"),
  forbidden: () => redirect("/signin?callbackUrl=/admin/staff"),
} as const;
const fields = (formData: FormData) => Object.fromEntries(formData);

export const changeStaffRoleAction = defineNavigatingAction({
  ...staffNavigation,
  name: "changeStaffRole",
  parse: (formData) => input.required({ role: true }).safeParse(fields(formData)),
  run: async ({ userId, role }, admin) => {
    const result = await changeStaffRole(userId, role, admin);
    revalidatePath("/admin/staff");
    return toList(result.ok ? "role-changed" : result.code);
  },
});

export const deactivateStaffAction = defineNavigatingAction({
  ...staffNavigation,
  name: "deactivateStaff",
  parse: (formData) => input.safeParse(fields(formData)),
  run: async ({ userId }, admin) => {
    const result = await deactivateStaff(userId, admin);
    revalidatePath("/admin/staff");
    return toList(result.ok ? "deactivated" : result.code);
  },
});

export const reactivateStaffAction = defineNavigatingAction({
  ...staffNavigation,
  name: "reactivateStaff",
  parse: (formData) => input.safeParse(fields(formData)),
  run: async ({ userId }, admin) => {
    const result = await reactivateStaff(userId, admin);
    revalidatePath("/admin/staff");
    return toList(result.ok ? "reactivated" : result.code);
  },
});

const resetInput = z.object({ userId, confirm: z.literal("yes") });

/** Only from the confirmation step: the form there carries `confirm=yes`, so a stray or forged post does nothing. */
export const resetStaffTwoFactorAction = defineNavigatingAction({
  ...staffNavigation,
  name: "resetStaffTwoFactor",
  parse: (formData) => resetInput.safeParse(fields(formData)),
  run: async ({ userId }, admin) => {
    const result = await resetStaffTwoFactor(userId, admin);
    revalidatePath("/admin/staff");
    return toList(result.ok ? "two-factor-reset" : result.code);
  },
});

export const revokeInvitationAction = defineNavigatingAction({
  ...staffNavigation,
  name: "revokeInvitation",
  parse: (formData) => z.object({ invitationId: userId }).safeParse(fields(formData)),
  run: async ({ invitationId }, admin) => {
    const result = await revokeInvitation(invitationId, admin);
    revalidatePath("/admin/staff");
    return toList(result.ok ? "invitation-revoked" : "invitation-gone");
  },
});

export type LinkState = ActionResult<{ link: string; email: string; emailed: boolean }>;

const MESSAGES = {
  forbidden: "Your session has ended or you may not manage staff. Sign in again.",
  exists: "Someone with this email address already has an account.",
  "not-found": "That account no longer exists.",
} as const;

/** The one-time link as the invited person will open it. */
async function inviteLink(token: string): Promise<string> {
  const base = env.NEXTAUTH_URL ?? `http://${(await headers()).get("host") ?? "localhost"}`;
  return `${base.replace(/\/$/, "")}/invite?token=${encodeURIComponent(token)}`;
}

const inviteInput = z.object({
  email: z.email("Enter a valid email address").max(320),
  role: z.enum(["ADMIN", "CLINICIAN"]),
});

export const inviteStaffAction = defineFormAction({
  name: "inviteStaff",
  access: "staff:manage",
  parse: (formData) => inviteInput.safeParse(fields(formData)),
  invalid: (error): LinkState => ({
    ok: false,
    code: "bad-request",
    message: error.issues[0]?.message ?? "Check the form.",
  }),
  forbidden: MESSAGES.forbidden,
  run: async (input, admin): Promise<LinkState> => {
    const result = await inviteStaff(input.email, input.role, admin);
    if (!result.ok) return { ok: false, code: result.code, message: MESSAGES[result.code] };
    const link = await inviteLink(result.token);
    const emailed = await sendInvitationEmail(result.email, link, "INVITE");
    revalidatePath("/admin/staff");
    return { ok: true, link, email: result.email, emailed };
  },
});

export const passwordResetAction = defineFormAction({
  name: "passwordReset",
  access: "staff:manage",
  parse: (formData) => z.object({ userId }).safeParse(fields(formData)),
  invalid: (): LinkState => ({ ok: false, code: "bad-request", message: "That request could not be read." }),
  forbidden: MESSAGES.forbidden,
  run: async (input, admin): Promise<LinkState> => {
    const result = await issuePasswordReset(input.userId, admin);
    if (!result.ok) return { ok: false, code: result.code, message: MESSAGES[result.code] };
    const link = await inviteLink(result.token);
    const emailed = await sendInvitationEmail(result.email, link, "PASSWORD_RESET");
    return { ok: true, link, email: result.email, emailed };
  },
});
