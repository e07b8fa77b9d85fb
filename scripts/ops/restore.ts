// `npm run restore -- FILE`: loads a backup into the empty database DATABASE_URL names; refuses any other.
import { resolveDatabaseTarget } from "@/lib/db/database-url";
import { restoreBackup } from "@/lib/ops/restore";
import { openSqlConnection } from "@/lib/ops/sql-connection";

async function main() {
  const file = process.argv[2];
  if (!file) throw new Error("Name the backup file: npm run restore -- backups/spine-intake-….jsonl.gz");
  const started = Date.now();
  const conn = await openSqlConnection(resolveDatabaseTarget());
  try {
    const { counts, header } = await restoreBackup(conn, file);
    const rows = Object.values(counts).reduce((a, b) => a + b, 0);
    console.log(
      `Restored ${rows} rows from ${file} (written ${header.createdAt} by ${header.appVersion}) in ${Date.now() - started} ms; counts and the audit chain's last hash match. Run npm run audit:verify to walk the whole chain.`,
    );
  } finally {
    await conn.close();
  }
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(`Restore refused or failed: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  },
);
