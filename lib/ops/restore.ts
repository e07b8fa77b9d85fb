// `npm run restore -- FILE`: loads a backup (lib/ops/backup.ts) into an empty database of either kind. The schema
// is rebuilt from this build's migration files, exactly up to the backup's version, then the rows are loaded in
// one transaction, sequences are moved past the restored rows, and counts and the audit head are checked.
import fs from "node:fs";
import path from "node:path";
import readline from "node:readline";
import zlib from "node:zlib";
import { expectedMigrations, MIGRATIONS_DIR } from "@/lib/db/schema-status";
import { BACKUP_FORMAT, BACKUP_FORMAT_VERSION, type BackupHeader } from "./backup";
import { quoteIdent, type SqlConnection } from "./sql-connection";

export class RestoreRefused extends Error {
  constructor(message: string) {
    super(message);
    this.name = "RestoreRefused";
  }
}

// Prisma's own bookkeeping table, as `migrate deploy` creates it.
const PRISMA_MIGRATIONS_TABLE = `CREATE TABLE "_prisma_migrations" (
  "id" VARCHAR(36) PRIMARY KEY NOT NULL,
  "checksum" VARCHAR(64) NOT NULL,
  "finished_at" TIMESTAMPTZ,
  "migration_name" VARCHAR(255) NOT NULL,
  "logs" TEXT,
  "rolled_back_at" TIMESTAMPTZ,
  "started_at" TIMESTAMPTZ NOT NULL DEFAULT now(),
  "applied_steps_count" INTEGER NOT NULL DEFAULT 0
)`;

const BATCH = 500;

async function* backupLines(file: string): AsyncGenerator<string> {
  const lines = readline.createInterface({
    input: fs.createReadStream(file).pipe(zlib.createGunzip()),
    crlfDelay: Infinity,
  });
  for await (const line of lines) if (line) yield line;
}

export async function readBackupHeader(file: string): Promise<BackupHeader> {
  for await (const line of backupLines(file)) return parseHeader(line);
  throw new RestoreRefused(`${file} is empty`);
}

function parseHeader(line: string): BackupHeader {
  let header: BackupHeader;
  try {
    header = JSON.parse(line) as BackupHeader;
  } catch {
    throw new RestoreRefused("This file is not a Spine Intake backup.");
  }
  if (header.format !== BACKUP_FORMAT) throw new RestoreRefused("This file is not a Spine Intake backup.");
  if (header.formatVersion > BACKUP_FORMAT_VERSION)
    throw new RestoreRefused(
      "This backup was written by a newer version of Spine Intake; restore it with that version.",
    );
  return header;
}

/** Refuses unless the target has no tables at all: a restore never mixes with or overwrites existing data. */
async function assertEmpty(conn: SqlConnection, header: BackupHeader) {
  const tables = await conn.query<{ name: string }>(
    `SELECT tablename::text AS name FROM pg_tables WHERE schemaname = 'public'`,
  );
  if (tables.length === 0) return;
  if (tables.some((t) => t.name === "_prisma_migrations")) {
    const applied = await conn.query<{ name: string }>(`SELECT migration_name AS name FROM _prisma_migrations`);
    const inBackup = new Set(header.migrations.map((m) => m.name));
    const newer = applied.filter((m) => !inBackup.has(m.name));
    if (newer.length > 0)
      throw new RestoreRefused(
        `The target database is at a newer schema than the backup (${newer.length} migration(s) the backup does not have). Restore into a new, empty database.`,
      );
  }
  for (const table of tables) {
    const [row] = await conn.query<{ any: boolean }>(
      `SELECT EXISTS (SELECT 1 FROM ${quoteIdent(table.name)}) AS "any"`,
    );
    if (row?.any)
      throw new RestoreRefused(
        `The target database is not empty (table ${table.name} has rows). Restore into a new, empty database.`,
      );
  }
  throw new RestoreRefused(
    "The target database already has tables (but no data). Restore into a new, empty database: the restore creates the schema itself.",
  );
}

export type RestoreResult = { header: BackupHeader; counts: Record<string, number>; auditHeadHash: string | null };

export async function restoreBackup(
  conn: SqlConnection,
  file: string,
  migrationsDir = MIGRATIONS_DIR,
): Promise<RestoreResult> {
  const header = await readBackupHeader(file);
  const known = new Map(expectedMigrations(migrationsDir).map((m) => [m.name, m]));
  const unknown = header.migrations.filter((m) => !known.has(m.name));
  if (unknown.length > 0)
    throw new RestoreRefused(
      `The backup is at a newer schema than this version of Spine Intake (${unknown.map((m) => m.name).join(", ")}). Restore it with the version that wrote it (${header.appVersion}) or later.`,
    );
  await assertEmpty(conn, header);

  await conn.query("BEGIN");
  try {
    await conn.exec(PRISMA_MIGRATIONS_TABLE);
    for (const migration of header.migrations)
      await conn.exec(fs.readFileSync(path.join(migrationsDir, migration.name, "migration.sql"), "utf8"));

    let table: string | null = null;
    let batch: unknown[] = [];
    const flush = async () => {
      if (!table || batch.length === 0) return;
      // Generated columns (e.g. Submission.acknowledged) are computed by the database and refuse a value.
      const columns = (
        await conn.query<{ c: string }>(
          `SELECT column_name::text AS c FROM information_schema.columns
            WHERE table_schema = 'public' AND table_name = $1 AND is_generated = 'NEVER' ORDER BY ordinal_position`,
          [table],
        )
      )
        .map(({ c }) => quoteIdent(c))
        .join(", ");
      await conn.query(
        `INSERT INTO ${quoteIdent(table)} (${columns}) SELECT ${columns} FROM jsonb_populate_recordset(NULL::${quoteIdent(table)}, $1::jsonb)`,
        [JSON.stringify(batch)],
      );
      batch = [];
    };
    let first = true;
    for await (const line of backupLines(file)) {
      if (first) {
        first = false;
        continue;
      }
      const entry = JSON.parse(line) as { t: string; r: unknown };
      if (entry.t !== table) {
        await flush();
        table = entry.t;
      }
      batch.push(entry.r);
      if (batch.length >= BATCH) await flush();
    }
    await flush();

    // Sequences (AuditEvent.seq) continue after the restored rows, or the next event would collide.
    const serials = await conn.query<{ t: string; c: string }>(
      `SELECT table_name::text AS t, column_name::text AS c FROM information_schema.columns
        WHERE table_schema = 'public' AND column_default LIKE 'nextval(%'`,
    );
    for (const { t, c } of serials) {
      await conn.query(
        `SELECT setval(pg_get_serial_sequence($1, $2), coalesce((SELECT max(${quoteIdent(c)}) FROM ${quoteIdent(t)}), 1),
                (SELECT max(${quoteIdent(c)}) FROM ${quoteIdent(t)}) IS NOT NULL)`,
        [quoteIdent(t), c],
      );
    }

    const counts: Record<string, number> = {};
    for (const name of Object.keys(header.counts)) {
      const [row] = await conn.query<{ n: string }>(`SELECT count(*)::text AS n FROM ${quoteIdent(name)}`);
      counts[name] = Number(row?.n ?? 0);
    }
    const mismatched = Object.keys(header.counts).filter((name) => counts[name] !== header.counts[name]);
    if (mismatched.length > 0) throw new Error(`Row counts differ from the backup's for: ${mismatched.join(", ")}`);
    const head = await conn.query<{ hash: string | null }>(
      `SELECT "hash" FROM "AuditEvent" ORDER BY "seq" DESC LIMIT 1`,
    );
    const auditHeadHash = head[0]?.hash ?? null;
    if (auditHeadHash !== header.auditHeadHash)
      throw new Error("The audit chain's last hash differs from the backup's");
    await conn.query("COMMIT");
    return { header, counts, auditHeadHash };
  } catch (error) {
    await conn.query("ROLLBACK").catch(() => {});
    throw error;
  }
}
