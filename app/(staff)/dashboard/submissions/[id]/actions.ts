"use server";

import { revalidatePath } from "next/cache";
import * as z from "zod";
import { authorize } from "@/lib/auth/guards";
import { acknowledgeSubmission } from "@/lib/db/submissions/acknowledge-submission";
import type { FormResult } from "@/lib/form-result";

// A server action is a public POST endpoint: it checks the caller itself, whatever the page showed.
export async function acknowledgeSubmissionAction(
  _previous: FormResult | null,
  formData: FormData,
): Promise<FormResult> {
  const input = z.object({ submissionId: z.string().min(1).max(64) }).safeParse({
    submissionId: formData.get("submissionId"),
  });
  if (!input.success) return { ok: false, error: "That submission could not be found." };
  const staff = await authorize("submission:acknowledge");
  if (!staff) return { ok: false, error: "You are not allowed to acknowledge submissions. Sign in again." };
  const result = await acknowledgeSubmission(input.data.submissionId, staff);
  revalidatePath(`/dashboard/submissions/${input.data.submissionId}`);
  revalidatePath("/dashboard");
  if (result.ok) return { ok: true, message: "Acknowledged. Escalation alerts for it are stopped." };
  return {
    ok: false,
    error:
      result.code === "already-acknowledged"
        ? "A colleague has already acknowledged this submission."
        : "That submission could not be found.",
  };
}
