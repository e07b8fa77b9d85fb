// Is the database at the schema this build expects? Compares prisma/migrations with Prisma's own record of the
// migrations applied (_prisma_migrations, checksum = SHA-256 of migration.sql). No "server-only": the start-up
// script uses it to skip `prisma migrate deploy` (seconds of CLI start) when there is nothing to apply.
import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import type { PrismaClient } from "./generated/prisma/client";

export type SchemaStatus =
  | { state: "current"; migrations: number }
  | { state: "behind"; pending: string[] }
  | { state: "ahead"; unknown: string[] }
  | { state: "modified"; changed: string[] }
  | { state: "failed"; failed: string[] };

export type Migration = { name: string; checksum: string };

export const MIGRATIONS_DIR = path.join(/*turbopackIgnore: true*/ process.cwd(), "prisma", "migrations");

/** The migrations this build ships, in the order Prisma applies them. */
export function expectedMigrations(dir = MIGRATIONS_DIR): Migration[] {
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && fs.existsSync(path.join(dir, entry.name, "migration.sql")))
    .map((entry) => entry.name)
    .sort()
    .map((name) => ({
      name,
      checksum: crypto
        .createHash("sha256")
        .update(fs.readFileSync(path.join(dir, name, "migration.sql")))
        .digest("hex"),
    }));
}

type AppliedRow = { migration_name: string; checksum: string; finished_at: Date | null; rolled_back_at: Date | null };

export async function schemaStatus(db: PrismaClient, expected = expectedMigrations()): Promise<SchemaStatus> {
  const tables = await db.$queryRaw<{ present: boolean }[]>`
    SELECT to_regclass('public._prisma_migrations') IS NOT NULL AS "present"`;
  if (!tables[0]?.present) return { state: "behind", pending: expected.map((m) => m.name) };
  const rows = await db.$queryRaw<AppliedRow[]>`
    SELECT "migration_name", "checksum", "finished_at", "rolled_back_at" FROM "_prisma_migrations"`;
  const applied = new Map<string, AppliedRow>();
  const failed: string[] = [];
  for (const row of rows) {
    if (row.rolled_back_at) continue;
    if (!row.finished_at) failed.push(row.migration_name);
    else applied.set(row.migration_name, row);
  }
  if (failed.length) return { state: "failed", failed };
  const known = new Set(expected.map((m) => m.name));
  const unknown = [...applied.keys()].filter((name) => !known.has(name));
  if (unknown.length) return { state: "ahead", unknown };
  const pending = expected.filter((m) => !applied.has(m.name)).map((m) => m.name);
  if (pending.length) return { state: "behind", pending };
  const changed = expected.filter((m) => applied.get(m.name)?.checksum !== m.checksum).map((m) => m.name);
  if (changed.length) return { state: "modified", changed };
  return { state: "current", migrations: expected.length };
}

/** One line for logs and the readiness answer. */
export function describeSchemaStatus(status: SchemaStatus): string {
  switch (status.state) {
    case "current":
      return `at the current schema (${status.migrations} migrations)`;
    case "behind":
      return `${status.pending.length} migration(s) not applied yet`;
    case "ahead":
      return `the database has migrations this build does not know (${status.unknown.join(", ")}): it is newer than the app`;
    case "modified":
      return `applied migrations differ from this build's files (${status.changed.join(", ")})`;
    case "failed":
      return `a migration failed part-way (${status.failed.join(", ")})`;
  }
}
