import { Prisma } from "./generated/prisma/client";

/**
 * A duplicate key, on either adapter: @prisma/adapter-pg reports Prisma's P2002, while
 * pglite-prisma-adapter 0.6 passes PostgreSQL's SQLSTATE 23505 through untranslated.
 */
export function isUniqueViolation(error: unknown): boolean {
  if (error instanceof Prisma.PrismaClientKnownRequestError) return error.code === "P2002";
  const e = error as { name?: unknown; cause?: { kind?: unknown; code?: unknown } } | null;
  return e?.name === "DriverAdapterError" && e.cause?.kind === "postgres" && e.cause.code === "23505";
}
