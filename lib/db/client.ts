import "server-only";
import { createDbClient, type Db } from "./create-client";
import { resolveDatabaseTarget } from "./database-url";

export type { Db } from "./create-client";

// One client per process (PGlite allows one process per data directory; PostgreSQL pools are per client).
const globalForDb = globalThis as unknown as { __spineIntakeDb?: Promise<Db> };

/** The process's database client, opened lazily from DATABASE_URL. */
export function getDb(): Promise<Db> {
  globalForDb.__spineIntakeDb ??= createDbClient(resolveDatabaseTarget());
  return globalForDb.__spineIntakeDb;
}

/** Tests install a client for an isolated database here (a real PGlite or PostgreSQL database, not a mock). */
export function setDbForProcess(db: Promise<Db> | undefined) {
  globalForDb.__spineIntakeDb = db;
}
