// Two-factor sign-in gaps, against PGlite and a real PostgreSQL server: a code works once (replay), invited and
// promoted admins must enrol before anything else, an admin resets a colleague's lost phone, and people make new
// recovery codes for themselves.
import { describe, expect, it } from "vitest";
import { PERMISSIONS } from "@/lib/auth/permissions";
import { staffAccess } from "@/lib/auth/staff-access";
import { totpCodeAt } from "@/lib/auth/totp";
import { checkStaffSession } from "@/lib/db/sessions/check-staff-session";
import { acceptInvitation } from "@/lib/db/staff/accept-invitation";
import { changeStaffRole } from "@/lib/db/staff/change-staff-role";
import { inviteStaff } from "@/lib/db/staff/invite-staff";
import { resetStaffTwoFactor } from "@/lib/db/staff/reset-staff-two-factor";
import { attemptSignIn, type SignInResult } from "@/lib/db/users/attempt-sign-in";
import { confirmTotpEnrolment } from "@/lib/db/users/confirm-totp-enrolment";
import { regenerateRecoveryCodes } from "@/lib/db/users/regenerate-recovery-codes";
import { startTotpEnrolment } from "@/lib/db/users/start-totp-enrolment";
import type { Actor } from "@/lib/db/types";
import { DATABASE_KINDS, assertOk, seedStaff, useTestDatabase } from "./helpers/test-database";

const POLICY = {
  maxAccountFailures: 20,
  maxAddressFailures: 50,
  windowMs: 15 * 60_000,
  lockMs: 15 * 60_000,
  delayPerFailureMs: 0,
  maxDelayMs: 0,
};
const STEP = 30_000;
const PASSWORD = "tulip staircase orbit 42";

describe.each(DATABASE_KINDS)("two-factor sign-in (%s)", (kind) => {
  const db = useTestDatabase(kind);

  const signIn = (email: string, password: string, more: { code?: string; now?: Date } = {}) =>
    attemptSignIn(
      { email, password, code: more.code, origin: "origin-2fa" },
      { policy: POLICY, now: more.now, sleep: async () => {} },
    );

  /** What the guards decide for this session on every request, read fresh from the database as they do. */
  async function accessOf(result: SignInResult, requireClinicianTotp = false) {
    if (!result.ok) throw new Error(`sign-in failed: ${result.reason}`);
    const check = await checkStaffSession({
      userId: result.user.id,
      sessionId: result.sessionId,
      sessionVersion: result.user.sessionVersion,
      role: result.user.role,
    });
    if (!check.ok) return check.reason;
    return new Set(PERMISSIONS.map((p) => staffAccess(check.staff, p, requireClinicianTotp)));
  }

  /** Enrols an app for this account at `at`; returns its secret and recovery codes. */
  async function enrol(actor: Actor, at: number) {
    const pending = await startTotpEnrolment(actor.id);
    if (pending?.status !== "pending") throw new Error("expected a pending enrolment");
    const confirmed = await confirmTotpEnrolment(actor, totpCodeAt(pending.secret, at), new Date(at));
    assertOk(confirmed);
    return { secret: pending.secret, recoveryCodes: confirmed.recoveryCodes };
  }

  it("refuses an authenticator code used once already, and older codes still inside their window", async () => {
    const { actor, password } = await seedStaff("ADMIN");
    const t0 = Math.floor(Date.now() / STEP) * STEP + 5_000; // early in a step, so +10 s stays in it
    const { secret } = await enrol(actor, t0 - 2 * STEP);

    const code = totpCodeAt(secret, t0);
    expect((await signIn(actor.email, password, { code, now: new Date(t0) })).ok).toBe(true);
    // Someone who saw it typed tries it seconds later: the same answer as a wrong code.
    expect(await signIn(actor.email, password, { code, now: new Date(t0 + 10_000) })).toEqual({
      ok: false,
      reason: "invalid",
    });
    // The previous step's code is still within the clock-drift window, but older than the one used: refused.
    expect(await signIn(actor.email, password, { code: totpCodeAt(secret, t0 - STEP), now: new Date(t0) })).toEqual({
      ok: false,
      reason: "invalid",
    });
    // The app's next code works.
    const next = totpCodeAt(secret, t0 + STEP);
    expect((await signIn(actor.email, password, { code: next, now: new Date(t0 + STEP) })).ok).toBe(true);

    const failures = await db().auditEvent.findMany({ where: { action: "auth.sign-in-failed", entityId: actor.id } });
    expect(failures.map((e) => (e.details as { reason: string }).reason)).toEqual(["code-reused", "code-reused"]);
    expect((await db().user.findUniqueOrThrow({ where: { id: actor.id } })).totpLastUsedStep).toBe(
      Math.floor((t0 + STEP) / STEP),
    );
  });

  it("lets only one of two sign-ins with the same code through", async () => {
    const { actor, password } = await seedStaff("ADMIN");
    const now = Date.now();
    const { secret } = await enrol(actor, now - 2 * STEP);
    const code = totpCodeAt(secret, now);
    const results = await Promise.all([
      signIn(actor.email, password, { code, now: new Date(now) }),
      signIn(actor.email, password, { code, now: new Date(now) }),
    ]);
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(await db().staffSession.count({ where: { userId: actor.id } })).toBe(1);
  });

  it("does not accept the code that confirmed enrolment for signing in", async () => {
    const { actor, password } = await seedStaff("ADMIN");
    const now = Date.now();
    const { secret } = await enrol(actor, now);
    expect(await signIn(actor.email, password, { code: totpCodeAt(secret, now), now: new Date(now) })).toEqual({
      ok: false,
      reason: "invalid",
    });
  });

  it("sends an invited admin to enrol before any page or action, and lets them in once enrolled", async () => {
    const { actor: admin } = await seedStaff("ADMIN");
    const invited = await inviteStaff("new.admin@clinic.test", "ADMIN", admin);
    assertOk(invited);
    assertOk(await acceptInvitation(invited.token, { name: "Nadia New", password: PASSWORD }));

    // No app yet, so the password alone opens a session — but every permission answers "enrol first".
    const first = await signIn("new.admin@clinic.test", PASSWORD);
    expect(await accessOf(first)).toEqual(new Set(["must-enrol"]));

    const user = await db().user.findUniqueOrThrow({ where: { email: "new.admin@clinic.test" } });
    const actor: Actor = { id: user.id, email: user.email, role: user.role };
    const now = Date.now();
    const { secret } = await enrol(actor, now);
    // The same session may now do what an admin does.
    expect(await accessOf(first)).toEqual(new Set(["allowed"]));
    // And sign-in asks for the app's code from now on.
    expect(await signIn(actor.email, PASSWORD)).toEqual({ ok: false, reason: "code-required" });
    const later = now + STEP;
    const second = await signIn(actor.email, PASSWORD, { code: totpCodeAt(secret, later), now: new Date(later) });
    expect(second.ok).toBe(true);
  });

  it("sends a clinician promoted to admin to enrol; clinicians only when the clinic requires it", async () => {
    const { actor: admin } = await seedStaff("ADMIN");
    const { actor: clinician, password } = await seedStaff("CLINICIAN");

    const asClinician = await signIn(clinician.email, password);
    expect(await accessOf(asClinician, false)).toEqual(new Set(["allowed", "forbidden"]));
    expect(await accessOf(asClinician, true)).toEqual(new Set(["must-enrol", "forbidden"]));

    assertOk(await changeStaffRole(clinician.id, "ADMIN", admin));
    // The promotion ended the clinician's session; signing in again as an admin without an app: enrol first.
    expect(await accessOf(asClinician)).toBe("revoked");
    expect(await accessOf(await signIn(clinician.email, password))).toEqual(new Set(["must-enrol"]));
  });

  it("an admin resets a colleague's lost phone: app and recovery codes gone, sessions ended, enrolment required", async () => {
    const { actor: admin } = await seedStaff("ADMIN");
    const { actor: clinician, password } = await seedStaff("CLINICIAN");
    const now = Date.now();
    const { secret, recoveryCodes } = await enrol(clinician, now - 2 * STEP);
    const session = await signIn(clinician.email, password, { code: totpCodeAt(secret, now), now: new Date(now) });
    expect(await accessOf(session)).toEqual(new Set(["allowed", "forbidden"]));

    expect(await resetStaffTwoFactor(clinician.id, admin)).toEqual({ ok: true });

    expect(await accessOf(session)).toBe("revoked");
    const user = await db().user.findUniqueOrThrow({ where: { id: clinician.id } });
    expect(user).toMatchObject({ totpSecret: null, totpEnabledAt: null, recoveryCodeHashes: [], totpMustEnrol: true });
    // The old recovery codes are no second factor any more, and the password alone gets a session that must enrol —
    // even though this clinic does not require two-factor sign-in for clinicians.
    const after = await signIn(clinician.email, password, { code: recoveryCodes[0] });
    expect(await accessOf(after, false)).toEqual(new Set(["must-enrol", "forbidden"]));
    await enrol(clinician, Date.now());
    expect(await accessOf(after, false)).toEqual(new Set(["allowed", "forbidden"]));
    expect((await db().user.findUniqueOrThrow({ where: { id: clinician.id } })).totpMustEnrol).toBe(false);

    const events = await db().auditEvent.findMany({ where: { action: "staff.two-factor-reset" } });
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ actorId: admin.id, entityId: clinician.id });
  });

  it("refuses a reset of one's own two-factor, by a clinician, or of an account without it, changing nothing", async () => {
    const { actor: admin } = await seedStaff("ADMIN");
    const { actor: other } = await seedStaff("ADMIN");
    const { actor: clinician } = await seedStaff("CLINICIAN");
    await enrol(admin, Date.now());
    await enrol(other, Date.now());
    const before = await db().user.findMany({ orderBy: { id: "asc" } });

    expect(await resetStaffTwoFactor(admin.id, admin)).toEqual({ ok: false, code: "self" });
    expect(await resetStaffTwoFactor(other.id, clinician)).toEqual({ ok: false, code: "forbidden" });
    expect(await resetStaffTwoFactor(clinician.id, admin)).toEqual({ ok: false, code: "unchanged" });
    expect(await resetStaffTwoFactor("no-such-user", admin)).toEqual({ ok: false, code: "not-found" });

    expect(await db().user.findMany({ orderBy: { id: "asc" } })).toEqual(before);
    expect(await db().staffSession.count({ where: { revokedAt: { not: null } } })).toBe(0);
    expect(await db().auditEvent.count({ where: { action: "staff.two-factor-reset" } })).toBe(0);
  });

  it("makes new recovery codes with a current app code; the old ones stop working and the code is spent", async () => {
    const { actor, password } = await seedStaff("CLINICIAN");
    const now = Date.now();
    const { secret, recoveryCodes: old } = await enrol(actor, now - 2 * STEP);
    const hashesBefore = (await db().user.findUniqueOrThrow({ where: { id: actor.id } })).recoveryCodeHashes;

    expect(await regenerateRecoveryCodes(actor, "000000", new Date(now))).toEqual({ ok: false, code: "wrong-code" });
    // A recovery code is not enough: it is what someone who found the printout would have.
    expect(await regenerateRecoveryCodes(actor, old[0]!, new Date(now))).toEqual({ ok: false, code: "wrong-code" });
    expect((await db().user.findUniqueOrThrow({ where: { id: actor.id } })).recoveryCodeHashes).toEqual(hashesBefore);

    const code = totpCodeAt(secret, now);
    const made = await regenerateRecoveryCodes(actor, code, new Date(now));
    assertOk(made);
    expect(made.recoveryCodes).toHaveLength(10);
    expect(made.recoveryCodes.some((c) => old.includes(c))).toBe(false);
    // The same code cannot be used again — not for more codes, not to sign in.
    expect(await regenerateRecoveryCodes(actor, code, new Date(now))).toEqual({ ok: false, code: "code-reused" });
    expect(await signIn(actor.email, password, { code, now: new Date(now) })).toEqual({ ok: false, reason: "invalid" });

    expect(await signIn(actor.email, password, { code: old[1]! })).toEqual({ ok: false, reason: "invalid" });
    expect((await signIn(actor.email, password, { code: made.recoveryCodes[1]! })).ok).toBe(true);
    expect(await signIn(actor.email, password, { code: made.recoveryCodes[1]! })).toEqual({
      ok: false,
      reason: "invalid",
    });
    expect(await startTotpEnrolment(actor.id)).toEqual({ status: "enrolled", recoveryCodesLeft: 9 });

    const { actor: unenrolled } = await seedStaff("CLINICIAN");
    expect(await regenerateRecoveryCodes(unenrolled, code)).toEqual({ ok: false, code: "not-enrolled" });
    const events = await db().auditEvent.findMany({ where: { action: "auth.recovery-codes-regenerated" } });
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ actorId: actor.id, entityId: actor.id });
  });
});
