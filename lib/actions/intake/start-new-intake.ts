"use server";

import { redirect } from "next/navigation";
import { deleteProgress } from "@/lib/db/progress/delete-progress";
import { clearPatientCookies, readProgressCookie } from "@/lib/http/patient-cookies";
import { defineNavigatingAction } from "../define-action";

/**
 * Public on purpose: it only forgets this browser's own progress and receipt. A POST, so the framework's origin check
 * stops another site from wiping a patient's unfinished answers with a link or an image. It reads nothing sent.
 */
export const startNewIntakeAction = defineNavigatingAction({
  name: "startNewIntake",
  access: "public",
  parse: () => ({ success: true, data: null }) as const,
  invalid: () => redirect("/intake"),
  run: async () => {
    await deleteProgress(await readProgressCookie());
    await clearPatientCookies();
    redirect("/intake");
  },
});
