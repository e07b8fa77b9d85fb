// `npm run backup [-- FILE]`: writes a backup of the database DATABASE_URL names (see lib/ops/backup.ts).
import fs from "node:fs";
import path from "node:path";
import { resolveDatabaseTarget } from "@/lib/db/database-url";
import { writeBackup } from "@/lib/ops/backup";
import { openSqlConnection } from "@/lib/ops/sql-connection";

async function main() {
  const stamp = new Date().toISOString().replaceAll(":", "-").replace(/\..*/, "");
  const file = process.argv[2] ?? path.join("backups", `spine-intake-${stamp}.jsonl.gz`);
  fs.mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
  const appVersion = (JSON.parse(fs.readFileSync("package.json", "utf8")) as { version: string }).version;
  const started = Date.now();
  const conn = await openSqlConnection(resolveDatabaseTarget());
  try {
    const header = await writeBackup(conn, file, appVersion);
    const rows = Object.values(header.counts).reduce((a, b) => a + b, 0);
    console.log(
      `Backup written to ${file}: ${rows} rows, ${fs.statSync(file).size} bytes, ${Date.now() - started} ms (schema ${header.migrations.at(-1)?.name ?? "none"}).`,
    );
  } finally {
    await conn.close();
  }
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(`Backup failed: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  },
);
