/**
 * A language's name in the clinic's language ("es" → "Spanish"), from the platform's own data (Intl), so staff pages
 * name any language a clinic adds without a list of our own. Unknown codes come back as the code.
 */
export function languageName(code: string, inLanguage = "en"): string {
  try {
    return new Intl.DisplayNames([inLanguage], { type: "language" }).of(code) ?? code;
  } catch {
    return code;
  }
}
