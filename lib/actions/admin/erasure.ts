"use server";

import { headers } from "next/headers";
import { revalidatePath } from "next/cache";
import * as z from "zod";
import { authorize } from "@/lib/auth/guards";
import { eraseSubmission } from "@/lib/db/submissions/erase-submission";
import { fieldErrorsOf, type FormResult } from "@/lib/form-result";
import { clientKeyFrom } from "@/lib/http/client-key";

const eraseInput = z.object({
  submissionId: z.string().min(1).max(64),
  confirmReferenceCode: z.string().trim().min(1, "Type the reference code to confirm").max(20),
  confirm: z.literal("yes", { error: "Tick the box to confirm that the patient asked for erasure" }),
});

/** Erases one submission at the patient's request. A public POST endpoint like every action: it checks the caller. */
export async function eraseSubmissionAction(_previous: FormResult | null, formData: FormData): Promise<FormResult> {
  const input = eraseInput.safeParse({
    submissionId: formData.get("submissionId") ?? undefined,
    confirmReferenceCode: formData.get("confirmReferenceCode") ?? undefined,
    confirm: formData.get("confirm") ?? undefined,
  });
  if (!input.success) {
    return { ok: false, error: "Check the highlighted fields.", fieldErrors: fieldErrorsOf(input.error) };
  }
  const admin = await authorize("patient-data:erase");
  if (!admin) return { ok: false, error: "You are not allowed to erase patient data. Sign in as an admin." };
  const result = await eraseSubmission(input.data, admin, clientKeyFrom(await headers()));
  if (!result.ok) {
    return result.code === "not-found"
      ? { ok: false, error: "This submission no longer exists: it may have been erased already." }
      : {
          ok: false,
          error: "The reference code you typed is not this submission's.",
          fieldErrors: { confirmReferenceCode: ["Type the reference code shown above"] },
        };
  }
  revalidatePath("/dashboard");
  return {
    ok: true,
    message: `Submission ${result.referenceCode} was erased with ${result.notes} note(s). The audit log keeps its reference code only.`,
  };
}
