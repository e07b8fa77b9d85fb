import crypto from "node:crypto";
import { test as base, expect, type APIRequestContext, type Page } from "@playwright/test";
import { hash } from "@node-rs/argon2";
import { Secret, TOTP } from "otpauth";
import pg from "pg";
import { readOrCreateAuthSecret } from "../../lib/auth-secret";
import { hashRecoveryCode } from "../../lib/auth/recovery-code";
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
  /** Unused recovery codes of such an account; `signIn` spends one when this worker already used the current step. */
  recoveryCodes?: string[];
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

const STEP_MS = 30_000;
/** The last time step whose code this worker sent, per secret: the server refuses a code used once (replay). */
const lastStepSent = new Map<string, number>();

/**
 * A code the server has not seen yet for this account: the current one if this worker has not sent it, otherwise the
 * next one (waiting up to 30 s for it). Use it for every code a test types or sends.
 */
export async function unusedTotpCode(secret: string): Promise<string> {
  const last = lastStepSent.get(secret);
  const wait = last === undefined ? 0 : (last + 1) * STEP_MS - Date.now();
  if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait + 200));
  const now = Date.now();
  lastStepSent.set(secret, Math.floor(now / STEP_MS));
  return totpCode(secret, now);
}

function currentStepUnused(secret: string): boolean {
  const last = lastStepSent.get(secret);
  return last === undefined || last < Math.floor(Date.now() / STEP_MS);
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
      if (enrol) {
        account.totpSecret = new Secret({ size: 20 }).base32;
        account.recoveryCodes = Array.from({ length: 10 }, () => crypto.randomBytes(9).toString("base64url"));
      }
      await db.query(
        `INSERT INTO "User" (id, email, name, "passwordHash", role, "totpSecret", "totpEnabledAt", "recoveryCodeHashes", "updatedAt")
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, now())`,
        [
          account.id,
          account.email,
          account.name,
          await hash(account.password),
          role,
          account.totpSecret ? encryptTotpSecret(account.totpSecret, serverAuthSecret()) : null,
          account.totpSecret ? new Date() : null,
          (account.recoveryCodes ?? []).map(hashRecoveryCode),
        ],
      );
      return account;
    });
  },
});

/**
 * The second factor for a sign-in through the API: a fresh authenticator code, or, when this worker already used the
 * current one (tests that sign one account in several times), a recovery code rather than waiting for the next step.
 */
async function secondFactor(account: StaffAccount): Promise<string | undefined> {
  if (!account.totpSecret) return undefined;
  if (currentStepUnused(account.totpSecret) || !account.recoveryCodes?.length) {
    return unusedTotpCode(account.totpSecret);
  }
  return account.recoveryCodes.shift();
}

/** Signs in through NextAuth's credentials endpoint; the cookie lands in the request's browser context. */
export async function signIn(request: APIRequestContext, account: StaffAccount) {
  const code = await secondFactor(account);
  const { csrfToken } = (await (await request.get("/api/auth/csrf")).json()) as { csrfToken: string };
  const response = await request.post("/api/auth/callback/credentials", {
    form: {
      csrfToken,
      email: account.email,
      password: account.password,
      ...(code ? { code } : {}),
      json: "true",
    },
    maxRedirects: 0,
  });
  expect(response.status(), "sign-in should redirect").toBeLessThan(400);
}

export async function signInPage(page: Page, account: StaffAccount) {
  await signIn(page.request, account);
}
