import { formatClinicTime } from "../time/clinic-time";

/**
 * What a clinician reads when their save was based on an out-of-date page: who changed it, when, and what to do.
 * The action re-renders the page with the latest version as it answers, so "check it" is all that is left to do.
 * The time is the clinic's, with its zone, like every other time on the page.
 */
export function staleMessage(lastChange: { byName: string; at: Date } | null, timeZone = "UTC"): string {
  const who = lastChange
    ? `${lastChange.byName} changed this submission at ${formatClinicTime(lastChange.at, timeZone)}`
    : "This submission was changed after you opened it";
  return `Not saved: ${who}. Nothing was overwritten. The page now shows the latest version: check it, then try again.`;
}
