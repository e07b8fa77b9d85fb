import { Prisma } from "./generated/prisma/client";

type AdapterCause = { kind?: unknown; code?: unknown; originalCode?: unknown };

/**
 * A duplicate key, on either adapter and from ORM or raw queries. ORM calls on @prisma/adapter-pg give Prisma's
 * P2002; raw queries give P2010 with the driver adapter's error in meta; pglite-prisma-adapter 0.6 passes
 * PostgreSQL's SQLSTATE 23505 through untranslated, on its own or inside P2010.
 */
export function isUniqueViolation(error: unknown): boolean {
  if (error instanceof Prisma.PrismaClientKnownRequestError) {
    if (error.code === "P2002") return true;
    const adapterError = (error.meta as { driverAdapterError?: { cause?: AdapterCause } } | undefined)
      ?.driverAdapterError;
    return error.code === "P2010" && isUniqueCause(adapterError?.cause);
  }
  const e = error as { name?: unknown; cause?: AdapterCause } | null;
  return e?.name === "DriverAdapterError" && isUniqueCause(e.cause);
}

function isUniqueCause(cause: AdapterCause | undefined): boolean {
  if (!cause) return false;
  return (
    cause.kind === "UniqueConstraintViolation" ||
    (cause.kind === "postgres" && cause.code === "23505") ||
    cause.originalCode === "23505"
  );
}

/** The database could not be opened (e.g. its data directory is locked by another process): the next request retries. */
export class DatabaseUnavailableError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = "DatabaseUnavailableError";
  }
}

// Prisma's codes for "could not reach / timed out / connection lost / pool exhausted / transaction expired or conflicted".
const UNAVAILABLE_PRISMA_CODES = new Set(["P1001", "P1002", "P1008", "P1017", "P2024", "P2028", "P2034", "P2037"]);
// SQLSTATE classes and codes that mean "try again later", not "this request is wrong": connection exceptions (08),
// insufficient resources such as a full disk (53), operator intervention such as a statement timeout or a shutdown
// (57), system and I/O errors (58), serialization failures and deadlocks (40), a read-only (standby) server (25006).
const UNAVAILABLE_SQLSTATE = /^(08|53|57|58|40)|^25006$/;
const UNAVAILABLE_ADAPTER_KINDS = new Set([
  "DatabaseNotReachable",
  "ConnectionClosed",
  "SocketTimeout",
  "TooManyConnections",
  "TransactionWriteConflict",
  "TransactionAlreadyClosed",
]);
// What pg and Node say when a server is frozen, gone or refusing: no SQLSTATE to go by.
const UNAVAILABLE_MESSAGES =
  /timeout exceeded when trying to connect|Query read timeout|Connection terminated|connection (is )?closed|ECONNREFUSED|ECONNRESET|ETIMEDOUT|EHOSTUNREACH|ENOSPC|Transaction already closed|Unable to start a transaction in the given time/i;

/**
 * The database is unreachable, frozen, full or refusing for now: the caller should answer 503 with Retry-After and
 * keep what the patient sent, rather than 500. Bugs (a bad statement, a constraint this code should have handled)
 * are not matched and stay 500.
 */
export function isDatabaseUnavailable(error: unknown, depth = 0): boolean {
  if (!error || typeof error !== "object" || depth > 5) return false;
  const e = error as {
    name?: unknown;
    code?: unknown;
    kind?: unknown;
    originalCode?: unknown;
    message?: unknown;
    cause?: unknown;
    meta?: { driverAdapterError?: unknown };
  };
  if (e.name === "DatabaseUnavailableError" || e.name === "TimedOutError") return true;
  if (error instanceof Prisma.PrismaClientInitializationError) return true;
  if (typeof e.code === "string" && (UNAVAILABLE_PRISMA_CODES.has(e.code) || UNAVAILABLE_SQLSTATE.test(e.code)))
    return true;
  if (typeof e.originalCode === "string" && UNAVAILABLE_SQLSTATE.test(e.originalCode)) return true;
  if (typeof e.kind === "string" && UNAVAILABLE_ADAPTER_KINDS.has(e.kind)) return true;
  if (typeof e.message === "string" && UNAVAILABLE_MESSAGES.test(e.message)) return true;
  return isDatabaseUnavailable(e.cause, depth + 1) || isDatabaseUnavailable(e.meta?.driverAdapterError, depth + 1);
}

/**
 * The same failure with nothing but its kind and code: a driver's message and Prisma's `meta` can quote the
 * statement's parameters (a patient's name, date of birth, answers), and whatever is thrown ends in the server log.
 * "The database is unavailable" survives the redaction, so callers still answer 503 rather than 500.
 */
export function withoutParameters(error: unknown): Error {
  const code =
    error instanceof Prisma.PrismaClientKnownRequestError
      ? error.code
      : typeof (error as { code?: unknown } | null)?.code === "string"
        ? (error as { code: string }).code
        : "unknown";
  const name = error instanceof Error ? error.name : "Error";
  const unavailable = isDatabaseUnavailable(error);
  const redacted = unavailable
    ? new DatabaseUnavailableError(`Database unavailable (${name}, code ${code})`)
    : new Error(`Database operation failed (${name}, code ${code})`);
  if (!unavailable) redacted.name = "DatabaseError";
  return redacted;
}
