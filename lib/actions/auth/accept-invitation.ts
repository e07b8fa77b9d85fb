"use server";

import * as z from "zod";
import { newPasswordShape, passwordsMatch, passwordsMatchIssue } from "@/lib/auth/new-password-schema";
import { acceptInvitation } from "@/lib/db/staff/accept-invitation";
import type { ActionResult } from "../action-result";
import { defineFormAction, invalidKeeping } from "../define-action";
import { countLinkAttempt } from "./link-attempts";

const schema = z
  .object({
    token: z.string().min(20).max(200),
    name: z.string().trim().max(200).optional(),
    ...newPasswordShape,
  })
  .refine(passwordsMatch, passwordsMatchIssue);

// The name comes back on a refusal: React resets the form after an action, and the name should survive.
const keepingName = invalidKeeping({ name: 200 });

/** Needs no session: the one-time link is the credential. The operation checks the password rule again. */
export const acceptInvitationAction = defineFormAction({
  name: "acceptInvitation",
  access: "public",
  before: () => countLinkAttempt("staff-link"),
  parse: (formData) => schema.safeParse(Object.fromEntries(formData)),
  invalid: (error, formData) => {
    const refusal = keepingName(error, formData);
    const { token, ...fieldErrors } = refusal.fieldErrors ?? {};
    // A form without its token (or with nothing else wrong) was not sent by the page: nothing to highlight.
    if (token || Object.keys(fieldErrors).length === 0) {
      return { ok: false, code: "bad-request", message: "That form could not be read. Open the link again." };
    }
    return { ...refusal, fieldErrors };
  },
  run: async ({ token, name, password }): Promise<ActionResult> => {
    const result = await acceptInvitation(token, { name, password });
    if (result.ok) return { ok: true };
    if (result.code === "weak-password") {
      return {
        ok: false,
        code: result.code,
        message: "Check the highlighted fields.",
        fieldErrors: { password: [result.message] },
        values: name === undefined ? {} : { name },
      };
    }
    if (result.code === "exists") {
      return { ok: false, code: result.code, message: "An account with this email address already exists." };
    }
    return {
      ok: false,
      code: result.code,
      message: "This link has been used or has expired. Ask your clinic's admin for a new one.",
    };
  },
});
