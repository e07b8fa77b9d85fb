// Builds a Prisma client over PGlite or PostgreSQL. No "server-only": the bootstrap script uses it too.
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaPGlite } from "pglite-prisma-adapter";
import type { DatabaseTarget } from "./database-url";
import { PrismaClient } from "./generated/prisma/client";
import { openPglite } from "./pglite";

export type Db = PrismaClient;

export async function createDbClient(target: DatabaseTarget): Promise<Db> {
  const adapter =
    target.kind === "postgres"
      ? new PrismaPg({ connectionString: target.url, max: 10 })
      : new PrismaPGlite(await openPglite(target.dataDir));
  return new PrismaClient({
    adapter,
    // Generous waits: under a burst, queueing for a connection is better than failing a patient's submission.
    transactionOptions: { maxWait: 15_000, timeout: 15_000 },
    // Query and info logs print statements with their parameters (patients' answers): never on. Errors are thrown,
    // not logged, and the patient paths rethrow them without parameters (lib/db/errors.ts, withoutParameters).
    log: [{ emit: "stdout", level: "warn" }],
    errorFormat: "minimal",
  });
}
