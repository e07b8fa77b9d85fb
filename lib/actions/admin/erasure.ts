"use server";

import { headers } from "next/headers";
import { revalidatePath } from "next/cache";
import * as z from "zod";
import { eraseSubmission } from "@/lib/db/submissions/erase-submission";
import { clientKeyFrom } from "@/lib/http/client-key";
import type { ActionResult } from "../action-result";
import { defineFormAction } from "../define-action";

const eraseInput = z.object({
  submissionId: z.string().min(1).max(64),
  confirmReferenceCode: z.string().trim().min(1, "Type the reference code to confirm").max(20),
  confirm: z.literal("yes", { error: "Tick the box to confirm that the patient asked for erasure" }),
});

/** Erases one submission at the patient's request. */
export const eraseSubmissionAction = defineFormAction({
  name: "eraseSubmission",
  access: "patient-data:erase",
  parse: (formData) =>
    eraseInput.safeParse({
      submissionId: formData.get("submissionId") ?? undefined,
      confirmReferenceCode: formData.get("confirmReferenceCode") ?? undefined,
      confirm: formData.get("confirm") ?? undefined,
    }),
  forbidden: "You are not allowed to erase patient data. Sign in as an admin.",
  run: async (input, admin): Promise<ActionResult> => {
    const result = await eraseSubmission(input, admin, clientKeyFrom(await headers()));
    if (!result.ok) {
      return result.code === "not-found"
        ? {
            ok: false,
            code: "not-found",
            message: "This submission no longer exists: it may have been erased already.",
          }
        : {
            ok: false,
            code: "wrong-reference-code",
            message: "The reference code you typed is not this submission's.",
            fieldErrors: { confirmReferenceCode: ["Type the reference code shown above"] },
          };
    }
    revalidatePath("/dashboard");
    return {
      ok: true,
      message: `Submission ${result.referenceCode} was erased with ${result.notes} note(s). The audit log keeps its reference code only.`,
    };
  },
});
