// Staff security against PGlite and a real PostgreSQL server: sign-in throttling and lockout, two-factor sign-in
// with recovery codes, session idle/absolute limits and revocation, refused requests in the audit log, and the
// append-only, hash-chained audit log.
import { describe, expect, it } from "vitest";
import { hashRecoveryCode, openTotpSecret, totpCodeAt } from "@/lib/auth/totp";
import { recordAuditEvent } from "@/lib/db/audit/record-audit-event";
import { verifyStoredAuditChain } from "@/lib/db/audit/verify-audit-chain";
import { checkStaffSession } from "@/lib/db/sessions/check-staff-session";
import { revokeStaffSession } from "@/lib/db/sessions/revoke-staff-session";
import { attemptSignIn, type SignInResult } from "@/lib/db/users/attempt-sign-in";
import { bumpSessionVersion } from "@/lib/db/users/bump-session-version";
import { confirmTotpEnrolment } from "@/lib/db/users/confirm-totp-enrolment";
import { startTotpEnrolment } from "@/lib/db/users/start-totp-enrolment";
import type { SessionClaims } from "@/lib/domain/staff-security/session-policy";
import { DATABASE_KINDS, rowsAsText, seedStaff, useTestDatabase } from "./helpers/test-database";

const MINUTE = 60_000;
const POLICY = {
  maxAccountFailures: 5,
  maxAddressFailures: 8,
  windowMs: 15 * MINUTE,
  lockMs: 15 * MINUTE,
  delayPerFailureMs: 0,
  maxDelayMs: 0,
};
const LIMITS = { idleMs: 15 * MINUTE, absoluteMs: 12 * 60 * MINUTE };
const ORIGIN = "origin-a";

describe.each(DATABASE_KINDS)("staff security (%s)", (kind) => {
  const db = useTestDatabase(kind);

  const signIn = (email: string, password: string, more: { code?: string; origin?: string; now?: Date } = {}) =>
    attemptSignIn(
      { email, password, code: more.code, origin: more.origin ?? ORIGIN },
      { policy: POLICY, now: more.now, sleep: async () => {} },
    );

  function claimsOf(result: SignInResult): SessionClaims {
    if (!result.ok) throw new Error(`sign-in failed: ${result.reason}`);
    return {
      userId: result.user.id,
      sessionId: result.sessionId,
      sessionVersion: result.user.sessionVersion,
      role: result.user.role,
    };
  }

  it("locks an account after repeated failures, with audit events, and gives a locked account the same answer", async () => {
    const { actor, password } = await seedStaff("CLINICIAN");
    const t0 = new Date();
    for (let i = 0; i < 4; i++)
      expect(await signIn(actor.email, "wrong", { now: t0 })).toEqual({ ok: false, reason: "invalid" });
    expect((await signIn(actor.email, password, { now: t0 })).ok).toBe(true); // a success resets the count
    for (let i = 0; i < 5; i++) await signIn(actor.email, "wrong", { now: t0 });

    const user = await db().user.findUniqueOrThrow({ where: { id: actor.id } });
    expect(user.lockedUntil?.getTime()).toBe(t0.getTime() + 15 * MINUTE);
    // Locked: the right password gets exactly the answer a wrong one gets.
    expect(await signIn(actor.email, password, { now: new Date(t0.getTime() + 14 * MINUTE) })).toEqual({
      ok: false,
      reason: "invalid",
    });
    expect((await signIn(actor.email, password, { now: new Date(t0.getTime() + 16 * MINUTE) })).ok).toBe(true);

    const events = await db().auditEvent.findMany({ where: { entityId: actor.id }, orderBy: { seq: "asc" } });
    expect(events.filter((e) => e.action === "auth.sign-in-failed")).toHaveLength(10);
    expect(events.filter((e) => e.action === "auth.account-locked")).toHaveLength(1);
    expect(events.filter((e) => e.action === "auth.sign-in-succeeded")).toHaveLength(2);
    expect(events.every((e) => e.origin === ORIGIN)).toBe(true);
    expect(rowsAsText(events)).not.toContain(password);
  });

  it("answers an unknown email exactly as a wrong password, and records no email", async () => {
    const { actor } = await seedStaff("CLINICIAN");
    const unknown = await signIn("nobody@clinic.test", "whatever password");
    const wrong = await signIn(actor.email, "whatever password");
    expect(unknown).toEqual(wrong);
    const failures = await db().auditEvent.findMany({ where: { action: "auth.sign-in-failed" } });
    expect(failures).toHaveLength(2);
    expect(rowsAsText(failures)).not.toContain("nobody@clinic.test");
    expect(rowsAsText(failures)).not.toContain("whatever password");
  });

  it("locks an address after many failures across accounts, leaving other addresses alone", async () => {
    const { actor, password } = await seedStaff("CLINICIAN");
    for (let i = 0; i < POLICY.maxAddressFailures; i++)
      await signIn(`guess-${i}@clinic.test`, "x", { origin: "origin-b" });
    expect(await signIn(actor.email, password, { origin: "origin-b" })).toEqual({ ok: false, reason: "invalid" });
    expect((await signIn(actor.email, password, { origin: "origin-c" })).ok).toBe(true);
    expect(await db().auditEvent.count({ where: { action: "auth.address-locked", origin: "origin-b" } })).toBe(1);
  });

  it("enrols an authenticator app, then asks for its code; recovery codes work once each", async () => {
    const { actor, password } = await seedStaff("ADMIN");
    const pending = await startTotpEnrolment(actor.id);
    if (pending?.status !== "pending") throw new Error("expected a pending enrolment");
    expect(pending.uri).toMatch(/^otpauth:\/\/totp\//);
    // Reloading the page shows the same secret; it is stored encrypted, not in clear.
    expect(await startTotpEnrolment(actor.id)).toEqual(pending);
    const stored = await db().user.findUniqueOrThrow({ where: { id: actor.id } });
    expect(stored.totpSecret).not.toContain(pending.secret);
    expect(openTotpSecret(stored.totpSecret!)).toBe(pending.secret);
    // Not in force until confirmed.
    expect((await signIn(actor.email, password)).ok).toBe(true);

    expect(await confirmTotpEnrolment(actor, "000000")).toEqual({ ok: false, code: "wrong-code" });
    const confirmed = await confirmTotpEnrolment(actor, totpCodeAt(pending.secret));
    if (!confirmed.ok) throw new Error("enrolment failed");
    expect(confirmed.recoveryCodes).toHaveLength(10);
    const enrolled = await db().user.findUniqueOrThrow({ where: { id: actor.id } });
    expect(enrolled.recoveryCodeHashes).toEqual(confirmed.recoveryCodes.map(hashRecoveryCode));
    expect(rowsAsText(enrolled)).not.toContain(confirmed.recoveryCodes[0]);
    expect(await startTotpEnrolment(actor.id)).toEqual({ status: "enrolled", recoveryCodesLeft: 10 });

    // The code that confirmed enrolment is spent; the app's next code signs in.
    const later = new Date(Date.now() + 30_000);
    expect(await signIn(actor.email, password)).toEqual({ ok: false, reason: "code-required" });
    expect(
      await signIn(actor.email, "wrong", { code: totpCodeAt(pending.secret, later.getTime()), now: later }),
    ).toEqual({ ok: false, reason: "invalid" });
    expect(await signIn(actor.email, password, { code: "123456", now: later })).toEqual({
      ok: false,
      reason: "invalid",
    });
    expect(
      (await signIn(actor.email, password, { code: totpCodeAt(pending.secret, later.getTime()), now: later })).ok,
    ).toBe(true);

    const recovery = confirmed.recoveryCodes[3]!;
    expect((await signIn(actor.email, password, { code: recovery.toUpperCase() })).ok).toBe(true);
    expect(await signIn(actor.email, password, { code: recovery })).toEqual({ ok: false, reason: "invalid" });
    expect((await db().user.findUniqueOrThrow({ where: { id: actor.id } })).recoveryCodeHashes).toHaveLength(9);
    expect(await db().auditEvent.count({ where: { action: "auth.two-factor-enabled", entityId: actor.id } })).toBe(1);
  });

  it("ends a session after the idle time; background polling does not keep it alive", async () => {
    const { actor, password } = await seedStaff("CLINICIAN");
    const t0 = new Date();
    const at = (minutes: number) => new Date(t0.getTime() + minutes * MINUTE);
    const claims = claimsOf(await signIn(actor.email, password, { now: t0 }));

    expect((await checkStaffSession(claims, at(10), { limits: LIMITS })).ok).toBe(true); // activity at +10
    expect((await checkStaffSession(claims, at(24), { limits: LIMITS })).ok).toBe(true); // 14 min idle
    expect((await checkStaffSession(claims, at(35), { limits: LIMITS, background: true })).ok).toBe(true);
    // Only polling since +24: idle from then, so +39 ends it.
    expect(await checkStaffSession(claims, at(39), { limits: LIMITS })).toEqual({ ok: false, reason: "idle" });
  });

  it("ends a session at the absolute time however active", async () => {
    const { actor, password } = await seedStaff("CLINICIAN");
    const t0 = new Date();
    const claims = claimsOf(await signIn(actor.email, password, { now: t0 }));
    for (let m = 10; m < 12 * 60; m += 10) {
      expect((await checkStaffSession(claims, new Date(t0.getTime() + m * MINUTE), { limits: LIMITS })).ok).toBe(true);
    }
    expect(await checkStaffSession(claims, new Date(t0.getTime() + 12 * 60 * MINUTE), { limits: LIMITS })).toEqual({
      ok: false,
      reason: "expired",
    });
  });

  it("ends sessions at the next request on sign-out, deactivation and role change, and audits the refusal", async () => {
    const { actor, password } = await seedStaff("CLINICIAN");
    const check = (claims: SessionClaims) => checkStaffSession(claims, new Date(), { limits: LIMITS, origin: ORIGIN });

    const signedOut = claimsOf(await signIn(actor.email, password));
    const otherDevice = claimsOf(await signIn(actor.email, password));
    await revokeStaffSession(signedOut.sessionId, actor.id);
    expect(await check(signedOut)).toEqual({ ok: false, reason: "revoked" });
    expect((await check(otherDevice)).ok).toBe(true); // signing out ends only that session

    // Deactivation (as the admin's staff action does: flag, then end every session).
    await db().user.update({ where: { id: actor.id }, data: { active: false } });
    await bumpSessionVersion(actor.id);
    expect((await check(otherDevice)).ok).toBe(false);
    expect(await signIn(actor.email, password)).toEqual({ ok: false, reason: "invalid" });

    await db().user.update({ where: { id: actor.id }, data: { active: true } });
    const beforeRoleChange = claimsOf(await signIn(actor.email, password));
    await db().user.update({ where: { id: actor.id }, data: { role: "ADMIN" } });
    expect(await check(beforeRoleChange)).toEqual({ ok: false, reason: "role-changed" });
    await bumpSessionVersion(actor.id);
    expect(await check(beforeRoleChange)).toEqual({ ok: false, reason: "revoked" });

    const refusals = await db().auditEvent.findMany({ where: { action: "auth.session-refused", entityId: actor.id } });
    expect(refusals.length).toBe(4);
    expect(refusals.every((e) => e.origin === ORIGIN)).toBe(true);
    // A background poll with a dead session is refused without filling the log.
    expect((await checkStaffSession(signedOut, new Date(), { limits: LIMITS, background: true })).ok).toBe(false);
    expect(await db().auditEvent.count({ where: { action: "auth.session-refused" } })).toBe(4);
  });

  it("keeps the audit chain linear under concurrent writers, and reports tampering", async () => {
    await Promise.all(
      Array.from({ length: 40 }, (_, i) =>
        db().$transaction((tx) =>
          recordAuditEvent(tx, {
            actor: null,
            action: "test.concurrent",
            entityType: "Test",
            entityId: String(i),
            details: { i, nested: { z: 1, a: [true] } },
          }),
        ),
      ),
    );
    // Some through the root client too (it opens its own transaction).
    await Promise.all(
      Array.from({ length: 10 }, (_, i) =>
        recordAuditEvent(db(), { actor: null, action: "test.root", entityType: "Test", entityId: `r${i}` }),
      ),
    );
    expect(await verifyStoredAuditChain(db())).toEqual({ checked: 50, breaks: [] });
    const events = await db().auditEvent.findMany({ orderBy: { seq: "asc" } });
    expect(new Set(events.map((e) => e.prevHash)).size).toBe(50); // no two events link to the same predecessor

    // The database refuses edits and deletions outright.
    await expect(
      db().$executeRawUnsafe(`UPDATE "AuditEvent" SET action = 'x' WHERE id = '${events[5]!.id}'`),
    ).rejects.toThrow();
    await expect(db().$executeRawUnsafe(`DELETE FROM "AuditEvent" WHERE id = '${events[5]!.id}'`)).rejects.toThrow();
    expect(await db().auditEvent.count()).toBe(50);

    // Someone with the owner's rights switches the guard off and edits a row: the check names the event.
    await db().$executeRawUnsafe(`ALTER TABLE "AuditEvent" DISABLE TRIGGER "AuditEvent_append_only"`);
    await db().$executeRawUnsafe(`UPDATE "AuditEvent" SET "entityId" = 'forged' WHERE id = '${events[5]!.id}'`);
    await db().$executeRawUnsafe(`DELETE FROM "AuditEvent" WHERE id = '${events[20]!.id}'`);
    await db().$executeRawUnsafe(`ALTER TABLE "AuditEvent" ENABLE TRIGGER "AuditEvent_append_only"`);
    const result = await verifyStoredAuditChain(db());
    expect(result.breaks).toEqual([
      { seq: String(events[5]!.seq), id: events[5]!.id, problem: "content-hash-mismatch" },
      { seq: String(events[21]!.seq), id: events[21]!.id, problem: "prev-hash-mismatch" },
    ]);
  });
});
