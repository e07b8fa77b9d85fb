// Runs the real Prisma CLI (JavaScript schema engine + driver adapter, as in production) against a
// fresh PGlite directory and a fresh PostgreSQL database. Against PostgreSQL this is the test that the
// migration adapter's `name`-as-text workaround (lib/db/migration-adapter.ts) works on a real server.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { afterAll, describe, expect, it } from "vitest";
import { openPglite } from "@/lib/db/pglite";
import { migrateDeploy } from "./helpers/migrate-deploy";
import { createEmptyPostgresDatabase, migrationSql } from "./helpers/test-database";

const APP_TABLES = ["AuditEvent", "QuestionSet", "QuestionSetVersion", "SetupToken", "Submission", "User"];
const CLI_TIMEOUT_MS = 90_000;

const expectedMigrations = migrationSql().map((m) => m.name);

describe("prisma migrate deploy on the embedded database (PGlite)", () => {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "spine-it-migrate-"));
  afterAll(() => fs.rmSync(dataDir, { recursive: true, force: true }));

  it(
    "applies every migration to a fresh data directory, then finds nothing pending on a second run",
    async () => {
      const first = await migrateDeploy(`pglite:${dataDir}`);
      expect(first.code, first.output).toBe(0);
      expect(first.output).toContain("All migrations have been successfully applied");

      const pglite = await openPglite(dataDir);
      try {
        const tables = await pglite.query<{ table_name: string }>(
          "SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' ORDER BY table_name",
        );
        const names = tables.rows.map((r) => r.table_name);
        expect(names).toEqual(expect.arrayContaining([...APP_TABLES, "_prisma_migrations"]));
        const applied = await pglite.query<{ migration_name: string }>(
          "SELECT migration_name FROM _prisma_migrations WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL ORDER BY migration_name",
        );
        expect(applied.rows.map((r) => r.migration_name)).toEqual(expectedMigrations);
      } finally {
        await pglite.close();
      }

      const second = await migrateDeploy(`pglite:${dataDir}`);
      expect(second.code, second.output).toBe(0);
      expect(second.output).toContain("No pending migrations");
    },
    2 * CLI_TIMEOUT_MS,
  );
});

describe("prisma migrate deploy on a real PostgreSQL server", () => {
  let drop: (() => Promise<void>) | undefined;
  afterAll(async () => {
    await drop?.();
  });

  it(
    "applies every migration to a fresh database, then finds nothing pending on a second run",
    async () => {
      const database = await createEmptyPostgresDatabase();
      drop = database.drop;

      const first = await migrateDeploy(database.url);
      expect(first.code, first.output).toBe(0);
      expect(first.output).toContain("All migrations have been successfully applied");

      const client = new pg.Client({ connectionString: database.url });
      await client.connect();
      try {
        const tables = await client.query<{ table_name: string }>(
          "SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' ORDER BY table_name",
        );
        expect(tables.rows.map((r) => r.table_name)).toEqual(
          expect.arrayContaining([...APP_TABLES, "_prisma_migrations"]),
        );
        const enums = await client.query<{ typname: string }>(
          "SELECT t.typname::text AS typname FROM pg_type t JOIN pg_namespace n ON n.oid = t.typnamespace WHERE n.nspname = 'public' AND t.typtype = 'e' ORDER BY 1",
        );
        expect(enums.rows.map((r) => r.typname)).toEqual(
          expect.arrayContaining(["Role", "SubmissionStatus", "TriageLevel", "VersionStatus"]),
        );
        const applied = await client.query<{ migration_name: string }>(
          "SELECT migration_name FROM _prisma_migrations WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL ORDER BY migration_name",
        );
        expect(applied.rows.map((r) => r.migration_name)).toEqual(expectedMigrations);
      } finally {
        await client.end();
      }

      const second = await migrateDeploy(database.url);
      expect(second.code, second.output).toBe(0);
      expect(second.output).toContain("No pending migrations");
    },
    2 * CLI_TIMEOUT_MS,
  );
});
