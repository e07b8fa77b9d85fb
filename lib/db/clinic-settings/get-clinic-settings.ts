import "server-only";
import { EMPTY_CLINIC_SETTINGS, type ClinicSettings } from "@/lib/domain/clinic-settings/clinic-settings";
import { getDb } from "../client";
import type { DbTx } from "../types";

export const CLINIC_SETTINGS_ID = "default";

/** The clinic's name, numbers, hours and time zone; every field null until an admin has saved them. */
export async function getClinicSettings(db?: DbTx): Promise<ClinicSettings> {
  const client = db ?? (await getDb());
  const row = await client.clinicSettings.findUnique({ where: { id: CLINIC_SETTINGS_ID } });
  if (!row) return { ...EMPTY_CLINIC_SETTINGS };
  return {
    clinicName: row.clinicName,
    clinicPhone: row.clinicPhone,
    emergencyNumber: row.emergencyNumber,
    openingHours: row.openingHours,
    responseTime: row.responseTime,
    timeZone: row.timeZone,
  };
}
