// `npm run backup`: one consistent, versioned file from either database — gzip'd JSON lines: a header (schema
// version, app version, time, row counts, the audit chain's last hash), then every row of every table.
import fs from "node:fs";
import { once } from "node:events";
import zlib from "node:zlib";
import { quoteIdent, tablesInLoadOrder, type SqlConnection } from "./sql-connection";

export const BACKUP_FORMAT = "spine-intake-backup";
export const BACKUP_FORMAT_VERSION = 1;

export type BackupHeader = {
  format: typeof BACKUP_FORMAT;
  formatVersion: number;
  appVersion: string;
  createdAt: string;
  source: SqlConnection["kind"];
  /** Applied migrations, in order: the schema the rows fit. */
  migrations: { name: string; checksum: string }[];
  /** Tables in load order, with their row counts. */
  counts: Record<string, number>;
  auditHeadHash: string | null;
};

const BATCH = 1_000;

export async function writeBackup(
  conn: SqlConnection,
  file: string,
  appVersion: string,
  now = new Date(),
): Promise<BackupHeader> {
  const out = zlib.createGzip({ level: 6 });
  const sink = fs.createWriteStream(file, { mode: 0o600 });
  out.pipe(sink);
  const write = async (line: string) => {
    if (!out.write(line + "\n")) await once(out, "drain");
  };
  // One snapshot for the whole file: the counts, the audit head and the rows agree with each other.
  await conn.query("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY");
  try {
    const tables = await tablesInLoadOrder(conn);
    const counts: Record<string, number> = {};
    for (const table of tables) {
      const [row] = await conn.query<{ n: string }>(`SELECT count(*)::text AS n FROM ${quoteIdent(table)}`);
      counts[table] = Number(row?.n ?? 0);
    }
    const migrations = tables.includes("_prisma_migrations")
      ? await conn.query<{ name: string; checksum: string }>(
          `SELECT migration_name AS name, checksum FROM _prisma_migrations
            WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL ORDER BY migration_name`,
        )
      : [];
    const head = tables.includes("AuditEvent")
      ? await conn.query<{ hash: string | null }>(`SELECT "hash" FROM "AuditEvent" ORDER BY "seq" DESC LIMIT 1`)
      : [];
    const header: BackupHeader = {
      format: BACKUP_FORMAT,
      formatVersion: BACKUP_FORMAT_VERSION,
      appVersion,
      createdAt: now.toISOString(),
      source: conn.kind,
      migrations,
      counts,
      auditHeadHash: head[0]?.hash ?? null,
    };
    await write(JSON.stringify(header));
    for (const table of tables) {
      await conn.query(
        `DECLARE backup_rows NO SCROLL CURSOR FOR SELECT to_jsonb(t)::text AS j FROM ${quoteIdent(table)} t`,
      );
      for (;;) {
        const rows = await conn.query<{ j: string }>(`FETCH ${BATCH} FROM backup_rows`);
        for (const row of rows) await write(`{"t":${JSON.stringify(table)},"r":${row.j}}`);
        if (rows.length < BATCH) break;
      }
      await conn.query("CLOSE backup_rows");
    }
    await conn.query("COMMIT");
    out.end();
    await once(sink, "finish");
    return header;
  } catch (error) {
    await conn.query("ROLLBACK").catch(() => {});
    out.destroy();
    sink.destroy();
    throw error;
  }
}
