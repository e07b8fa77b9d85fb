// Which database to use, shared by the app, the Prisma CLI config and the scripts. Kept free of
// "server-only" and Next.js imports because prisma.config.ts and the bootstrap script load it too.
import path from "node:path";

export type DatabaseTarget = { kind: "pglite"; dataDir: string } | { kind: "postgres"; url: string };

export const DEFAULT_PGLITE_DIR = ".data/pglite";

/** `DATABASE_URL` unset or `pglite:<dir>` → embedded PGlite; `postgres(ql)://…` → a PostgreSQL server. */
export function resolveDatabaseTarget(url: string | undefined = process.env.DATABASE_URL): DatabaseTarget {
  if (!url || url.trim() === "")
    return { kind: "pglite", dataDir: path.resolve(/*turbopackIgnore: true*/ DEFAULT_PGLITE_DIR) };
  if (url.startsWith("pglite:")) {
    const rest = url.slice("pglite:".length);
    if (rest.startsWith("memory://")) return { kind: "pglite", dataDir: rest };
    return { kind: "pglite", dataDir: path.resolve(/*turbopackIgnore: true*/ rest || DEFAULT_PGLITE_DIR) };
  }
  if (url.startsWith("postgres://") || url.startsWith("postgresql://")) return { kind: "postgres", url };
  throw new Error("DATABASE_URL must start with postgresql:// (or pglite:<directory> for the embedded database)");
}
