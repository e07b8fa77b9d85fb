import { SERVER_ACTION_BODY_LIMIT } from "@/lib/domain/question-set/fhir/import-limit";

/**
 * The largest body a patient-facing request carries: one intake's answers, by the JSON API, the form's submit or its
 * autosave. The default set's longest valid answers come to about 8 KB; a clinic's own set may have more free text.
 */
export const PATIENT_BODY_LIMIT_BYTES = 64 * 1024;

/** Deeper than any question set or answers (FHIR's nested groups reach 12), far below what overflows a parser. */
export const MAX_BODY_NESTING = 64;

/**
 * The body limit for a server action posted to `pathname`. Next.js has one global `serverActions.bodySizeLimit`, and
 * a body above it answers 500, so the proxy enforces these first: the question-set import (admin pages) takes a
 * 2 MB file; everything else (the intake form, the dashboard, the staff's own account) takes what an intake takes.
 */
export function serverActionBodyLimit(pathname: string): number {
  return /^\/admin(\/|$)/.test(pathname) ? SERVER_ACTION_BODY_LIMIT : PATIENT_BODY_LIMIT_BYTES;
}
