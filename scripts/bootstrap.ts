// Prepares a database before the server starts: migrations (only when some are pending), the default question set, and — while no
// staff account exists — a one-time setup link. Run by scripts/start.mjs; safe to run repeatedly.
import { spawnSync } from "node:child_process";
import { readOrCreateAuthSecret } from "@/lib/auth-secret";
import { PrismaPGlite } from "pglite-prisma-adapter";
import { getDb, setDbForProcess } from "@/lib/db/client";
import { resolveDatabaseTarget } from "@/lib/db/database-url";
import { PrismaClient } from "@/lib/db/generated/prisma/client";
import { openPglite } from "@/lib/db/pglite";
import { schemaStatus, type SchemaStatus } from "@/lib/db/schema-status";
import { seedDefaultQuestionSet } from "@/lib/db/question-sets/seed-default-question-set";
import { issueSetupTokenIfNoStaff } from "@/lib/db/setup/issue-setup-token";
import { runHousekeeping } from "@/lib/housekeeping/housekeeping";

async function main() {
  if (!process.env.AUTH_SECRET) {
    // Several instances on one PostgreSQL would each make their own secret (lib/env.ts refuses it too).
    if (/^postgres(ql)?:/.test(process.env.DATABASE_URL ?? ""))
      throw new Error(
        "AUTH_SECRET must be set when DATABASE_URL points at PostgreSQL (the same value on every instance)",
      );
    readOrCreateAuthSecret();
  }

  const status = await currentSchemaStatus();
  if (status === "ahead") {
    throw new Error(
      "The database has migrations this version of the app does not know: it was used by a newer version. Start that version, or restore a backup made by this one.",
    );
  }
  if (status === "current") {
    // Nothing to apply: skip the Prisma CLI, whose start alone takes seconds (and longer on a loaded machine).
    console.log("[spine-intake] database: up to date");
  } else {
    const migrate = spawnSync(process.execPath, ["node_modules/prisma/build/index.js", "migrate", "deploy"], {
      stdio: ["ignore", "pipe", "pipe"],
      encoding: "utf8",
    });
    if (migrate.status !== 0) {
      process.stderr.write(migrate.stdout + migrate.stderr);
      throw new Error("Database migrations failed (see above)");
    }
    console.log(
      `[spine-intake] database: ${/No pending migrations/.test(migrate.stdout) ? "up to date" : "migrations applied"}`,
    );
  }

  const seeded = await seedDefaultQuestionSet();
  if (seeded === "created") console.log("[spine-intake] published the default back-spasm question set (version 1)");
  if (seeded === "upgraded") console.log("[spine-intake] published the new default back-spasm question set version");

  const { expiredProgress } = await runHousekeeping();
  if (expiredProgress > 0) console.log(`[spine-intake] deleted ${expiredProgress} expired unfinished intake(s)`);

  const token = await issueSetupTokenIfNoStaff();
  if (token) {
    const base = process.env.NEXTAUTH_URL ?? `http://localhost:${process.env.PORT ?? 3000}`;
    console.log(
      `\n[spine-intake] No staff account exists yet. Open this one-time link to create the admin account:\n\n    ${base}/setup?token=${token}\n`,
    );
  }
  await (await getDb()).$disconnect();
}

/**
 * Whether the database is already at this build's schema. On the embedded database the check's own client is
 * closed before `migrate deploy` runs, because only one process may open the data directory; when nothing is to
 * be applied it stays open for the rest of the start-up.
 */
async function currentSchemaStatus(): Promise<SchemaStatus["state"]> {
  const target = resolveDatabaseTarget();
  if (target.kind === "postgres") return (await schemaStatus(await getDb())).state;
  const pglite = await openPglite(target.dataDir);
  const db = new PrismaClient({ adapter: new PrismaPGlite(pglite) });
  const { state } = await schemaStatus(db);
  if (state === "current") setDbForProcess(Promise.resolve(db));
  else await pglite.close();
  return state;
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(`[spine-intake] start-up failed: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  },
);
