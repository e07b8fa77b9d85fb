// `npm run db:move -- postgresql://…`: copies the embedded database (DATABASE_URL unset or pglite:<dir>) to an
// empty PostgreSQL database through a backup file, verifies counts and the audit chain, and says what to set.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { PrismaPg } from "@prisma/adapter-pg";
import { verifyStoredAuditChain } from "@/lib/db/audit/verify-audit-chain";
import { resolveDatabaseTarget } from "@/lib/db/database-url";
import { PrismaClient } from "@/lib/db/generated/prisma/client";
import { writeBackup } from "@/lib/ops/backup";
import { restoreBackup } from "@/lib/ops/restore";
import { openSqlConnection } from "@/lib/ops/sql-connection";

async function main() {
  const destination = resolveDatabaseTarget(process.argv[2]);
  if (destination.kind !== "postgres")
    throw new Error("Name the PostgreSQL database: npm run db:move -- postgresql://…");
  const source = resolveDatabaseTarget();
  if (source.kind !== "pglite") throw new Error("DATABASE_URL already names a PostgreSQL server: nothing to move.");
  const started = Date.now();
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "spine-move-")), "move.jsonl.gz");
  const appVersion = (JSON.parse(fs.readFileSync("package.json", "utf8")) as { version: string }).version;
  const from = await openSqlConnection(source);
  try {
    await writeBackup(from, file, appVersion);
  } finally {
    await from.close();
  }
  const to = await openSqlConnection(destination);
  let rows = 0;
  try {
    const { counts } = await restoreBackup(to, file);
    rows = Object.values(counts).reduce((a, b) => a + b, 0);
  } finally {
    await to.close();
    fs.rmSync(path.dirname(file), { recursive: true, force: true });
  }
  const db = new PrismaClient({ adapter: new PrismaPg({ connectionString: destination.url }) });
  try {
    const { checked, breaks } = await verifyStoredAuditChain(db);
    if (breaks.length > 0)
      throw new Error(`The audit chain does not verify on the new database (${breaks.length} breaks).`);
    console.log(
      `Moved ${rows} rows in ${Date.now() - started} ms; counts match and the audit chain verifies (${checked} events).\n` +
        `Now stop the portal, set DATABASE_URL=${destination.url} (in its environment), and start it again.\n` +
        `Keep ${source.dataDir} until you are sure: it is your way back.`,
    );
  } finally {
    await db.$disconnect();
  }
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(`Move failed: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  },
);
