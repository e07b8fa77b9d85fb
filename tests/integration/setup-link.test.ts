// The one-time setup link that creates the first admin account — against PGlite and a real PostgreSQL server.
import { describe, expect, it, vi } from "vitest";
import { createFirstAdminAction } from "@/lib/actions/auth/setup";
import { hashPassword, verifyPassword } from "@/lib/auth/password";
import { createFirstAdmin, isSetupTokenValid } from "@/lib/db/setup/create-first-admin";
import { issueSetupTokenIfNoStaff } from "@/lib/db/setup/issue-setup-token";
import { rowsAsText, DATABASE_KINDS, useTestDatabase } from "./helpers/test-database";

const PASSWORD = "a long clinic passphrase 42";

// Vitest runs no request: the action's one request-scoped read (the caller's address, for its rate limit) is given.
let callerAddress = "192.0.2.1";
vi.mock("next/headers", () => ({ headers: async () => new Headers({ "x-forwarded-for": callerAddress }) }));
let addressCounter = 0;

describe.each(DATABASE_KINDS)("the setup link for the first admin (%s)", (kind) => {
  const db = useTestDatabase(kind);

  it("creates the first admin once with a valid link, and never again", async () => {
    const token = await issueSetupTokenIfNoStaff();
    expect(typeof token).toBe("string");
    expect(token!.length).toBeGreaterThanOrEqual(32);
    // Only the token's hash is stored.
    const stored = await db().setupToken.findMany();
    expect(stored).toHaveLength(1);
    expect(stored[0]!.tokenHash).not.toContain(token!);
    expect(await isSetupTokenValid(token!)).toBe(true);

    // A wrong token creates nobody.
    expect(
      await createFirstAdmin({
        token: `${token}x`,
        email: "intruder@example.com",
        name: "Intruder",
        password: PASSWORD,
      }),
    ).toEqual({
      ok: false,
      code: "invalid-token",
    });
    expect(await db().user.count()).toBe(0);

    expect(
      await createFirstAdmin({
        token: token!,
        email: "  First.Admin@Clinic.TEST ",
        name: " Dana Admin ",
        password: PASSWORD,
      }),
    ).toEqual({
      ok: true,
    });
    const users = await db().user.findMany();
    expect(users).toHaveLength(1);
    const admin = users[0]!;
    expect(admin).toMatchObject({ email: "first.admin@clinic.test", name: "Dana Admin", role: "ADMIN", active: true });
    expect(admin.passwordHash).toMatch(/^\$argon2id\$/);
    expect(admin.passwordHash).not.toContain(PASSWORD);
    expect(await verifyPassword(admin.passwordHash, PASSWORD)).toBe(true);
    expect(await verifyPassword(admin.passwordHash, "not the password")).toBe(false);
    expect((await db().setupToken.findFirstOrThrow()).usedAt).toBeInstanceOf(Date);
    const events = await db().auditEvent.findMany({ where: { action: "setup.first-admin-created" } });
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ actorId: admin.id, entityId: admin.id, actorRole: "ADMIN" });
    expect(rowsAsText(events[0])).not.toContain(PASSWORD);

    // Once staff exists there is no link, and the spent one does not work again.
    expect(await issueSetupTokenIfNoStaff()).toBeNull();
    expect(await isSetupTokenValid(token!)).toBe(false);
    expect(
      await createFirstAdmin({ token: token!, email: "second@clinic.test", name: "Second Admin", password: PASSWORD }),
    ).toEqual({ ok: false, code: "invalid-token" });
    expect(await db().user.count()).toBe(1);
  });

  it("replaces an unused link when a new one is issued, so the older link stops working", async () => {
    const older = await issueSetupTokenIfNoStaff();
    const newer = await issueSetupTokenIfNoStaff();
    expect(older).not.toBeNull();
    expect(newer).not.toBeNull();
    expect(newer).not.toBe(older);
    expect(await db().setupToken.count()).toBe(1);

    expect(await isSetupTokenValid(older!)).toBe(false);
    expect(await isSetupTokenValid(newer!)).toBe(true);
    expect(
      await createFirstAdmin({ token: older!, email: "old@clinic.test", name: "Old Link", password: PASSWORD }),
    ).toEqual({
      ok: false,
      code: "invalid-token",
    });
    expect(await db().user.count()).toBe(0);
  });

  it("refuses a common or mismatched password on the setup form, as the invitation form does, and keeps the link", async () => {
    callerAddress = `192.0.2.${++addressCounter}`;
    const token = await issueSetupTokenIfNoStaff();
    const submit = (password: string, confirm = password) => {
      const form = new FormData();
      for (const [k, v] of Object.entries({
        token: token!,
        name: "Dana Admin",
        email: "dana@clinic.test",
        emergencyNumber: "999",
        password,
        confirm,
      }))
        form.set(k, v);
      return createFirstAdminAction({ ok: false }, form);
    };

    expect(await submit("Password1234")).toMatchObject({
      ok: false,
      fieldErrors: { password: ["That password is one of the most common; choose another"] },
      values: { name: "Dana Admin", email: "dana@clinic.test", emergencyNumber: "999" },
    });
    expect(await submit("short")).toMatchObject({ fieldErrors: { password: ["Use at least 12 characters"] } });
    expect(await submit(PASSWORD, `${PASSWORD}!`)).toMatchObject({
      fieldErrors: { confirm: ["The two passwords are not the same"] },
    });
    expect(await db().user.count()).toBe(0);
    expect(await isSetupTokenValid(token!)).toBe(true);

    expect(await submit(PASSWORD)).toEqual({ ok: true });
    expect(await db().user.count()).toBe(1);
  });

  it("gives one address a few tries a minute at the setup form, and checks the link before hashing a password", async () => {
    callerAddress = `198.51.100.${++addressCounter}`;
    await issueSetupTokenIfNoStaff();
    const guess = () => {
      const form = new FormData();
      const fields = {
        token: "x".repeat(43),
        name: "Eve",
        email: "eve@example.test",
        emergencyNumber: "999",
        password: PASSWORD,
        confirm: PASSWORD,
      };
      for (const [k, v] of Object.entries(fields)) form.set(k, v);
      return createFirstAdminAction({ ok: false }, form);
    };
    let started = Date.now();
    for (let i = 0; i < 10; i++) await hashPassword(PASSWORD);
    const tenHashes = Date.now() - started;
    started = Date.now();
    for (let i = 0; i < 10; i++) expect((await guess()).message).toMatch(/no longer valid/);
    // Ten guesses cost less than the ten argon2id hashes they would have cost before the token was checked first.
    expect(Date.now() - started).toBeLessThan(tenHashes);
    expect((await guess()).message).toMatch(/Too many attempts/);
    expect(await db().user.count()).toBe(0);
  });
});
