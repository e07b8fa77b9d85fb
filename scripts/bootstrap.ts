// Prepares a database before the server starts: migrations, the default question set, and — while no
// staff account exists — a one-time setup link. Run by scripts/start.mjs; safe to run repeatedly.
import { spawnSync } from "node:child_process";
import { readOrCreateAuthSecret } from "@/lib/auth-secret";
import { getDb } from "@/lib/db/client";
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

  const seeded = await seedDefaultQuestionSet();
  if (seeded === "created") console.log("[spine-intake] published the default back-spasm question set (version 1)");

  const { expiredDrafts } = await runHousekeeping();
  if (expiredDrafts > 0) console.log(`[spine-intake] deleted ${expiredDrafts} expired unfinished intake(s)`);

  const token = await issueSetupTokenIfNoStaff();
  if (token) {
    const base = process.env.NEXTAUTH_URL ?? `http://localhost:${process.env.PORT ?? 3000}`;
    console.log(
      `\n[spine-intake] No staff account exists yet. Open this one-time link to create the admin account:\n\n    ${base}/setup?token=${token}\n`,
    );
  }
  await (await getDb()).$disconnect();
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(`[spine-intake] start-up failed: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  },
);
