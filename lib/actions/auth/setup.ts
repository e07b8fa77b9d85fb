"use server";

import * as z from "zod";
import { newPasswordShape, passwordsMatch, passwordsMatchIssue } from "@/lib/auth/new-password-schema";
import { createFirstAdmin } from "@/lib/db/setup/create-first-admin";
import { emergencyNumberInput } from "@/lib/domain/clinic-settings/settings-schema";
import type { ActionResult } from "../action-result";
import { defineFormAction, invalidKeeping } from "../define-action";
import { countLinkAttempt } from "./link-attempts";

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

/** Needs no session: the one-time token from the server's console is the credential. */
export const createFirstAdminAction = defineFormAction({
  name: "createFirstAdmin",
  access: "public",
  before: () => countLinkAttempt("setup-link"),
  parse: (formData) => schema.safeParse(Object.fromEntries(formData)),
  // Name, email and number come back: React resets the form after an action, and they should survive.
  invalid: invalidKeeping({ name: 320, email: 320, emergencyNumber: 20 }),
  run: async (input): Promise<ActionResult> => {
    const result = await createFirstAdmin(input);
    if (result.ok) return { ok: true };
    return {
      ok: false,
      code: result.code,
      message: "This setup link is no longer valid. Restart the server to get a new one if no account exists.",
    };
  },
});
