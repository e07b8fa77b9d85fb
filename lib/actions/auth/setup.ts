"use server";

import * as z from "zod";
import { headers } from "next/headers";
import { env } from "@/lib/env";
import { consumeRateLimit } from "@/lib/db/rate-limit/consume-rate-limit";
import { clientKeyFrom } from "@/lib/http/client-key";
import { newPasswordShape, passwordsMatch, passwordsMatchIssue } from "@/lib/auth/new-password-schema";
import { createFirstAdmin } from "@/lib/db/setup/create-first-admin";
import { emergencyNumberInput } from "@/lib/domain/clinic-settings/settings-schema";

const TOO_MANY = "Too many attempts from this connection. Please wait a minute and try again.";

const schema = z
  .object({
    token: z.string().min(20).max(200),
    name: z.string().trim().min(1, "Enter your name").max(200),
    email: z.email("Enter a valid email address").max(320),
    // Patient pages show it with every emergency advice; there is no safe default across countries.
    emergencyNumber: emergencyNumberInput,
    ...newPasswordShape,
  })
  .refine(passwordsMatch, passwordsMatchIssue);

/** `name` and `email` come back on a refusal: React resets the form after an action, and they should survive. */
export type SetupState = {
  ok: boolean;
  message?: string;
  fieldErrors?: Record<string, string[]>;
  name?: string;
  email?: string;
  emergencyNumber?: string;
};

/** Needs no session: the one-time token from the server's console is the credential. */
export async function createFirstAdminAction(_prev: SetupState, formData: FormData): Promise<SetupState> {
  // Per address, before anything else: guessing tokens (or flooding the password hash) gets a few tries a minute.
  const limit = await consumeRateLimit(
    `setup-link:${clientKeyFrom(await headers())}`,
    env.RATE_LIMIT_LINK_ATTEMPTS_PER_MINUTE,
  );
  if (!limit.ok) return { ok: false, message: TOO_MANY };
  const raw = Object.fromEntries(formData);
  const parsed = schema.safeParse(raw);
  if (!parsed.success) {
    const text = (v: unknown) => (typeof v === "string" ? v.slice(0, 320) : undefined);
    return {
      ok: false,
      fieldErrors: z.flattenError(parsed.error).fieldErrors,
      name: text(raw.name),
      email: text(raw.email),
      emergencyNumber: text(raw.emergencyNumber)?.slice(0, 20),
    };
  }
  const result = await createFirstAdmin(parsed.data);
  if (!result.ok)
    return {
      ok: false,
      message: "This setup link is no longer valid. Restart the server to get a new one if no account exists.",
    };
  return { ok: true };
}
