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

/**
 * The same failure with nothing but its kind and code: a driver's message and Prisma's `meta` can quote the
 * statement's parameters (a patient's name, date of birth, answers), and whatever is thrown ends in the server log.
 */
export function withoutParameters(error: unknown): Error {
  const code =
    error instanceof Prisma.PrismaClientKnownRequestError
      ? error.code
      : typeof (error as { code?: unknown } | null)?.code === "string"
        ? (error as { code: string }).code
        : "unknown";
  const name = error instanceof Error ? error.name : "Error";
  const redacted = new Error(`Database operation failed (${name}, code ${code})`);
  redacted.name = "DatabaseError";
  return redacted;
}
