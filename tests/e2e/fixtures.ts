import crypto from "node:crypto";
import { test as base, expect, type APIRequestContext, type Page } from "@playwright/test";
import { hash } from "@node-rs/argon2";
import pg from "pg";
import { parseDefinition, type Definition } from "../../lib/domain/question-set/definition-schema";

export { expect };

export const E2E_DATABASE_URL = (() => {
  const url = new URL(process.env.TEST_DATABASE_URL ?? "postgresql://postgres@127.0.0.1:5432/test");
  url.pathname = `/${process.env.E2E_DATABASE_NAME ?? "spine_e2e"}`;
  return url.toString();
})();

export type StaffAccount = { id: string; email: string; password: string; role: "ADMIN" | "CLINICIAN"; name: string };

type Fixtures = {
  db: pg.Pool;
  /** The default question set as patients see it now (admins may have reworded it in another spec). */
  publishedDefinition: Definition;
  createStaff: (role: StaffAccount["role"]) => Promise<StaffAccount>;
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
    await provide(async (role) => {
      const id = `e2e${crypto.randomBytes(8).toString("hex")}`;
      const account: StaffAccount = {
        id,
        role,
        name: role === "ADMIN" ? "Ada Admin" : "Cleo Clinician",
        email: `${role.toLowerCase()}-${id}@clinic.test`,
        password: crypto.randomBytes(12).toString("base64url"),
      };
      await db.query(
        `INSERT INTO "User" (id, email, name, "passwordHash", role, "updatedAt") VALUES ($1, $2, $3, $4, $5, now())`,
        [account.id, account.email, account.name, await hash(account.password), role],
      );
      return account;
    });
  },
});

/** Signs in through NextAuth's credentials endpoint; the cookie lands in the request's browser context. */
export async function signIn(request: APIRequestContext, account: StaffAccount) {
  const { csrfToken } = (await (await request.get("/api/auth/csrf")).json()) as { csrfToken: string };
  const response = await request.post("/api/auth/callback/credentials", {
    form: { csrfToken, email: account.email, password: account.password, json: "true" },
    maxRedirects: 0,
  });
  expect(response.status(), "sign-in should redirect").toBeLessThan(400);
}

export async function signInPage(page: Page, account: StaffAccount) {
  await signIn(page.request, account);
}
