// Driver adapters for the Prisma CLI's JavaScript schema engine (prisma.config.ts).
import pg from "pg";
import { PrismaPg } from "@prisma/adapter-pg";
import type { PGlite } from "@electric-sql/pglite";
import { PrismaPGlite } from "pglite-prisma-adapter";
import type { DatabaseTarget } from "./database-url";
import { openPglite } from "./pglite";

const PG_NAME_OID = 19;
const PG_TEXT_OID = 25;

/**
 * The schema engine reads catalog columns of type `name`, which @prisma/adapter-pg 6.19 rejects as an
 * unsupported type (prisma/orm#27403). `name` is text in all but storage, so results report it as text.
 * Used only for migrations; the app's own queries never select `name` columns.
 */
export class NameAsTextClient extends pg.Client {
  // pg's overloads make a typed override impractical; the wrapper only rewrites result metadata, for
  // both the promise form and the callback form that pg.Pool#query uses.
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  override query(...args: any[]): any {
    const last = args[args.length - 1];
    if (typeof last === "function") {
      args[args.length - 1] = (error: Error | null, res: pg.QueryResult) => last(error, error ? res : nameAsText(res));
    }
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    const result = (super.query as (...a: any[]) => any)(...args);
    return result && typeof result.then === "function" ? result.then(nameAsText) : result;
  }
}

function nameAsText<T extends pg.QueryResult | pg.QueryResult[]>(res: T): T {
  for (const r of Array.isArray(res) ? res : [res]) {
    for (const field of r?.fields ?? []) {
      if (field.dataTypeID === PG_NAME_OID) field.dataTypeID = PG_TEXT_OID;
    }
  }
  return res;
}

export async function createMigrationAdapter(target: DatabaseTarget) {
  if (target.kind === "postgres") {
    return new WholeScriptPg({ connectionString: target.url, Client: NameAsTextClient });
  }
  unrefPgliteTimers();
  return new ClosingPGliteFactory(await openPglite(target.dataDir));
}

/**
 * PGlite arms PostgreSQL's timeouts as Node timers (Emscripten's setitimer), and the Prisma CLI never
 * disposes its adapter, so after `migrate deploy` those timers keep the CLI alive for good. In the CLI
 * process only, timers armed by PGlite are unref'd: they still fire while work is pending, but no
 * longer hold the process open once the command is done.
 */
function unrefPgliteTimers() {
  const original = globalThis.setTimeout;
  const patched = ((...args: Parameters<typeof setTimeout>) => {
    const timer = original(...args);
    if (new Error().stack?.includes("__setitimer_js")) timer.unref();
    return timer;
  }) as typeof setTimeout;
  globalThis.setTimeout = Object.assign(patched, original);
}

/**
 * pglite-prisma-adapter's dispose() leaves the database open, which keeps the CLI process alive after
 * `migrate deploy` has finished. Closing it on dispose lets the CLI exit and frees the data directory.
 */
class ClosingPGliteFactory extends PrismaPGlite {
  constructor(private readonly pglite: PGlite) {
    super(pglite);
  }

  override async connect() {
    const adapter = await super.connect();
    const pglite = this.pglite;
    return Object.assign(adapter, {
      async dispose() {
        if (!pglite.closed) await pglite.close();
      },
    });
  }
}

/**
 * @prisma/adapter-pg runs a migration script by splitting it on every ";", which cuts dollar-quoted function
 * bodies (triggers) apart. PostgreSQL runs a multi-statement script as one simple query, so the script is sent
 * whole; the schema engine wraps each migration in its own transaction as before.
 */
class WholeScriptPg extends PrismaPg {
  override async connect() {
    const adapter = await super.connect();
    const pool = adapter.underlyingDriver() as pg.Pool;
    return Object.assign(adapter, {
      async executeScript(script: string) {
        await pool.query(script);
      },
    });
  }
}
