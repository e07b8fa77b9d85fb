/**
 * The Intl locale for a patient language: English dates are written the clinic's (British) way, "27 March 1985";
 * any other language code is already a locale Intl knows ("es", "pt-BR").
 */
export function intlLocale(code: string): string {
  return code === "en" ? "en-GB" : code;
}
