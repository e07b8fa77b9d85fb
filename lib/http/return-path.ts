/**
 * The one check for "where to go next" after sign-in and two-factor enrolment: a path on the portal itself, or
 * the fallback. Decided by parsing, as a browser would, not by looking at the first characters: browsers read
 * `/\evil.example` and `/<tab>/evil.example` as another host, and `/.//evil.example` normalises to `//evil.example`.
 * No "server-only": pure, so it is unit-tested over the known bypass forms.
 */
// Any origin the portal could have gives the same answer; a reserved name keeps the check independent of config.
const OWN_ORIGIN = "https://portal.invalid";

// Browsers silently drop tabs and newlines from URLs and read a backslash as a slash: such a path means something
// else to the browser than to us, so it is refused rather than interpreted.
const REWRITTEN_BY_BROWSERS = /[\u0000-\u001F\u007F\\]/;

export function sameOriginPath(candidate: unknown, fallback = "/dashboard"): string {
  if (typeof candidate !== "string" || !candidate.startsWith("/") || REWRITTEN_BY_BROWSERS.test(candidate)) {
    return fallback;
  }
  let url: URL;
  try {
    url = new URL(candidate, OWN_ORIGIN);
  } catch {
    return fallback;
  }
  if (url.origin !== OWN_ORIGIN) return fallback;
  const path = `${url.pathname}${url.search}${url.hash}`;
  // A normalised path that starts with two slashes would be read as a host when used as a link.
  return path.startsWith("//") ? fallback : path;
}
