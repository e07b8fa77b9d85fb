"use server";

import * as z from "zod";
import { getCurrentStaff } from "@/lib/auth/guards";
import { confirmTotpEnrolment } from "@/lib/db/users/confirm-totp-enrolment";
import { regenerateRecoveryCodes } from "@/lib/db/users/regenerate-recovery-codes";
import { totpCodeSchema } from "@/lib/auth/totp-code-schema";

export type EnrolState = { ok: boolean; message?: string; recoveryCodes?: string[] };

const schema = z.object({ code: totpCodeSchema });

/** Any signed-in staff member may turn on two-factor sign-in for their own account only. */
export async function confirmTwoFactorAction(_prev: EnrolState, formData: FormData): Promise<EnrolState> {
  const parsed = schema.safeParse({ code: formData.get("code") });
  if (!parsed.success) return { ok: false, message: "Enter the 6-digit code your app shows." };
  const staff = await getCurrentStaff();
  if (!staff) return { ok: false, message: "Your session has ended. Sign in again." };
  const result = await confirmTotpEnrolment({ id: staff.id, email: staff.email, role: staff.role }, parsed.data.code);
  if (!result.ok) {
    return {
      ok: false,
      message:
        result.code === "wrong-code"
          ? "That code did not match. Check the time on your phone and try the newest code."
          : "Two-factor sign-in is already on for this account.",
    };
  }
  return { ok: true, recoveryCodes: result.recoveryCodes };
}

const REGENERATE_MESSAGES = {
  "wrong-code": "That code did not match. Check the time on your phone and try the newest code.",
  "code-reused": "That code has been used already. Wait for your app to show the next one.",
  "not-enrolled": "Two-factor sign-in is not on for this account.",
} as const;

/** Signed-in staff only, for their own account; needs a current code from their app. */
export async function regenerateRecoveryCodesAction(_prev: EnrolState, formData: FormData): Promise<EnrolState> {
  const parsed = schema.safeParse({ code: formData.get("code") });
  if (!parsed.success) return { ok: false, message: "Enter the 6-digit code your app shows." };
  const staff = await getCurrentStaff();
  if (!staff) return { ok: false, message: "Your session has ended. Sign in again." };
  const result = await regenerateRecoveryCodes(
    { id: staff.id, email: staff.email, role: staff.role },
    parsed.data.code,
  );
  if (!result.ok) return { ok: false, message: REGENERATE_MESSAGES[result.code] };
  return { ok: true, recoveryCodes: result.recoveryCodes };
}
