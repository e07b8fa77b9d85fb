// Invitations and password resets by one-time link: single use, expiry, password rules, sessions ended
// by a reset, and refusal for clinicians — on both databases.
import { describe, expect, it } from "vitest";
import { verifyPassword } from "@/lib/auth/password";
import { acceptInvitation } from "@/lib/db/staff/accept-invitation";
import { findInvitation } from "@/lib/db/staff/find-invitation";
import { inviteStaff } from "@/lib/db/staff/invite-staff";
import { issuePasswordReset } from "@/lib/db/staff/issue-password-reset";
import { listPendingInvitations } from "@/lib/db/staff/list-pending-invitations";
import { revokeInvitation } from "@/lib/db/staff/revoke-invitation";
import { passwordProblem } from "@/lib/auth/password-check";
import { DATABASE_KINDS, assertOk, seedStaff, useTestDatabase } from "./helpers/test-database";

const GOOD = "tulip staircase orbit 42";

describe("the password rule", () => {
  it("refuses short and common passwords and accepts a long uncommon one", () => {
    expect(passwordProblem("short")).toMatch(/at least 12/);
    expect(passwordProblem("Password1234")).toMatch(/most common/);
    expect(passwordProblem("aaaaaaaaaaaaaa")).toMatch(/repeated/);
    expect(passwordProblem(GOOD)).toBeNull();
  });
});

describe.each(DATABASE_KINDS)("staff invitations (%s)", (kind) => {
  const db = useTestDatabase(kind);

  it("an invitation creates the account with the person's own password, once", async () => {
    const { actor: admin } = await seedStaff("ADMIN");
    const invited = await inviteStaff("New.Clinician@Clinic.test", "CLINICIAN", admin);
    assertOk(invited);
    expect(await findInvitation(invited.token)).toEqual({
      kind: "INVITE",
      email: "new.clinician@clinic.test",
      role: "CLINICIAN",
    });
    expect(await acceptInvitation(invited.token, { name: "Nia New", password: "short" })).toMatchObject({
      code: "weak-password",
    });
    expect(await acceptInvitation(invited.token, { name: "Nia New", password: GOOD })).toEqual({
      ok: true,
      email: "new.clinician@clinic.test",
    });
    const user = await db().user.findUniqueOrThrow({ where: { email: "new.clinician@clinic.test" } });
    expect(user).toMatchObject({ name: "Nia New", role: "CLINICIAN", active: true });
    expect(await verifyPassword(user.passwordHash, GOOD)).toBe(true);
    // Single use.
    expect(await acceptInvitation(invited.token, { name: "Again", password: GOOD })).toEqual({
      ok: false,
      code: "invalid-link",
    });
    expect(await findInvitation(invited.token)).toBeNull();
    expect(await db().user.count({ where: { email: "new.clinician@clinic.test" } })).toBe(1);
  });

  it("two submissions of one link at the same moment create one account", async () => {
    const { actor: admin } = await seedStaff("ADMIN");
    const invited = await inviteStaff("race@clinic.test", "ADMIN", admin);
    assertOk(invited);
    const results = await Promise.all([
      acceptInvitation(invited.token, { name: "A", password: GOOD }),
      acceptInvitation(invited.token, { name: "B", password: GOOD }),
    ]);
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(await db().user.count({ where: { email: "race@clinic.test" } })).toBe(1);
  });

  it("refuses expired links, existing addresses and clinicians", async () => {
    const { actor: admin } = await seedStaff("ADMIN");
    const { actor: clinician } = await seedStaff("CLINICIAN");
    expect(await inviteStaff(clinician.email, "ADMIN", admin)).toEqual({ ok: false, code: "exists" });
    expect(await inviteStaff("x@clinic.test", "ADMIN", clinician)).toEqual({ ok: false, code: "forbidden" });
    expect(await issuePasswordReset(admin.id, clinician)).toEqual({ ok: false, code: "forbidden" });
    const invited = await inviteStaff("late@clinic.test", "CLINICIAN", admin);
    assertOk(invited);
    await db().staffInvitation.updateMany({ data: { expiresAt: new Date(Date.now() - 1000) } });
    expect(await acceptInvitation(invited.token, { password: GOOD })).toEqual({ ok: false, code: "invalid-link" });
    expect(await db().user.count({ where: { email: "late@clinic.test" } })).toBe(0);
  });

  it("a password reset replaces the password and ends open sessions", async () => {
    const { actor: admin } = await seedStaff("ADMIN");
    const { actor: clinician, password: old } = await seedStaff("CLINICIAN");
    const before = (await db().user.findUniqueOrThrow({ where: { id: clinician.id } })).sessionVersion;
    const reset = await issuePasswordReset(clinician.id, admin);
    assertOk(reset);
    expect(await acceptInvitation(reset.token, { password: GOOD })).toEqual({ ok: true, email: clinician.email });
    const after = await db().user.findUniqueOrThrow({ where: { id: clinician.id } });
    expect(await verifyPassword(after.passwordHash, GOOD)).toBe(true);
    expect(await verifyPassword(after.passwordHash, old)).toBe(false);
    expect(after.sessionVersion).toBe(before + 1);
    expect(await acceptInvitation(reset.token, { password: "another good passphrase" })).toMatchObject({
      code: "invalid-link",
    });
  });

  it("lists invitations not yet accepted, with who sent them, and leaves out used and lapsed ones", async () => {
    const { actor: admin } = await seedStaff("ADMIN");
    const pending = await inviteStaff("waiting@clinic.test", "CLINICIAN", admin);
    const used = await inviteStaff("joined@clinic.test", "ADMIN", admin);
    const lapsed = await inviteStaff("late@clinic.test", "CLINICIAN", admin);
    assertOk(pending);
    assertOk(used);
    assertOk(lapsed);
    assertOk(await acceptInvitation(used.token, { password: GOOD }));
    await db().staffInvitation.updateMany({
      where: { email: "late@clinic.test" },
      data: { expiresAt: new Date(Date.now() - 1000) },
    });
    const list = await listPendingInvitations();
    expect(list.map((i) => i.email)).toEqual(["waiting@clinic.test"]);
    expect(list[0]).toMatchObject({ role: "CLINICIAN", expiresAt: pending.expiresAt });
    expect(list[0]!.invitedBy).toBe((await db().user.findUniqueOrThrow({ where: { id: admin.id } })).name);
    expect(JSON.stringify(list)).not.toContain(pending.token);
  });

  it("a withdrawn invitation cannot be accepted, and the withdrawal is audited", async () => {
    const { actor: admin } = await seedStaff("ADMIN");
    const { actor: clinician } = await seedStaff("CLINICIAN");
    const invited = await inviteStaff("withdrawn@clinic.test", "ADMIN", admin);
    assertOk(invited);
    const [row] = await listPendingInvitations();
    expect(await revokeInvitation(row!.id, clinician)).toEqual({ ok: false, code: "forbidden" });
    expect(await findInvitation(invited.token)).not.toBeNull();
    expect(await revokeInvitation(row!.id, admin)).toEqual({ ok: true, email: "withdrawn@clinic.test" });
    expect(await findInvitation(invited.token)).toBeNull();
    expect(await acceptInvitation(invited.token, { password: GOOD })).toEqual({ ok: false, code: "invalid-link" });
    expect(await db().user.count({ where: { email: "withdrawn@clinic.test" } })).toBe(0);
    expect(await revokeInvitation(row!.id, admin)).toEqual({ ok: false, code: "not-found" });
    const events = await db().auditEvent.findMany({ where: { action: "staff.invitation-revoked" } });
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ entityId: row!.id, actorId: admin.id });
    expect(await listPendingInvitations()).toEqual([]);
  });

  it("an accepted invitation is an account now and cannot be withdrawn", async () => {
    const { actor: admin } = await seedStaff("ADMIN");
    const invited = await inviteStaff("accepted@clinic.test", "CLINICIAN", admin);
    assertOk(invited);
    const [row] = await listPendingInvitations();
    assertOk(await acceptInvitation(invited.token, { password: GOOD }));
    expect(await revokeInvitation(row!.id, admin)).toEqual({ ok: false, code: "not-found" });
    expect(await db().user.count({ where: { email: "accepted@clinic.test" } })).toBe(1);
  });
});
