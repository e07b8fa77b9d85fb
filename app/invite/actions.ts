"use server";

import * as z from "zod";
import { newPasswordShape, passwordsMatch, passwordsMatchIssue } from "@/lib/auth/new-password-schema";
import { acceptInvitation } from "@/lib/db/staff/accept-invitation";

/** `name` comes back on a refusal: React resets the form after an action, and the name should survive. */
export type AcceptState = { ok: boolean; message?: string; fieldErrors?: Record<string, string[]>; name?: string };

const schema = z
  .object({
    token: z.string().min(20).max(200),
    name: z.string().trim().max(200).optional(),
    ...newPasswordShape,
  })
  .refine(passwordsMatch, passwordsMatchIssue);

/** Needs no session: the one-time link is the credential. The operation checks the password rule again. */
export async function acceptInvitationAction(_prev: AcceptState, formData: FormData): Promise<AcceptState> {
  const raw = Object.fromEntries(formData);
  const parsed = schema.safeParse(raw);
  if (!parsed.success) {
    const { token: tokenErrors, ...fieldErrors } = z.flattenError(parsed.error).fieldErrors;
    if (tokenErrors || Object.keys(fieldErrors).length === 0) {
      return { ok: false, message: "That form could not be read. Open the link again." };
    }
    const name = typeof raw.name === "string" ? raw.name.slice(0, 200) : undefined;
    return { ok: false, name, fieldErrors };
  }
  const name = parsed.data.name;
  const result = await acceptInvitation(parsed.data.token, { name, password: parsed.data.password });
  if (result.ok) return { ok: true };
  if (result.code === "weak-password") return { ok: false, name, fieldErrors: { password: [result.message] } };
  if (result.code === "exists") return { ok: false, message: "An account with this email address already exists." };
  return { ok: false, message: "This link has been used or has expired. Ask your clinic's admin for a new one." };
}
