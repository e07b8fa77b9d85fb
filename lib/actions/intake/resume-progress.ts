"use server";

import { redirect } from "next/navigation";
import * as z from "zod";
import { rotateProgressToken } from "@/lib/db/progress/rotate-progress-token";
import { setProgressCookie } from "@/lib/http/patient-cookies";
import { defineNavigatingAction } from "../define-action";

const toInvalidLink = (): never => redirect("/intake?resume=invalid");

/**
 * Public on purpose: the resume link is the patient's only credential. A POST, so the framework's origin check
 * applies and a link alone never takes over a browser. The link's token dies here; this browser gets a new one.
 */
export const resumeProgressAction = defineNavigatingAction({
  name: "resumeProgress",
  access: "public",
  parse: (formData) => z.object({ token: z.string().min(1).max(200) }).safeParse({ token: formData.get("token") }),
  invalid: toInvalidLink,
  run: async ({ token }) => {
    const rotated = await rotateProgressToken(token);
    if (!rotated) return toInvalidLink();
    await setProgressCookie(rotated.token, rotated.expiresAt);
    redirect("/intake");
  },
});
