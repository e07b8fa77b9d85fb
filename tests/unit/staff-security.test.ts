// The pure parts of staff security: the audit hash chain, when a session ends, sign-in throttling arithmetic,
// and the encryption of authenticator secrets at rest.
import { describe, expect, it } from "vitest";
import {
  auditEventHash,
  canonicalJson,
  verifyAuditChain,
  type ChainedAuditEvent,
} from "@/lib/domain/staff-security/audit-chain";
import {
  ACTIVITY_WRITE_INTERVAL_MS,
  decideSession,
  twoFactorRequired,
  type SessionRecord,
} from "@/lib/domain/staff-security/session-policy";
import {
  addressFailuresInWindow,
  afterFailure,
  failureDelayMs,
  isLocked,
} from "@/lib/domain/staff-security/sign-in-throttle";
import { decryptTotpSecret, encryptTotpSecret } from "@/lib/auth/totp-secret-box";

function chain(count: number): ChainedAuditEvent[] {
  const events: ChainedAuditEvent[] = [];
  let prev: string | null = null;
  for (let i = 1; i <= count; i++) {
    const content = {
      id: `event-${i}`,
      at: new Date(Date.UTC(2026, 10, 25, 9, 0, i)).toISOString(),
      origin: "abc",
      actorId: "user-1",
      actorEmail: "a@clinic.test",
      actorRole: "ADMIN",
      action: "submission.viewed",
      entityType: "Submission",
      entityId: `s-${i}`,
      details: { b: 2, a: [1, { y: true, x: null }] },
    };
    const hash = auditEventHash(prev, content);
    events.push({ ...content, seq: BigInt(i), prevHash: prev, hash });
    prev = hash;
  }
  return events;
}

describe("the audit hash chain", () => {
  it("writes the same bytes for the same content whatever the key order", () => {
    expect(canonicalJson({ b: 1, a: { d: [2, 1], c: "x" } })).toBe(canonicalJson({ a: { c: "x", d: [2, 1] }, b: 1 }));
    expect(canonicalJson({ a: undefined, b: null })).toBe('{"b":null}');
  });

  it("accepts an intact chain and an empty one", () => {
    expect(verifyAuditChain(chain(5))).toMatchObject({ ok: true, checked: 5 });
    expect(verifyAuditChain([])).toEqual({ ok: true, checked: 0, lastHash: null });
  });

  it("reports an edited event", () => {
    const events = chain(5);
    events[2] = { ...events[2]!, action: "submission.exported" };
    const result = verifyAuditChain(events);
    expect(result).toMatchObject({ ok: false, breaks: [{ seq: "3", problem: "content-hash-mismatch" }] });
  });

  it("reports a deleted event as a broken link after it", () => {
    const events = chain(5);
    events.splice(1, 1);
    expect(verifyAuditChain(events)).toMatchObject({
      ok: false,
      breaks: [{ seq: "3", problem: "prev-hash-mismatch" }],
    });
  });

  it("reports an event whose hash was recomputed after an edit, at the next link", () => {
    const events = chain(4);
    const edited = { ...events[1]!, entityId: "someone-else" };
    edited.hash = auditEventHash(edited.prevHash, edited);
    events[1] = edited;
    expect(verifyAuditChain(events)).toMatchObject({
      ok: false,
      breaks: [{ seq: "3", problem: "prev-hash-mismatch" }],
    });
  });

  it("reports a hash-less event inside the chain but skips events from before it began", () => {
    const events = chain(3);
    const legacy = { ...events[0]!, id: "old", seq: 0n, hash: null, prevHash: null };
    expect(verifyAuditChain([legacy, ...events]).ok).toBe(true);
    events[1] = { ...events[1]!, hash: null };
    expect(verifyAuditChain(events)).toMatchObject({
      ok: false,
      breaks: [
        { seq: "2", problem: "missing-hash" },
        { seq: "3", problem: "prev-hash-mismatch" },
      ],
    });
  });

  it("continues from a previous page's last hash", () => {
    const events = chain(6);
    const first = verifyAuditChain(events.slice(0, 3));
    expect(first.ok).toBe(true);
    if (!first.ok) return;
    expect(verifyAuditChain(events.slice(3), first.lastHash).ok).toBe(true);
    expect(verifyAuditChain(events.slice(3), "not-the-hash").ok).toBe(false);
  });
});

describe("when a staff session ends", () => {
  const start = new Date("2026-11-25T08:00:00Z");
  const limits = { idleMs: 15 * 60_000, absoluteMs: 12 * 3_600_000 };
  const claims = { userId: "u1", sessionId: "s1", sessionVersion: 3, role: "CLINICIAN" as const };
  const account = { id: "u1", active: true, role: "CLINICIAN" as const, sessionVersion: 3 };
  const session = (over: Partial<SessionRecord> = {}): SessionRecord => ({
    id: "s1",
    userId: "u1",
    createdAt: start,
    lastActivityAt: start,
    expiresAt: new Date(start.getTime() + limits.absoluteMs),
    revokedAt: null,
    ...over,
  });
  const at = (ms: number) => new Date(start.getTime() + ms);
  const decide = (over: Partial<Parameters<typeof decideSession>[0]> = {}) =>
    decideSession({ claims, session: session(), account, now: at(1_000), limits, background: false, ...over });

  it("keeps a fresh session and does not write activity more than once a minute", () => {
    expect(decide()).toEqual({ ok: true, touch: false });
    expect(decide({ now: at(ACTIVITY_WRITE_INTERVAL_MS) })).toEqual({ ok: true, touch: true });
  });

  it("ends after the idle time; background polling never counts as activity", () => {
    expect(decide({ now: at(15 * 60_000 - 1) }).ok).toBe(true);
    expect(decide({ now: at(15 * 60_000) })).toEqual({ ok: false, reason: "idle" });
    expect(decide({ now: at(10 * 60_000), background: true })).toEqual({ ok: true, touch: false });
  });

  it("ends at the absolute time however active", () => {
    const busy = session({ lastActivityAt: at(limits.absoluteMs - 60_000) });
    expect(decide({ session: busy, now: at(limits.absoluteMs) })).toEqual({ ok: false, reason: "expired" });
  });

  it("ends when revoked, deactivated, re-versioned, re-roled, or when the row is someone else's or missing", () => {
    expect(decide({ session: session({ revokedAt: at(0) }) })).toEqual({ ok: false, reason: "revoked" });
    expect(decide({ account: { ...account, active: false } })).toEqual({ ok: false, reason: "account-inactive" });
    expect(decide({ account: null })).toEqual({ ok: false, reason: "account-inactive" });
    expect(decide({ account: { ...account, sessionVersion: 4 } })).toEqual({ ok: false, reason: "session-version" });
    expect(decide({ account: { ...account, role: "ADMIN" } })).toEqual({ ok: false, reason: "role-changed" });
    expect(decide({ session: session({ userId: "u2" }) })).toEqual({ ok: false, reason: "no-session" });
    expect(decide({ session: null })).toEqual({ ok: false, reason: "no-session" });
  });

  it("requires an authenticator app for admins always and for clinicians when the clinic says so", () => {
    expect(twoFactorRequired("ADMIN", false)).toBe(true);
    expect(twoFactorRequired("CLINICIAN", false)).toBe(false);
    expect(twoFactorRequired("CLINICIAN", true)).toBe(true);
  });
});

describe("sign-in throttling", () => {
  const now = new Date("2026-11-25T08:00:00Z");

  it("locks on the failure that reaches the limit, for the lock time", () => {
    expect(afterFailure(3, 5, 900_000, now)).toEqual({ failures: 4, lockedUntil: null });
    expect(afterFailure(4, 5, 900_000, now)).toEqual({ failures: 5, lockedUntil: new Date("2026-11-25T08:15:00Z") });
    expect(isLocked(new Date("2026-11-25T08:15:00Z"), now)).toBe(true);
    expect(isLocked(now, now)).toBe(false);
    expect(isLocked(null, now)).toBe(false);
  });

  it("forgets an address's failures once its window has passed", () => {
    const row = { failures: 7, windowStart: new Date("2026-11-25T07:50:00Z") };
    expect(addressFailuresInWindow(row, now, 15 * 60_000)).toBe(7);
    expect(addressFailuresInWindow(row, now, 10 * 60_000)).toBe(0);
    expect(addressFailuresInWindow(null, now, 10 * 60_000)).toBe(0);
  });

  it("slows answers more with each failure, up to a cap", () => {
    const policy = { delayPerFailureMs: 250, maxDelayMs: 2_000 };
    expect([0, 1, 4, 100].map((n) => failureDelayMs(n, policy))).toEqual([0, 250, 1_000, 2_000]);
  });
});

describe("authenticator secrets at rest", () => {
  const secret = "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP";
  const key = "x".repeat(48);

  it("round-trips and never stores the secret in clear", () => {
    const box = encryptTotpSecret(secret, key);
    expect(box).not.toContain(secret);
    expect(box).toMatch(/^v1\./);
    expect(decryptTotpSecret(box, key)).toBe(secret);
    expect(encryptTotpSecret(secret, key)).not.toBe(box); // a fresh IV each time
  });

  it("refuses another AUTH_SECRET and any alteration", () => {
    const box = encryptTotpSecret(secret, key);
    expect(decryptTotpSecret(box, "y".repeat(48))).toBeNull();
    const parts = box.split(".");
    parts[3] = Buffer.from("tampered").toString("base64url");
    expect(decryptTotpSecret(parts.join("."), key)).toBeNull();
    expect(decryptTotpSecret("garbage", key)).toBeNull();
  });
});
