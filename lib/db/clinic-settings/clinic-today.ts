import "server-only";
import { localDate } from "@/lib/domain/time/clinic-time";
import { getClinicTimeZone } from "./get-clinic-time-zone";

// Remembered per process for a minute: every submission needs the clinic's date, and asking the database each time
// would double the cost of a routine submission (one statement otherwise). A changed time zone reaches every
// instance within the minute; it changes about never.
const REMEMBER_MS = 60_000;
let remembered: { zone: string; until: number } | null = null;

/**
 * Today's date (YYYY-MM-DD) on the clinic's calendar: what computed values such as the age count from. A patient
 * who turns 50 at midnight in the clinic's zone is 50 from that midnight, not from midnight in UTC.
 */
export async function clinicToday(now = new Date(), { fresh = false }: { fresh?: boolean } = {}): Promise<string> {
  if (fresh || !remembered || remembered.until <= Date.now()) {
    remembered = { zone: await getClinicTimeZone(), until: Date.now() + REMEMBER_MS };
  }
  return localDate(now, remembered.zone);
}
