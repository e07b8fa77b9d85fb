// One plain SQL connection to either database, for backup, restore and db:move: they need a single session (one
// snapshot, one transaction) for minutes, which Prisma's interactive transactions are not meant for.
import pg from "pg";
import type { DatabaseTarget } from "@/lib/db/database-url";
import { openPglite } from "@/lib/db/pglite";

export type SqlConnection = {
  kind: DatabaseTarget["kind"];
  query<T = Record<string, unknown>>(sql: string, params?: unknown[]): Promise<T[]>;
  /** Several statements without parameters (a migration file). */
  exec(sql: string): Promise<void>;
  close(): Promise<void>;
};

export async function openSqlConnection(target: DatabaseTarget): Promise<SqlConnection> {
  if (target.kind === "pglite") {
    const pglite = await openPglite(target.dataDir);
    return {
      kind: "pglite",
      query: async <T>(sql: string, params?: unknown[]) => (await pglite.query<T>(sql, params)).rows,
      exec: async (sql) => void (await pglite.exec(sql)),
      close: () => pglite.close(),
    };
  }
  const client = new pg.Client({ connectionString: target.url });
  await client.connect();
  return {
    kind: "postgres",
    query: async <T>(sql: string, params?: unknown[]) => (await client.query(sql, params)).rows as T[],
    exec: async (sql) => void (await client.query(sql)),
    close: () => client.end(),
  };
}

/** The application's tables, parents before children (foreign keys), so rows load in that order. */
export async function tablesInLoadOrder(conn: SqlConnection): Promise<string[]> {
  const tables = (
    await conn.query<{ name: string }>(`SELECT tablename::text AS name FROM pg_tables WHERE schemaname = 'public'`)
  ).map((t) => t.name);
  const edges = await conn.query<{ child: string; parent: string }>(
    `SELECT ch.relname::text AS child, pa.relname::text AS parent
       FROM pg_constraint c
       JOIN pg_class ch ON ch.oid = c.conrelid JOIN pg_class pa ON pa.oid = c.confrelid
       JOIN pg_namespace n ON n.oid = c.connamespace
      WHERE c.contype = 'f' AND n.nspname = 'public' AND c.conrelid <> c.confrelid`,
  );
  const ordered: string[] = [];
  const visit = (table: string, seen: Set<string>) => {
    if (ordered.includes(table) || seen.has(table)) return;
    seen.add(table);
    for (const e of edges) if (e.child === table) visit(e.parent, seen);
    ordered.push(table);
  };
  for (const table of tables.sort()) visit(table, new Set());
  return ordered;
}

export const quoteIdent = (name: string) => `"${name.replaceAll('"', '""')}"`;
