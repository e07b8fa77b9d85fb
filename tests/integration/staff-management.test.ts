// Deactivating, reactivating and changing the role of staff: the last active admin is never removed or
// demoted (also when two admins act at once), sessions end, and clinicians are refused — on both databases.
import { describe, expect, it } from "vitest";
import { changeStaffRole } from "@/lib/db/staff/change-staff-role";
import { deactivateStaff } from "@/lib/db/staff/deactivate-staff";
import { reactivateStaff } from "@/lib/db/staff/reactivate-staff";
import { DATABASE_KINDS, seedStaff, useTestDatabase } from "./helpers/test-database";

describe.each(DATABASE_KINDS)("staff management (%s)", (kind) => {
  const db = useTestDatabase(kind);

  it("refuses to demote or deactivate the last active admin", async () => {
    const { actor: admin } = await seedStaff("ADMIN");
    expect(await changeStaffRole(admin.id, "CLINICIAN", admin)).toEqual({ ok: false, code: "last-admin" });
    expect(await deactivateStaff(admin.id, admin)).toEqual({ ok: false, code: "last-admin" });
    expect(await db().user.findUniqueOrThrow({ where: { id: admin.id } })).toMatchObject({
      role: "ADMIN",
      active: true,
    });
  });

  it("an inactive admin does not count: the remaining active one is still the last", async () => {
    const { actor: first } = await seedStaff("ADMIN");
    const { actor: second } = await seedStaff("ADMIN");
    expect(await deactivateStaff(second.id, first)).toEqual({ ok: true });
    expect(await changeStaffRole(first.id, "CLINICIAN", first)).toEqual({ ok: false, code: "last-admin" });
    expect(await reactivateStaff(second.id, first)).toEqual({ ok: true });
    expect(await changeStaffRole(first.id, "CLINICIAN", second)).toEqual({ ok: true });
  });

  it("two admins demoting each other at the same moment leave one admin", async () => {
    const { actor: a } = await seedStaff("ADMIN");
    const { actor: b } = await seedStaff("ADMIN");
    const results = await Promise.all([changeStaffRole(b.id, "CLINICIAN", a), changeStaffRole(a.id, "CLINICIAN", b)]);
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(await db().user.count({ where: { role: "ADMIN", active: true } })).toBe(1);
  });

  it("deactivation and role change end the person's sessions and are audited", async () => {
    const { actor: admin } = await seedStaff("ADMIN");
    const { actor: clinician } = await seedStaff("CLINICIAN");
    const before = (await db().user.findUniqueOrThrow({ where: { id: clinician.id } })).sessionVersion;
    expect(await changeStaffRole(clinician.id, "ADMIN", admin)).toEqual({ ok: true });
    expect(await changeStaffRole(clinician.id, "ADMIN", admin)).toEqual({ ok: false, code: "unchanged" });
    expect(await deactivateStaff(clinician.id, admin)).toEqual({ ok: true });
    const after = await db().user.findUniqueOrThrow({ where: { id: clinician.id } });
    expect(after).toMatchObject({ role: "ADMIN", active: false, sessionVersion: before + 2 });
    const actions = (await db().auditEvent.findMany({ where: { entityId: clinician.id }, orderBy: { at: "asc" } })).map(
      (e) => [e.action, e.actorId],
    );
    expect(actions).toEqual([
      ["staff.role-changed", admin.id],
      ["staff.deactivated", admin.id],
    ]);
  });

  it("refuses a clinician every staff operation and changes nothing", async () => {
    const { actor: admin } = await seedStaff("ADMIN");
    const { actor: other } = await seedStaff("ADMIN");
    const { actor: clinician } = await seedStaff("CLINICIAN");
    const before = await db().user.findMany({ orderBy: { id: "asc" } });
    expect(await changeStaffRole(admin.id, "CLINICIAN", clinician)).toEqual({ ok: false, code: "forbidden" });
    expect(await changeStaffRole(clinician.id, "ADMIN", clinician)).toEqual({ ok: false, code: "forbidden" });
    expect(await deactivateStaff(other.id, clinician)).toEqual({ ok: false, code: "forbidden" });
    expect(await reactivateStaff(other.id, clinician)).toEqual({ ok: false, code: "forbidden" });
    expect(await db().user.findMany({ orderBy: { id: "asc" } })).toEqual(before);
    expect(await db().auditEvent.count({ where: { action: { startsWith: "staff." } } })).toBe(0);
  });
});
