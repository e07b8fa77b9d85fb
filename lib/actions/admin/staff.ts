"use server";

import { revalidatePath } from "next/cache";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import * as z from "zod";
import { authorize } from "@/lib/auth/guards";
import { env } from "@/lib/env";
import { inviteStaff } from "@/lib/db/staff/invite-staff";
import { issuePasswordReset } from "@/lib/db/staff/issue-password-reset";
import { sendInvitationEmail } from "@/lib/db/staff/send-invitation-email";
import { changeStaffRole } from "@/lib/db/staff/change-staff-role";
import { deactivateStaff } from "@/lib/db/staff/deactivate-staff";
import { reactivateStaff } from "@/lib/db/staff/reactivate-staff";
import { resetStaffTwoFactor } from "@/lib/db/staff/reset-staff-two-factor";
import { revokeInvitation } from "@/lib/db/staff/revoke-invitation";

const userId = z.string().min(1).max(64);
const input = z.object({ userId, role: z.enum(["ADMIN", "CLINICIAN"]).optional() });

// Parse → authorize → operation (which checks the permission again and keeps the last-admin rule) → revalidate.

export async function changeStaffRoleAction(formData: FormData) {
  const parsed = input.required({ role: true }).safeParse(Object.fromEntries(formData));
  if (!parsed.success) redirect("/admin/staff?status=bad-request");
  const admin = await authorize("staff:manage");
  if (!admin) redirect("/signin?callbackUrl=/admin/staff");
  const result = await changeStaffRole(parsed.data.userId, parsed.data.role, admin);
  revalidatePath("/admin/staff");
  redirect(`/admin/staff?status=${result.ok ? "role-changed" : result.code}`);
}

export async function deactivateStaffAction(formData: FormData) {
  const parsed = input.safeParse(Object.fromEntries(formData));
  if (!parsed.success) redirect("/admin/staff?status=bad-request");
  const admin = await authorize("staff:manage");
  if (!admin) redirect("/signin?callbackUrl=/admin/staff");
  const result = await deactivateStaff(parsed.data.userId, admin);
  revalidatePath("/admin/staff");
  redirect(`/admin/staff?status=${result.ok ? "deactivated" : result.code}`);
}

export async function reactivateStaffAction(formData: FormData) {
  const parsed = input.safeParse(Object.fromEntries(formData));
  if (!parsed.success) redirect("/admin/staff?status=bad-request");
  const admin = await authorize("staff:manage");
  if (!admin) redirect("/signin?callbackUrl=/admin/staff");
  const result = await reactivateStaff(parsed.data.userId, admin);
  revalidatePath("/admin/staff");
  redirect(`/admin/staff?status=${result.ok ? "reactivated" : result.code}`);
}

const resetInput = z.object({ userId, confirm: z.literal("yes") });

/** Only from the confirmation step: the form there carries `confirm=yes`, so a stray or forged post does nothing. */
export async function resetStaffTwoFactorAction(formData: FormData) {
  const parsed = resetInput.safeParse(Object.fromEntries(formData));
  if (!parsed.success) redirect("/admin/staff?status=bad-request");
  const admin = await authorize("staff:manage");
  if (!admin) redirect("/signin?callbackUrl=/admin/staff");
  const result = await resetStaffTwoFactor(parsed.data.userId, admin);
  revalidatePath("/admin/staff");
  redirect(`/admin/staff?status=${result.ok ? "two-factor-reset" : result.code}`);
}

export async function revokeInvitationAction(formData: FormData) {
  const parsed = z.object({ invitationId: userId }).safeParse(Object.fromEntries(formData));
  if (!parsed.success) redirect("/admin/staff?status=bad-request");
  const admin = await authorize("staff:manage");
  if (!admin) redirect("/signin?callbackUrl=/admin/staff");
  const result = await revokeInvitation(parsed.data.invitationId, admin);
  revalidatePath("/admin/staff");
  redirect(`/admin/staff?status=${result.ok ? "invitation-revoked" : "invitation-gone"}`);
}

export type LinkState =
  { ok: true; link: string; email: string; emailed: boolean } | { ok: false; message: string } | null;

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

export async function inviteStaffAction(_prev: LinkState, formData: FormData): Promise<LinkState> {
  const parsed = inviteInput.safeParse(Object.fromEntries(formData));
  if (!parsed.success) return { ok: false, message: parsed.error.issues[0]?.message ?? "Check the form." };
  const admin = await authorize("staff:manage");
  if (!admin) return { ok: false, message: MESSAGES.forbidden };
  const result = await inviteStaff(parsed.data.email, parsed.data.role, admin);
  if (!result.ok) return { ok: false, message: MESSAGES[result.code] };
  const link = await inviteLink(result.token);
  const emailed = await sendInvitationEmail(result.email, link, "INVITE");
  revalidatePath("/admin/staff");
  return { ok: true, link, email: result.email, emailed };
}

export async function passwordResetAction(_prev: LinkState, formData: FormData): Promise<LinkState> {
  const parsed = z.object({ userId }).safeParse(Object.fromEntries(formData));
  if (!parsed.success) return { ok: false, message: "That request could not be read." };
  const admin = await authorize("staff:manage");
  if (!admin) return { ok: false, message: MESSAGES.forbidden };
  const result = await issuePasswordReset(parsed.data.userId, admin);
  if (!result.ok) return { ok: false, message: MESSAGES[result.code] };
  const link = await inviteLink(result.token);
  const emailed = await sendInvitationEmail(result.email, link, "PASSWORD_RESET");
  return { ok: true, link, email: result.email, emailed };
}
