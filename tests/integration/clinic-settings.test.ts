// The clinic's details an admin saves on /admin/settings (and the emergency number asked at first-run setup):
// stored once, audited with what changed, on PGlite and a real PostgreSQL server.
import { describe, expect, it } from "vitest";
import { getClinicSettings } from "@/lib/db/clinic-settings/get-clinic-settings";
import { saveClinicSettings } from "@/lib/db/clinic-settings/save-clinic-settings";
import { createFirstAdmin } from "@/lib/db/setup/create-first-admin";
import { issueSetupTokenIfNoStaff } from "@/lib/db/setup/issue-setup-token";
import { clinicSettingsInput } from "@/lib/domain/clinic-settings/settings-schema";
import { DATABASE_KINDS, useTestDatabase } from "./helpers/test-database";

const ADMIN = { id: "admin-1", email: "admin@clinic.test", role: "ADMIN" } as const;

describe.each(DATABASE_KINDS)("clinic settings (%s)", (kind) => {
  const db = useTestDatabase(kind);

  it("has nothing set before an admin saves, so patient pages say 'your local emergency number'", async () => {
    expect(await getClinicSettings()).toEqual({
      clinicName: null,
      clinicPhone: null,
      emergencyNumber: null,
      openingHours: null,
      responseTime: null,
      timeZone: null,
    });
  });

  it("saves the clinic's details and audits each change with its old and new value", async () => {
    const first = clinicSettingsInput.parse({
      clinicName: "Riverside Back Clinic",
      clinicPhone: "020 7946 0000",
      emergencyNumber: "999",
      openingHours: "Mon–Fri 8am–6pm",
      responseTime: "within 2 working days",
      timeZone: "Europe/London",
    });
    await saveClinicSettings(first, ADMIN);
    expect(await getClinicSettings()).toEqual(first);

    await saveClinicSettings({ ...first, emergencyNumber: "112", openingHours: null }, ADMIN);
    expect(await getClinicSettings()).toMatchObject({ emergencyNumber: "112", openingHours: null });
    expect(await db().clinicSettings.count()).toBe(1);

    const events = await db().auditEvent.findMany({
      where: { action: "clinic-settings.updated" },
      orderBy: { seq: "asc" },
    });
    expect(events).toHaveLength(2);
    expect(events[1]).toMatchObject({ actorId: ADMIN.id, entityType: "ClinicSettings" });
    expect(events[1]!.details).toEqual({
      changed: {
        emergencyNumber: { from: "999", to: "112" },
        openingHours: { from: "Mon–Fri 8am–6pm", to: null },
      },
    });
  });

  it("stores nothing when the input is invalid", async () => {
    const parsed = clinicSettingsInput.safeParse({ emergencyNumber: "nine-nine-nine", timeZone: "Nowhere/Else" });
    expect(parsed.success).toBe(false);
    expect(await db().clinicSettings.count()).toBe(0);
    expect(await db().auditEvent.count({ where: { action: "clinic-settings.updated" } })).toBe(0);
  });

  it("keeps the emergency number asked for at first-run setup", async () => {
    const token = await issueSetupTokenIfNoStaff();
    const result = await createFirstAdmin({
      token: token!,
      email: "first@clinic.test",
      name: "First Admin",
      password: "a long clinic passphrase 42",
      emergencyNumber: "911",
    });
    expect(result).toEqual({ ok: true });
    expect((await getClinicSettings()).emergencyNumber).toBe("911");
    const admin = await db().user.findFirstOrThrow();
    expect(await db().auditEvent.count({ where: { action: "clinic-settings.updated", actorId: admin.id } })).toBe(1);
  });
});
