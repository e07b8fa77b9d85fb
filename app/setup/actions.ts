"use server";

import * as z from "zod";
import { MIN_PASSWORD_LENGTH } from "@/lib/auth/password-policy";
import { createFirstAdmin } from "@/lib/db/setup/create-first-admin";

const schema = z.object({
  token: z.string().min(20).max(200),
  name: z.string().trim().min(1, "Enter your name").max(200),
  email: z.email("Enter a valid email address").max(320),
  password: z.string().min(MIN_PASSWORD_LENGTH, `Use at least ${MIN_PASSWORD_LENGTH} characters`).max(1024),
});

export type SetupState = { ok: boolean; message?: string; fieldErrors?: Record<string, string[]> };

/** Needs no session: the one-time token from the server's console is the credential. */
export async function createFirstAdminAction(_prev: SetupState, formData: FormData): Promise<SetupState> {
  const parsed = schema.safeParse(Object.fromEntries(formData));
  if (!parsed.success) return { ok: false, fieldErrors: z.flattenError(parsed.error).fieldErrors };
  const result = await createFirstAdmin(parsed.data);
  if (!result.ok)
    return {
      ok: false,
      message: "This setup link is no longer valid. Restart the server to get a new one if no account exists.",
    };
  return { ok: true };
}
