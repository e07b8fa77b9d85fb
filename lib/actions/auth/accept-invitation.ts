"use server";

import * as z from "zod";
import { headers } from "next/headers";
import { env } from "@/lib/env";
import { consumeRateLimit } from "@/lib/db/rate-limit/consume-rate-limit";
import { clientKeyFrom } from "@/lib/http/client-key";
import { newPasswordShape, passwordsMatch, passwordsMatchIssue } from "@/lib/auth/new-password-schema";
import { acceptInvitation } from "@/lib/db/staff/accept-invitation";

const TOO_MANY = "Too many attempts from this connection. Please wait a minute and try again.";

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
  // Per address, before anything else: guessing tokens (or flooding the password hash) gets a few tries a minute.
  const limit = await consumeRateLimit(
    `staff-link:${clientKeyFrom(await headers())}`,
    env.RATE_LIMIT_LINK_ATTEMPTS_PER_MINUTE,
  );
  if (!limit.ok) return { ok: false, message: TOO_MANY };
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
