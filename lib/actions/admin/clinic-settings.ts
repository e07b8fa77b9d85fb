"use server";

import { revalidatePath } from "next/cache";
import { authorize } from "@/lib/auth/guards";
import { saveClinicSettings } from "@/lib/db/clinic-settings/save-clinic-settings";
import { clinicSettingsInput } from "@/lib/domain/clinic-settings/settings-schema";
import { fieldErrorsOf, type FormResult } from "@/lib/form-result";

const FIELDS = ["clinicName", "clinicPhone", "emergencyNumber", "openingHours", "responseTime", "timeZone"] as const;

/** A public POST endpoint like every action: it checks the caller itself. */
export async function saveClinicSettingsAction(_previous: FormResult | null, formData: FormData): Promise<FormResult> {
  const input = clinicSettingsInput.safeParse(
    Object.fromEntries(FIELDS.map((field) => [field, formData.get(field) ?? undefined])),
  );
  if (!input.success)
    return { ok: false, error: "Check the highlighted fields.", fieldErrors: fieldErrorsOf(input.error) };
  const admin = await authorize("settings:manage");
  if (!admin) return { ok: false, error: "You are not allowed to change clinic settings. Sign in as an admin." };
  await saveClinicSettings(input.data, admin);
  // Patient pages show the numbers and hours; staff pages use the time zone.
  revalidatePath("/", "layout");
  return { ok: true, message: "Clinic settings saved." };
}
