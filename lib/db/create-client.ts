// Builds a Prisma client over PGlite or PostgreSQL. No "server-only": the bootstrap script uses it too.
import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import { PrismaPGlite } from "pglite-prisma-adapter";
import type { DatabaseTarget } from "./database-url";
import { PrismaClient } from "./generated/prisma/client";
import { openPglite } from "./pglite";

export type Db = PrismaClient;

/**
 * Bounds on waiting for a database that does not answer (a frozen server, a failover, an exhausted pool), so a
 * request fails with "try again" in seconds instead of hanging for the whole stall. Every statement the app runs
 * takes milliseconds; the largest (a CSV export of the whole queue) well under the statement limit.
 */
export const DATABASE_TIMEOUTS = {
  /** Waiting for a free connection from the pool, or for a new one to connect. */
  acquireMs: 5_000,
  /** One statement: ended by the server (statement_timeout) and, if the server itself is frozen, by the client. */
  statementMs: 10_000,
  /** An interactive transaction: its wait to start, and its whole run. */
  transactionWaitMs: 10_000,
  transactionMs: 15_000,
} as const;

export async function createDbClient(target: DatabaseTarget): Promise<Db> {
  const adapter =
    target.kind === "postgres"
      ? new PrismaPg(publishPool(postgresPool(target.url)), { disposeExternalPool: true })
      : new PrismaPGlite(await openPglite(target.dataDir));
  return new PrismaClient({
    adapter,
    transactionOptions: { maxWait: DATABASE_TIMEOUTS.transactionWaitMs, timeout: DATABASE_TIMEOUTS.transactionMs },
    // Query and info logs print statements with their parameters (patients' answers): never on. Errors are thrown,
    // not logged, and the patient paths rethrow them without parameters (lib/db/errors.ts, withoutParameters).
    log: [{ emit: "stdout", level: "warn" }],
    errorFormat: "minimal",
  });
}

/** Made here rather than by the adapter so the metrics endpoint can read how busy it is (the adapter ends it). */
function postgresPool(url: string): pg.Pool {
  return new pg.Pool({
    connectionString: url,
    max: DATABASE_POOL_SIZE,
    connectionTimeoutMillis: DATABASE_TIMEOUTS.acquireMs,
    statement_timeout: DATABASE_TIMEOUTS.statementMs,
    // The client-side bound fires a little later, so a live server reports its own timeout first.
    query_timeout: DATABASE_TIMEOUTS.statementMs + 2_000,
    idle_in_transaction_session_timeout: DATABASE_TIMEOUTS.transactionMs + 5_000,
  });
}

export const DATABASE_POOL_SIZE = 10;

const globalForPool = globalThis as unknown as { __spineDbPool?: pg.Pool };

function publishPool(pool: pg.Pool): pg.Pool {
  // An idle connection the server ends (restart, failover) must not crash the process: the next query reconnects.
  pool.on("error", () => undefined);
  globalForPool.__spineDbPool = pool;
  return pool;
}

/** The PostgreSQL pool of this process's latest client, if any (PGlite has none: one connection in process). */
export function currentPostgresPool(): pg.Pool | undefined {
  return globalForPool.__spineDbPool;
}
