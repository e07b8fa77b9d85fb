import "server-only";
import { verifyAgainstDummy, verifyPassword } from "@/lib/auth/password";
import { hashRecoveryCode, matchTotpStep, openTotpSecret } from "@/lib/auth/totp";
import { env } from "@/lib/env";
import {
  addressFailuresInWindow,
  failureDelayMs,
  isLocked,
  type ThrottlePolicy,
} from "@/lib/domain/staff-security/sign-in-throttle";
import { getDb } from "../client";
import { recordAuditEvent } from "../audit/record-audit-event";
import { createStaffSession } from "../sessions/create-staff-session";
import { claimTotpStep } from "./claim-totp-step";
import type { Actor, DbTx } from "../types";

export function signInPolicyFromEnv(): ThrottlePolicy {
  return {
    maxAccountFailures: env.SIGNIN_MAX_FAILURES,
    maxAddressFailures: env.SIGNIN_MAX_ADDRESS_FAILURES,
    windowMs: env.SIGNIN_WINDOW_MINUTES * 60_000,
    lockMs: env.SIGNIN_LOCK_MINUTES * 60_000,
    delayPerFailureMs: env.SIGNIN_FAILURE_DELAY_MS,
    maxDelayMs: 2_000,
  };
}

export type SignInAttempt = {
  email: string;
  password: string;
  /** A 6-digit authenticator code or a recovery code, for accounts with two-factor sign-in. */
  code?: string;
  /** Hashed client address (clientKeyFrom), for the per-address throttle and the audit log. */
  origin: string;
};

export type SignedInUser = Actor & { name: string; sessionVersion: number };

/**
 * - `invalid`: one answer for unknown emails, wrong passwords, deactivated and locked accounts and wrong codes, so
 *   nothing reveals whether an account exists.
 * - `code-required`: the password was right and the account uses an authenticator app; ask for the code.
 */
export type SignInResult =
  { ok: true; user: SignedInUser; sessionId: string } | { ok: false; reason: "invalid" | "code-required" };

type Options = { now?: Date; policy?: ThrottlePolicy; sleep?: (ms: number) => Promise<void> };

const defaultSleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** Checks a staff sign-in with throttling, two-factor codes and audit events; on success opens a StaffSession. */
export async function attemptSignIn(attempt: SignInAttempt, options: Options = {}): Promise<SignInResult> {
  const now = options.now ?? new Date();
  const policy = options.policy ?? signInPolicyFromEnv();
  const sleep = options.sleep ?? defaultSleep;
  const db = await getDb();
  const email = attempt.email.trim().toLowerCase();

  const address = await db.signInThrottle.findUnique({ where: { key: attempt.origin } });
  const addressFailures = addressFailuresInWindow(address, now, policy.windowMs);
  const user = await db.user.findUnique({
    where: { email },
    select: {
      id: true,
      email: true,
      name: true,
      role: true,
      active: true,
      passwordHash: true,
      sessionVersion: true,
      lockedUntil: true,
      totpSecret: true,
      totpEnabledAt: true,
    },
  });
  // The password is always checked (against a dummy hash for unknown emails) so every path costs the same.
  const passwordOk = user
    ? await verifyPassword(user.passwordHash, attempt.password)
    : await verifyAgainstDummy(attempt.password);

  const fail = async (reason: string): Promise<SignInResult> => {
    await registerFailure(db, { userId: user?.id ?? null, origin: attempt.origin, now, policy, reason });
    // Slowed by this address's earlier failures only: slowing by the account's would show that it exists.
    await sleep(failureDelayMs(addressFailures, policy));
    return { ok: false, reason: "invalid" };
  };

  if (isLocked(address?.lockedUntil, now)) return fail("address-locked");
  if (!user) return fail("unknown-email");
  if (isLocked(user.lockedUntil, now)) return fail("account-locked");
  if (!passwordOk) return fail("wrong-password");
  if (!user.active) return fail("inactive");

  if (user.totpEnabledAt && user.totpSecret) {
    const code = attempt.code?.trim() ?? "";
    if (code === "") return { ok: false, reason: "code-required" };
    const secret = openTotpSecret(user.totpSecret);
    const step = secret === null ? null : matchTotpStep(secret, code, now.getTime());
    if (step !== null) {
      // A code already used is refused like a wrong one: someone may have watched it typed or caught it in transit.
      if (!(await claimTotpStep(db, user.id, step))) return fail("code-reused");
    } else if (!(await consumeRecoveryCode(db, user.id, code))) {
      return fail("wrong-code");
    }
  }

  const actor: Actor = { id: user.id, email: user.email, role: user.role };
  const sessionId = await db.$transaction(async (tx) => {
    await tx.user.update({ where: { id: user.id }, data: { failedSignIns: 0, lockedUntil: null } });
    const session = await createStaffSession(tx, user.id, now);
    await recordAuditEvent(tx, {
      actor,
      action: "auth.sign-in-succeeded",
      entityType: "User",
      entityId: user.id,
      origin: attempt.origin,
      details: { sessionId: session.id, twoFactor: !!user.totpEnabledAt },
    });
    return session.id;
  });
  return { ok: true, user: { ...actor, name: user.name, sessionVersion: user.sessionVersion }, sessionId };
}

/** A recovery code works once: it is removed in the same statement that checks it, so two uses cannot both pass. */
async function consumeRecoveryCode(db: DbTx, userId: string, code: string): Promise<boolean> {
  const hash = hashRecoveryCode(code);
  const removed = await db.$executeRaw`
    UPDATE "User" SET "recoveryCodeHashes" = array_remove("recoveryCodeHashes", ${hash})
    WHERE id = ${userId} AND ${hash} = ANY("recoveryCodeHashes")`;
  return removed === 1;
}

async function registerFailure(
  db: Awaited<ReturnType<typeof getDb>>,
  input: { userId: string | null; origin: string; now: Date; policy: ThrottlePolicy; reason: string },
) {
  const { userId, origin, now, policy, reason } = input;
  await db.$transaction(async (tx) => {
    // Per address: a window of failures; an expired window restarts (compare-and-set, safe under concurrency).
    const existing = await tx.signInThrottle.findUnique({ where: { key: origin } });
    if (existing && addressFailuresInWindow(existing, now, policy.windowMs) === 0 && existing.failures > 0) {
      await tx.signInThrottle.updateMany({
        where: { key: origin, windowStart: existing.windowStart },
        data: { failures: 0, windowStart: now },
      });
    }
    const address = await tx.signInThrottle.upsert({
      where: { key: origin },
      create: { key: origin, failures: 1, windowStart: now },
      update: { failures: { increment: 1 } },
    });
    let addressLocked = false;
    if (address.failures >= policy.maxAddressFailures && !isLocked(address.lockedUntil, now)) {
      await tx.signInThrottle.update({
        where: { key: origin },
        data: { lockedUntil: new Date(now.getTime() + policy.lockMs), failures: 0, windowStart: now },
      });
      addressLocked = true;
    }

    let accountLocked = false;
    if (userId) {
      const account = await tx.user.update({
        where: { id: userId },
        data: { failedSignIns: { increment: 1 } },
        select: { failedSignIns: true, lockedUntil: true },
      });
      if (account.failedSignIns >= policy.maxAccountFailures && !isLocked(account.lockedUntil, now)) {
        // The count restarts with the lock: after it ends, another full set of tries locks it again.
        await tx.user.update({
          where: { id: userId },
          data: { lockedUntil: new Date(now.getTime() + policy.lockMs), failedSignIns: 0 },
        });
        accountLocked = true;
      }
    }

    // The typed email is not recorded: people type passwords into the email field.
    await recordAuditEvent(tx, {
      actor: null,
      action: "auth.sign-in-failed",
      entityType: "User",
      entityId: userId,
      origin,
      details: { reason },
    });
    if (accountLocked) {
      await recordAuditEvent(tx, {
        actor: null,
        action: "auth.account-locked",
        entityType: "User",
        entityId: userId,
        origin,
        details: { minutes: policy.lockMs / 60_000 },
      });
    }
    if (addressLocked) {
      await recordAuditEvent(tx, {
        actor: null,
        action: "auth.address-locked",
        entityType: "SignInThrottle",
        entityId: null,
        origin,
        details: { minutes: policy.lockMs / 60_000 },
      });
    }
  });
}
