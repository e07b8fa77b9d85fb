// Isolated, real databases for integration tests: an in-memory PGlite or a fresh database on the
// PostgreSQL server named by TEST_DATABASE_URL. Both get every migration applied, in order.
import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import type { PGlite } from "@electric-sql/pglite";
import pg from "pg";
import { PrismaPGlite } from "pglite-prisma-adapter";
import { afterAll, beforeAll, beforeEach } from "vitest";
import { setDbForProcess, type Db } from "@/lib/db/client";
import { createDbClient } from "@/lib/db/create-client";
import { PrismaClient } from "@/lib/db/generated/prisma/client";
import { openPglite } from "@/lib/db/pglite";
import type { Actor } from "@/lib/db/types";
import { createStaffUser } from "@/lib/db/users/create-staff-user";
import { ROUTINE_ANSWERS } from "../../fixtures/default-answers";

export const DATABASE_KINDS = ["pglite", "postgres"] as const;
export type DatabaseKind = (typeof DATABASE_KINDS)[number];

export type TestDatabase = {
  kind: DatabaseKind;
  db: Db;
  /** Disconnects, closes PGlite / drops the PostgreSQL database, and uninstalls the process client. */
  cleanup: () => Promise<void>;
};

const REPO_ROOT = path.resolve(__dirname, "../../..");
export const MIGRATIONS_DIR = path.join(REPO_ROOT, "prisma", "migrations");

/** Every prisma/migrations/<name>/migration.sql, in the order Prisma applies them (by folder name). */
export function migrationSql(): { name: string; sql: string }[] {
  return fs
    .readdirSync(MIGRATIONS_DIR, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && fs.existsSync(path.join(MIGRATIONS_DIR, entry.name, "migration.sql")))
    .map((entry) => entry.name)
    .sort()
    .map((name) => ({ name, sql: fs.readFileSync(path.join(MIGRATIONS_DIR, name, "migration.sql"), "utf8") }));
}

/** The PostgreSQL server used by the tests; CI sets it to postgresql://postgres@127.0.0.1:5432/test. */
export function testServerUrl(): string {
  const url = process.env.TEST_DATABASE_URL;
  if (!url || url.trim() === "") {
    throw new Error(
      "TEST_DATABASE_URL is not set. The integration tests also run against a real PostgreSQL server: " +
        "set TEST_DATABASE_URL=postgresql://postgres@127.0.0.1:5432/test (any database the user may CREATE DATABASE from).",
    );
  }
  return url;
}

/** The same server URL pointing at another database. */
export function urlForDatabase(serverUrl: string, database: string): string {
  const url = new URL(serverUrl);
  url.pathname = `/${database}`;
  return url.toString();
}

export function randomDatabaseName(): string {
  return `spine_it_${crypto.randomBytes(6).toString("hex")}`;
}

/** Creates an empty database on the test server; returns its URL and a function that drops it. */
export async function createEmptyPostgresDatabase(): Promise<{ name: string; url: string; drop: () => Promise<void> }> {
  const serverUrl = testServerUrl();
  const name = randomDatabaseName();
  await withServerClient(serverUrl, (client) => client.query(`CREATE DATABASE "${name}"`));
  return {
    name,
    url: urlForDatabase(serverUrl, name),
    drop: () =>
      withServerClient(serverUrl, (client) => client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`)).then(
        () => {},
      ),
  };
}

async function withServerClient<T>(url: string, fn: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

/** A fresh, migrated database of this kind, installed as the process's client (what getDb() returns). */
export async function openTestDatabase(kind: DatabaseKind): Promise<TestDatabase> {
  const migrations = migrationSql();
  if (migrations.length === 0) throw new Error(`No migrations found in ${MIGRATIONS_DIR}`);

  let db: Db;
  let release: () => Promise<void>;
  if (kind === "pglite") {
    const pglite: PGlite = await openPglite("memory://");
    for (const m of migrations) await pglite.exec(m.sql);
    db = new PrismaClient({
      adapter: new PrismaPGlite(pglite),
      transactionOptions: { maxWait: 5_000, timeout: 10_000 },
    });
    release = async () => {
      if (!pglite.closed) await pglite.close();
    };
  } else {
    const database = await createEmptyPostgresDatabase();
    try {
      await withServerClient(database.url, async (client) => {
        for (const m of migrations) await client.query(m.sql);
      });
      db = await createDbClient({ kind: "postgres", url: database.url });
    } catch (error) {
      await database.drop();
      throw error;
    }
    release = database.drop;
  }

  setDbForProcess(Promise.resolve(db));
  return {
    kind,
    db,
    cleanup: async () => {
      setDbForProcess(undefined);
      await db.$disconnect();
      await release();
    },
  };
}

/** Empties every application table (between tests), keeping the schema. */
export async function resetDatabase(db: Db): Promise<void> {
  const tables = await db.$queryRawUnsafe<{ tablename: string }[]>(
    `SELECT tablename::text AS tablename FROM pg_tables WHERE schemaname = 'public' AND tablename <> '_prisma_migrations'`,
  );
  if (tables.length === 0) return;
  await db.$executeRawUnsafe(`TRUNCATE TABLE ${tables.map((t) => `"public"."${t.tablename}"`).join(", ")} CASCADE`);
}

let staffCounter = 0;

/** Creates a real staff account (argon2-hashed password — slow on purpose, so create few). */
export async function seedStaff(
  role: Actor["role"],
  overrides: { email?: string; name?: string; password?: string } = {},
) {
  staffCounter += 1;
  const password = overrides.password ?? `correct horse battery ${staffCounter}`;
  const user = await createStaffUser({
    email:
      overrides.email ?? `${role.toLowerCase()}-${staffCounter}-${crypto.randomBytes(3).toString("hex")}@clinic.test`,
    name: overrides.name ?? `Test ${role.toLowerCase()} ${staffCounter}`,
    password,
    role,
  });
  const actor: Actor = { id: user.id, email: user.email, role: user.role };
  return { actor, password };
}

/** A fresh idempotency key, as the intake form makes when it opens. */
export function newIdempotencyKey(): string {
  return crypto.randomBytes(18).toString("base64url");
}

export type RawAnswers = Record<string, unknown>;

/**
 * A complete, valid answer set for the default question set from a patient with nothing alarming:
 * every required question answered, every safety question "no". Overrides replace single answers;
 * an override of `undefined` removes the answer.
 */
export function answersFor(overrides: RawAnswers = {}): RawAnswers {
  const answers: RawAnswers = { ...ROUTINE_ANSWERS };

  for (const [key, value] of Object.entries(overrides)) {
    if (value === undefined) delete answers[key];
    else answers[key] = value;
  }
  return answers;
}

/**
 * Registers the hooks for one describe block: a fresh database of this kind for the block, emptied
 * before every test. Returns a getter for the client (valid inside tests and hooks).
 */
export function useTestDatabase(kind: DatabaseKind): () => Db {
  let testDb: TestDatabase | undefined;
  beforeAll(async () => {
    testDb = await openTestDatabase(kind);
  });
  afterAll(async () => {
    await testDb?.cleanup();
    testDb = undefined;
  });
  beforeEach(async () => {
    await resetDatabase(current());
  });
  const current = () => {
    if (!testDb) throw new Error("The test database is not open (use it inside tests and hooks)");
    return testDb.db;
  };
  return current;
}

/** Narrows a typed `{ ok: true } | { ok: false, … }` result, failing the test with the whole result otherwise. */
export function assertOk<T extends { ok: boolean }>(result: T): asserts result is Extract<T, { ok: true }> {
  if (!result.ok) throw new Error(`Expected ok, got ${JSON.stringify(result)}`);
}

/** JSON text of database rows for "contains no …" checks; audit sequence numbers are BigInts. */
export function rowsAsText(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) => (typeof v === "bigint" ? v.toString() : v));
}
