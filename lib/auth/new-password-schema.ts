// The "choose a password" fields shared by first-admin setup and invitation/reset links. No "server-only": the
// same rule is stated to the person in the form.
import * as z from "zod";
import { passwordProblem } from "./password-check";

export const newPasswordShape = {
  password: z
    .string()
    .max(1024)
    .superRefine((value, ctx) => {
      const problem = passwordProblem(value);
      if (problem) ctx.addIssue({ code: "custom", message: problem });
    }),
  confirm: z.string().max(1024),
};

export const SAME_PASSWORDS_MESSAGE = "The two passwords are not the same";

/** For `.refine` on a schema built with newPasswordShape: the two entries must match. */
export function passwordsMatch(value: { password: string; confirm: string }): boolean {
  return value.password === value.confirm;
}

export const passwordsMatchIssue = { path: ["confirm"], message: SAME_PASSWORDS_MESSAGE };
