import { formatClinicTime } from "../time/clinic-time";

/** Who acknowledged a submission and when, formatted in the clinic's time on the server for the page to show. */
export type Acknowledgement = { at: string; atText: string; byName: string };

export function acknowledgementView(at: Date | null, byName: string | null, timeZone: string): Acknowledgement | null {
  return at
    ? { at: at.toISOString(), atText: formatClinicTime(at, timeZone), byName: byName ?? "a former staff member" }
    : null;
}
