import * as z from "zod";

/** A 6-digit authenticator code; spaces are allowed because apps show "123 456". */
export const totpCodeSchema = z
  .string()
  .transform((s) => s.replace(/\s+/g, ""))
  .pipe(z.string().regex(/^\d{6}$/, "Enter the 6-digit code your app shows."));
