import "server-only";
import { PATIENT_FORM_HEADER } from "./patient-cookies";

/**
 * A patient-form request made by this portal's own pages. Route handlers, unlike server actions, get no origin
 * check from the framework, and the patient's cookie rides along on any POST a top-level form on another site
 * sends. The custom header cannot be sent cross-site without a CORS preflight, which this portal never grants;
 * Origin and Sec-Fetch-Site, where the browser sends them, must say this site too.
 */
export function isOwnPatientFormRequest(request: Request): boolean {
  const h = request.headers;
  if (h.get(PATIENT_FORM_HEADER) !== "1") return false;
  const site = h.get("sec-fetch-site");
  if (site && site !== "same-origin") return false;
  const origin = h.get("origin");
  if (!origin) return true;
  // As Next.js checks server actions: the Origin's host against the forwarded host, else the Host header.
  const host = h.get("x-forwarded-host")?.split(",")[0]?.trim() || h.get("host");
  try {
    return new URL(origin).host === host;
  } catch {
    return false;
  }
}
