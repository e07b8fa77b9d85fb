import "server-only";
import { clinicTimeZone } from "@/lib/domain/clinic-settings/clinic-settings";
import { isTimeZone } from "@/lib/domain/time/clinic-time";
import { getClinicSettings } from "./get-clinic-settings";

/**
 * The zone every staff page shows times in: the clinic settings' time zone, UTC when unset. A zone the runtime
 * does not know falls back to UTC rather than breaking every staff page.
 */
export async function getClinicTimeZone(): Promise<string> {
  const zone = clinicTimeZone(await getClinicSettings());
  return isTimeZone(zone) ? zone : "UTC";
}
