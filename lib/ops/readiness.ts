import "server-only";
import fs from "node:fs";
import path from "node:path";
import { getDb } from "@/lib/db/client";
import { resolveDatabaseTarget } from "@/lib/db/database-url";
import { describeSchemaStatus, schemaStatus } from "@/lib/db/schema-status";
import { withTimeout } from "./with-timeout";

/** A health answer within this, database or not: load balancers time out at a few seconds. */
export const HEALTH_CHECK_TIMEOUT_MS = 2_000;
/** Below this much free space the embedded database is about to fail writes (PostgreSQL's disk is the server's). */
export const MIN_FREE_DISK_BYTES = 64 * 1024 * 1024;

export type CheckResult = { ok: true } | { ok: false; reason: string };
export type Readiness = {
  ok: boolean;
  checks: { database: CheckResult; schema: CheckResult; write: CheckResult; disk: CheckResult };
};

const OK: CheckResult = { ok: true };
const fail = (reason: string): CheckResult => ({ ok: false, reason });
const SKIPPED = fail("not checked: the database does not answer");

/** Liveness: the process answers and its database answers a query, within HEALTH_CHECK_TIMEOUT_MS. */
export async function checkDatabase(): Promise<CheckResult> {
  try {
    await withTimeout(
      getDb().then((db) => db.$queryRaw`SELECT 1`),
      HEALTH_CHECK_TIMEOUT_MS,
      "the database",
    );
    return OK;
  } catch (error) {
    return fail(error instanceof Error && error.name === "TimedOutError" ? error.message : "database unavailable");
  }
}

/**
 * Readiness: able to take a patient's submission now — the database answers, is at this build's schema, and
 * commits a write (a full disk or a read-only replica fails that while reads still work).
 */
export async function checkReadiness(): Promise<Readiness> {
  const database = await checkDatabase();
  const disk = checkDisk();
  if (!database.ok) return { ok: false, checks: { database, schema: SKIPPED, write: SKIPPED, disk } };
  const db = await getDb();
  const [schema, write] = await Promise.all([
    withTimeout(schemaStatus(db), HEALTH_CHECK_TIMEOUT_MS, "the schema check").then(
      (status) => (status.state === "current" ? OK : fail(describeSchemaStatus(status))),
      (error: unknown) => fail(reasonOf(error, "could not read the applied migrations")),
    ),
    withTimeout(
      db.$executeRaw`INSERT INTO "HealthProbe" ("id", "checkedAt") VALUES ('ready', now())
        ON CONFLICT ("id") DO UPDATE SET "checkedAt" = excluded."checkedAt"`,
      HEALTH_CHECK_TIMEOUT_MS,
      "a test write",
    ).then(
      () => OK,
      (error: unknown) => fail(reasonOf(error, "a test write failed")),
    ),
  ]);
  return { ok: schema.ok && write.ok && disk.ok, checks: { database, schema, write, disk } };
}

// The error's own message only for our timeouts: a database error's message can quote a statement's values.
const reasonOf = (error: unknown, fallback: string) =>
  error instanceof Error && error.name === "TimedOutError" ? error.message : fallback;

function checkDisk(): CheckResult {
  const target = resolveDatabaseTarget();
  if (target.kind !== "pglite" || target.dataDir.startsWith("memory://")) return OK;
  try {
    // Before the first open the directory may not exist yet: its disk is its nearest existing parent's.
    let dir = target.dataDir;
    while (!fs.existsSync(dir) && path.dirname(dir) !== dir) dir = path.dirname(dir);
    const stats = fs.statfsSync(dir);
    const free = stats.bavail * stats.bsize;
    return free >= MIN_FREE_DISK_BYTES
      ? OK
      : fail(`the embedded database's disk has ${Math.floor(free / 1024 / 1024)} MB free`);
  } catch {
    return fail("could not read the embedded database's free disk space");
  }
}
