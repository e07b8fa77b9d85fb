"use server";

import * as z from "zod";
import { confirmTotpEnrolment } from "@/lib/db/users/confirm-totp-enrolment";
import { regenerateRecoveryCodes } from "@/lib/db/users/regenerate-recovery-codes";
import { totpCodeSchema } from "@/lib/auth/totp-code-schema";
import type { ActionResult } from "../action-result";
import { defineFormAction } from "../define-action";

export type EnrolState = ActionResult<{ recoveryCodes: string[] }>;

const schema = z.object({ code: totpCodeSchema });
const parse = (formData: FormData) => schema.safeParse({ code: formData.get("code") });
const ENTER_CODE = "Enter the 6-digit code your app shows.";
const SIGNED_OUT = "Your session has ended. Sign in again.";
const WRONG_CODE = "That code did not match. Check the time on your phone and try the newest code.";

/** Any signed-in staff member may turn on two-factor sign-in for their own account only. */
export const confirmTwoFactorAction = defineFormAction({
  name: "confirmTwoFactor",
  access: "signed-in",
  parse,
  invalid: ENTER_CODE,
  forbidden: SIGNED_OUT,
  run: async (input, staff): Promise<EnrolState> => {
    const result = await confirmTotpEnrolment({ id: staff.id, email: staff.email, role: staff.role }, input.code);
    if (!result.ok)
      return result.code === "wrong-code"
        ? { ok: false, code: result.code, message: WRONG_CODE }
        : { ok: false, code: result.code, message: "Two-factor sign-in is already on for this account." };
    return { ok: true, recoveryCodes: result.recoveryCodes };
  },
});

const REGENERATE_MESSAGES = {
  "wrong-code": WRONG_CODE,
  "code-reused": "That code has been used already. Wait for your app to show the next one.",
  "not-enrolled": "Two-factor sign-in is not on for this account.",
} as const;

/** Signed-in staff only, for their own account; needs a current code from their app. */
export const regenerateRecoveryCodesAction = defineFormAction({
  name: "regenerateRecoveryCodes",
  access: "signed-in",
  parse,
  invalid: ENTER_CODE,
  forbidden: SIGNED_OUT,
  run: async (input, staff): Promise<EnrolState> => {
    const result = await regenerateRecoveryCodes({ id: staff.id, email: staff.email, role: staff.role }, input.code);
    if (!result.ok) return { ok: false, code: result.code, message: REGENERATE_MESSAGES[result.code] };
    return { ok: true, recoveryCodes: result.recoveryCodes };
  },
});
