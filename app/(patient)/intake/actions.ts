"use server";

import * as z from "zod";
import { submitIntake, type SubmitIntakeResult } from "@/lib/db/submissions/submit-intake";

const inputSchema = z.object({
  versionId: z.string().min(1).max(64),
  idempotencyKey: z.string().min(1).max(100),
  answers: z.record(z.string(), z.unknown()),
});

export type SubmitIntakeActionResult = SubmitIntakeResult | { ok: false; code: "bad-request"; message: string };

/** Public on purpose: patients have no account. Everything they send is re-validated against the version. */
export async function submitIntakeAction(input: unknown): Promise<SubmitIntakeActionResult> {
  const parsed = inputSchema.safeParse(input);
  if (!parsed.success)
    return { ok: false, code: "bad-request", message: "The form data was not in the expected shape." };
  return submitIntake(parsed.data);
}
