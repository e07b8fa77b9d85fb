import "server-only";
import { createDbClient, type Db } from "./create-client";
import { resolveDatabaseTarget } from "./database-url";
import { DatabaseUnavailableError } from "./errors";

export type { Db } from "./create-client";

// One client per process (PGlite allows one process per data directory; PostgreSQL pools are per client).
const globalForDb = globalThis as unknown as { __spineIntakeDb?: Promise<Db> };

/**
 * The process's database client, opened lazily from DATABASE_URL. A failed open is forgotten, so the next
 * request tries again: a data directory locked for a moment at start-up must not fail every request for ever.
 */
export function getDb(): Promise<Db> {
  if (!globalForDb.__spineIntakeDb) {
    const opening = createDbClient(resolveDatabaseTarget()).catch((error: unknown) => {
      throw new DatabaseUnavailableError(
        `The database could not be opened: ${error instanceof Error ? error.message : String(error)}`,
        { cause: error },
      );
    });
    globalForDb.__spineIntakeDb = opening;
    opening.catch(() => {
      if (globalForDb.__spineIntakeDb === opening) globalForDb.__spineIntakeDb = undefined;
    });
  }
  return globalForDb.__spineIntakeDb;
}

/** Tests install a client for an isolated database here (a real PGlite or PostgreSQL database, not a mock). */
export function setDbForProcess(db: Promise<Db> | undefined) {
  globalForDb.__spineIntakeDb = db;
}
