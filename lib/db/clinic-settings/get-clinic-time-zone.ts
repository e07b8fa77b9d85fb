import "server-only";
import { isTimeZone } from "@/lib/domain/time/clinic-time";

/**
 * The zone every staff page shows times in. The clinic settings (timeZone, null → UTC) are its source; until
 * they land on this branch, UTC. A zone the runtime does not know falls back to UTC rather than breaking pages.
 */
export async function getClinicTimeZone(): Promise<string> {
  const zone: string | null = null;
  return zone && isTimeZone(zone) ? zone : "UTC";
}
