"use server";

import * as z from "zod";
import { acceptInvitation } from "@/lib/db/staff/accept-invitation";

/** `name` comes back on a refusal: React resets the form after an action, and the name should survive. */
export type AcceptState = { ok: boolean; message?: string; fieldErrors?: Record<string, string[]>; name?: string };

const schema = z.object({
  token: z.string().min(20).max(200),
  name: z.string().trim().max(200).optional(),
  password: z.string().max(1024),
  confirm: z.string().max(1024),
});

/** Needs no session: the one-time link is the credential. The password rule is checked by the operation. */
export async function acceptInvitationAction(_prev: AcceptState, formData: FormData): Promise<AcceptState> {
  const parsed = schema.safeParse(Object.fromEntries(formData));
  if (!parsed.success) return { ok: false, message: "That form could not be read. Open the link again." };
  const name = parsed.data.name;
  if (parsed.data.password !== parsed.data.confirm) {
    return { ok: false, name, fieldErrors: { confirm: ["The two passwords are not the same"] } };
  }
  const result = await acceptInvitation(parsed.data.token, { name, password: parsed.data.password });
  if (result.ok) return { ok: true };
  if (result.code === "weak-password") return { ok: false, name, fieldErrors: { password: [result.message] } };
  if (result.code === "exists") return { ok: false, message: "An account with this email address already exists." };
  return { ok: false, message: "This link has been used or has expired. Ask your clinic's admin for a new one." };
}
