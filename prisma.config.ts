import path from "node:path";
import { defineConfig } from "prisma/config";
import { resolveDatabaseTarget } from "./lib/db/database-url";
import { createMigrationAdapter } from "./lib/db/migration-adapter";

const target = resolveDatabaseTarget(process.env.DATABASE_URL);
// The schema's `url` must parse as a PostgreSQL URL even on the embedded default, or the CLI falls back
// to downloading native engines. This sentinel is never dialled: the adapter below decides where
// migrations go.
if (target.kind === "pglite") process.env.DATABASE_URL = "postgresql://embedded-pglite.invalid/spine";

export default defineConfig({
  experimental: { adapter: true },
  engine: "js",
  schema: path.join("prisma", "schema.prisma"),
  migrations: { path: path.join("prisma", "migrations") },
  adapter: () => createMigrationAdapter(target),
});
