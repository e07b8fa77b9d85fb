"use server";

import { revalidatePath } from "next/cache";
import { saveClinicSettings } from "@/lib/db/clinic-settings/save-clinic-settings";
import { clinicSettingsInput } from "@/lib/domain/clinic-settings/settings-schema";
import type { ActionSuccess } from "../action-result";
import { defineFormAction } from "../define-action";

const FIELDS = ["clinicName", "clinicPhone", "emergencyNumber", "openingHours", "responseTime", "timeZone"] as const;

export const saveClinicSettingsAction = defineFormAction({
  name: "saveClinicSettings",
  access: "settings:manage",
  parse: (formData) =>
    clinicSettingsInput.safeParse(Object.fromEntries(FIELDS.map((field) => [field, formData.get(field) ?? undefined]))),
  forbidden: "You are not allowed to change clinic settings. Sign in as an admin.",
  run: async (input, admin): Promise<ActionSuccess> => {
    await saveClinicSettings(input, admin);
    // Patient pages show the numbers and hours; staff pages use the time zone.
    revalidatePath("/", "layout");
    return { ok: true, message: "Clinic settings saved." };
  },
});
