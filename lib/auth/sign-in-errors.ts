// Error codes the sign-in endpoint returns to the form (NextAuth passes a thrown error's message through).
// No "server-only": the sign-in form reads them too.
export const CODE_REQUIRED = "CodeRequired";

/** One message for every refused sign-in: it must not reveal whether the email has an account or is locked. */
export const GENERIC_SIGN_IN_ERROR =
  "That did not match an active account, or sign-in is paused after too many attempts. Check your details and try again later.";
