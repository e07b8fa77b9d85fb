import crypto from "node:crypto";
import { test as base, expect, type APIRequestContext, type Page } from "@playwright/test";
import { hash } from "@node-rs/argon2";
import { Secret, TOTP } from "otpauth";
import pg from "pg";
import { readOrCreateAuthSecret } from "../../lib/auth-secret";
import { encryptTotpSecret } from "../../lib/auth/totp-secret-box";
import { parseDefinition, type Definition } from "../../lib/domain/question-set/definition-schema";

export { expect };

export const E2E_DATABASE_URL = (() => {
  const url = new URL(process.env.TEST_DATABASE_URL ?? "postgresql://postgres@127.0.0.1:5432/test");
  url.pathname = `/${process.env.E2E_DATABASE_NAME ?? "spine_e2e"}`;
  return url.toString();
})();

export type StaffAccount = {
  id: string;
  email: string;
  password: string;
  role: "ADMIN" | "CLINICIAN";
  name: string;
  /** Base32 authenticator secret when the account has two-factor sign-in (admins must). */
  totpSecret?: string;
};

/** The e2e server's AUTH_SECRET: the environment's, or the one `npm start` keeps in .data/auth-secret. */
function serverAuthSecret(): string {
  return process.env.AUTH_SECRET ?? readOrCreateAuthSecret();
}

/** The code an authenticator app would show now for this account. */
export function totpCode(secret: string, at = Date.now()): string {
  return new TOTP({ secret: Secret.fromBase32(secret), algorithm: "SHA1", digits: 6, period: 30 }).generate({
    timestamp: at,
  });
}

type Fixtures = {
  db: pg.Pool;
  /** The default question set as patients see it now (admins may have reworded it in another spec). */
  publishedDefinition: Definition;
  /** Admins are made with an authenticator app enrolled (they must have one); `{ totp: false }` makes one without. */
  createStaff: (role: StaffAccount["role"], options?: { totp?: boolean }) => Promise<StaffAccount>;
};

/** Staff are made in the database and signed in through the API: only the sign-in spec uses the form. */
export const test = base.extend<Fixtures>({
  db: async ({}, provide) => {
    const pool = new pg.Pool({ connectionString: E2E_DATABASE_URL, max: 2 });
    await provide(pool);
    await pool.end();
  },
  publishedDefinition: async ({ db }, provide) => {
    const { rows } = await db.query<{ definition: unknown }>(
      `SELECT v.definition FROM "QuestionSetVersion" v JOIN "QuestionSet" s ON s.id = v."questionSetId"
       WHERE s.key = 'back-spasm-intake' AND v.status = 'PUBLISHED'`,
    );
    const parsed = parseDefinition(rows[0]?.definition);
    if (!parsed.ok) throw new Error("no valid published default question set");
    await provide(parsed.definition);
  },
  createStaff: async ({ db }, provide) => {
    await provide(async (role, options = {}) => {
      const id = `e2e${crypto.randomBytes(8).toString("hex")}`;
      const account: StaffAccount = {
        id,
        role,
        name: role === "ADMIN" ? "Ada Admin" : "Cleo Clinician",
        email: `${role.toLowerCase()}-${id}@clinic.test`,
        password: crypto.randomBytes(12).toString("base64url"),
      };
      const enrol = options.totp ?? role === "ADMIN";
      if (enrol) account.totpSecret = new Secret({ size: 20 }).base32;
      await db.query(
        `INSERT INTO "User" (id, email, name, "passwordHash", role, "totpSecret", "totpEnabledAt", "updatedAt")
         VALUES ($1, $2, $3, $4, $5, $6, $7, now())`,
        [
          account.id,
          account.email,
          account.name,
          await hash(account.password),
          role,
          account.totpSecret ? encryptTotpSecret(account.totpSecret, serverAuthSecret()) : null,
          account.totpSecret ? new Date() : null,
        ],
      );
      return account;
    });
  },
});

/** Signs in through NextAuth's credentials endpoint; the cookie lands in the request's browser context. */
export async function signIn(request: APIRequestContext, account: StaffAccount) {
  const { csrfToken } = (await (await request.get("/api/auth/csrf")).json()) as { csrfToken: string };
  const response = await request.post("/api/auth/callback/credentials", {
    form: {
      csrfToken,
      email: account.email,
      password: account.password,
      ...(account.totpSecret ? { code: totpCode(account.totpSecret) } : {}),
      json: "true",
    },
    maxRedirects: 0,
  });
  expect(response.status(), "sign-in should redirect").toBeLessThan(400);
}

export async function signInPage(page: Page, account: StaffAccount) {
  await signIn(page.request, account);
}
