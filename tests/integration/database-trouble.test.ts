// What the outside reliability test found, each as a behaviour: a locked or stale embedded database, a frozen or
// unreachable server, a database that reads but cannot write, and red-flag submissions during a stall.
import { spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import type * as RouteModule from "@/app/api/v1/submissions/route";
import { resumeProgressAction } from "@/lib/actions/intake/resume-progress";
import { getDb, setDbForProcess } from "@/lib/db/client";
import { createDbClient, type Db } from "@/lib/db/create-client";
import { newProgressToken } from "@/lib/db/progress/progress-token";
import { isDatabaseUnavailable } from "@/lib/db/errors";
import { openPglite, ownerIsRunning, processStartTime } from "@/lib/db/pglite";
import { seedDefaultQuestionSet } from "@/lib/db/question-sets/seed-default-question-set";
import { submitIntake } from "@/lib/db/submissions/submit-intake";
import { checkDatabase, checkReadiness } from "@/lib/ops/readiness";
import { addChannel } from "./helpers/alerts";
import { migrateDeploy } from "./helpers/migrate-deploy";
import {
  answersFor,
  createEmptyPostgresDatabase,
  newIdempotencyKey,
  openTestDatabase,
  type TestDatabase,
} from "./helpers/test-database";

process.env.AUTH_SECRET ??= "integration-tests-secret-integration-tests-secret";

const children: ChildProcess[] = [];
function startChild(command: string, args: string[]): Promise<ChildProcess> {
  const child = spawn(command, args, { stdio: "ignore" });
  children.push(child);
  return new Promise((resolve, reject) => {
    child.once("spawn", () => resolve(child));
    child.once("error", reject);
  });
}
function stopChild(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) return resolve();
    child.once("exit", () => resolve());
    child.kill("SIGKILL");
  });
}
afterAll(async () => {
  for (const child of children) await stopChild(child);
});

const tempDirs: string[] = [];
function tempDataDir(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "spine-it-trouble-"));
  tempDirs.push(dir);
  return dir;
}
afterAll(() => {
  for (const dir of tempDirs) fs.rmSync(dir, { recursive: true, force: true });
});

function writeLock(dataDir: string, content: string) {
  fs.writeFileSync(path.join(dataDir, "spine-intake.lock"), content);
}

describe("the embedded database's lock", () => {
  const previousUrl = process.env.DATABASE_URL;
  afterEach(() => {
    if (previousUrl === undefined) delete process.env.DATABASE_URL;
    else process.env.DATABASE_URL = previousUrl;
    setDbForProcess(undefined);
  });

  it(
    "serves once a process that held the data directory at start-up has gone, without a restart",
    { timeout: 180_000 },
    async () => {
      const dataDir = tempDataDir();
      const holder = await startChild(process.execPath, ["-e", "setTimeout(() => {}, 60000)"]);
      writeLock(dataDir, JSON.stringify({ pid: holder.pid, startedAt: processStartTime(holder.pid!) }));
      process.env.DATABASE_URL = `pglite:${dataDir}`;
      setDbForProcess(undefined);

      await expect(getDb()).rejects.toThrow(/in use by another process/);
      await stopChild(holder);

      const db = await getDb();
      expect(await db.$queryRaw<{ one: number }[]>`SELECT 1 AS "one"`).toEqual([{ one: 1 }]);
      await db.$disconnect();
    },
  );

  it("refuses, with the owner's pid, a data directory another running portal holds", async () => {
    const dataDir = tempDataDir();
    const holder = await startChild(process.execPath, ["-e", "setTimeout(() => {}, 60000)"]);
    writeLock(dataDir, JSON.stringify({ pid: holder.pid, startedAt: processStartTime(holder.pid!) }));
    await expect(openPglite(dataDir)).rejects.toThrow(`in use by another process (pid ${holder.pid})`);
    await stopChild(holder);
  });

  it("starts despite a lock left by a dead process whose pid now belongs to an unrelated program", async () => {
    const unrelated = await startChild("sleep", ["60"]);
    // The pid is alive, but it started at another time than the lock's owner did.
    const dataDir = tempDataDir();
    writeLock(dataDir, JSON.stringify({ pid: unrelated.pid, startedAt: "1" }));
    const pglite = await openPglite(dataDir);
    await pglite.close();
    // An earlier release's lock holds the pid alone: a live program that is not Node cannot be the portal.
    expect(ownerIsRunning({ pid: unrelated.pid!, startedAt: null })).toBe(false);
    await stopChild(unrelated);
  }, 180_000);
});

describe("a database server that does not answer", () => {
  let blackHole: net.Server;
  const sockets = new Set<net.Socket>();
  let db: Db;
  beforeAll(async () => {
    // Accepts connections and never says a word: a frozen server, or a network that drops packets.
    blackHole = net.createServer((socket) => sockets.add(socket));
    await new Promise<void>((resolve) => blackHole.listen(0, "127.0.0.1", resolve));
    const port = (blackHole.address() as net.AddressInfo).port;
    db = await createDbClient({ kind: "postgres", url: `postgresql://postgres@127.0.0.1:${port}/frozen` });
    setDbForProcess(Promise.resolve(db));
  });
  afterAll(async () => {
    setDbForProcess(undefined);
    for (const socket of sockets) socket.destroy();
    await new Promise((resolve) => blackHole.close(resolve));
  });

  it("answers the health check with 'unavailable' within a few seconds", async () => {
    const started = Date.now();
    const health = await checkDatabase();
    expect(health.ok).toBe(false);
    expect(Date.now() - started).toBeLessThan(3_000);
  });

  it("fails a patient's submission within seconds as 'database unavailable', not as a hang or a bug", async () => {
    const started = Date.now();
    const error = await submitIntake({ versionId: "any", idempotencyKey: newIdempotencyKey(), answers: {} }).then(
      () => null,
      (e: unknown) => e,
    );
    expect(Date.now() - started).toBeLessThan(8_000);
    expect(isDatabaseUnavailable(error)).toBe(true);
  });

  it("answers the JSON API with 503, a JSON body and Retry-After", async () => {
    const route: typeof RouteModule = await import("@/app/api/v1/submissions/route");
    const response = await route.POST(
      new Request("http://localhost/api/v1/submissions", {
        method: "POST",
        headers: { "content-type": "application/json", "x-forwarded-for": "203.0.113.9" },
        body: JSON.stringify({ idempotencyKey: newIdempotencyKey(), answers: answersFor() }),
      }),
    );
    expect(response.status).toBe(503);
    expect(response.headers.get("retry-after")).toBe("5");
    expect(await response.json()).toMatchObject({ ok: false, code: "database-unavailable" });
  });

  it("sends a patient following their resume link to the error page, not back to where they were", async () => {
    // A form that answers by going to another page: returning "database unavailable" would show nothing at all.
    const form = new FormData();
    form.set("token", newProgressToken());
    const error = await resumeProgressAction(form).then(
      () => null,
      (e: unknown) => e,
    );
    expect(isDatabaseUnavailable(error)).toBe(true);
  });

  it("calls a refused connection 'unavailable' too", async () => {
    const closed = net.createServer();
    await new Promise<void>((resolve) => closed.listen(0, "127.0.0.1", resolve));
    const port = (closed.address() as net.AddressInfo).port;
    await new Promise((resolve) => closed.close(resolve));
    const refused = await createDbClient({ kind: "postgres", url: `postgresql://postgres@127.0.0.1:${port}/gone` });
    const error = await refused.$queryRaw`SELECT 1`.then(
      () => null,
      (e: unknown) => e,
    );
    expect(isDatabaseUnavailable(error)).toBe(true);
    await refused.$disconnect();
  });
});

describe("readiness on PostgreSQL (migrated by prisma migrate deploy, as npm start does)", () => {
  let database: Awaited<ReturnType<typeof createEmptyPostgresDatabase>>;
  const clients: Db[] = [];
  const connect = async () => {
    const db = await createDbClient({ kind: "postgres", url: database.url });
    clients.push(db);
    setDbForProcess(Promise.resolve(db));
    return db;
  };
  beforeAll(async () => {
    database = await createEmptyPostgresDatabase();
    const migrated = await migrateDeploy(database.url);
    if (migrated.code !== 0) throw new Error(migrated.output);
  });
  afterAll(async () => {
    setDbForProcess(undefined);
    for (const db of clients) await db.$disconnect();
    await database.drop();
  });

  it("is ready when the database answers, is at this build's schema and commits a write", async () => {
    await connect();
    const readiness = await checkReadiness();
    expect(readiness).toEqual({
      ok: true,
      checks: { database: { ok: true }, schema: { ok: true }, write: { ok: true }, disk: { ok: true } },
    });
  });

  it("is not ready when the database reads but cannot write (as with a full disk or a read-only standby)", async () => {
    const admin = new pg.Client({ connectionString: database.url });
    await admin.connect();
    try {
      await admin.query(`ALTER DATABASE "${database.name}" SET default_transaction_read_only = on`);
      await connect();
      const readiness = await checkReadiness();
      expect(readiness.ok).toBe(false);
      expect(readiness.checks.database).toEqual({ ok: true });
      expect(readiness.checks.write).toEqual({ ok: false, reason: "a test write failed" });
    } finally {
      await admin.query(`ALTER DATABASE "${database.name}" SET default_transaction_read_only = off`);
      await admin.end();
    }
  });

  it("is not ready, and says why, when a migration of this build has not been applied", async () => {
    const db = await connect();
    await db.$executeRaw`DELETE FROM "_prisma_migrations" WHERE "migration_name" = '202612015000_health_probe'`;
    const readiness = await checkReadiness();
    expect(readiness.ok).toBe(false);
    expect(readiness.checks.schema).toEqual({ ok: false, reason: "1 migration(s) not applied yet" });
  });
});

describe("red-flag submissions during a database stall (PostgreSQL)", () => {
  let testDb: TestDatabase;
  beforeAll(async () => {
    testDb = await openTestDatabase("postgres");
    await seedDefaultQuestionSet();
    await addChannel({ kind: "WEBHOOK", recipients: ["https://pager.clinic.test/hook"], escalation: true });
  });
  afterAll(async () => {
    await testDb.cleanup();
  });

  it("stores EMERGENT submissions with their alerts as surely as routine ones while writes are held up", async () => {
    // Another session holds the audit chain's lock: every submission waits for it, as in a stall.
    const holder = new pg.Client({ connectionString: (await testDbUrl(testDb)) ?? "" });
    await holder.connect();
    await holder.query("SELECT pg_advisory_lock(4242017)");
    const emergent = Array.from({ length: 5 }, () =>
      submitIntake({ idempotencyKey: newIdempotencyKey(), answers: answersFor({ saddle_numbness: true }) }),
    );
    const routine = Array.from({ length: 5 }, () =>
      submitIntake({ idempotencyKey: newIdempotencyKey(), answers: answersFor() }),
    );
    await new Promise((resolve) => setTimeout(resolve, 3_000));
    await holder.query("SELECT pg_advisory_unlock(4242017)");
    await holder.end();

    const results = await Promise.all([...emergent, ...routine]);
    expect(results.every((r) => r.ok)).toBe(true);
    const stored = await testDb.db.submission.groupBy({ by: ["triageLevel"], _count: true });
    expect(stored.map((s) => [s.triageLevel, s._count]).sort()).toEqual([
      ["EMERGENT", 5],
      ["ROUTINE", 5],
    ]);
    const alerts = await testDb.db.alertDelivery.groupBy({ by: ["purpose"], _count: true });
    expect(alerts.map((a) => [a.purpose, a._count]).sort()).toEqual([
      ["ESCALATION", 5],
      ["NEW_SUBMISSION", 5],
    ]);
  });
});

/** The URL of a PostgreSQL test database, read back from the server: the helper does not hand it out. */
async function testDbUrl(testDb: TestDatabase): Promise<string | null> {
  const [row] = await testDb.db.$queryRaw<{ name: string }[]>`SELECT current_database()::text AS "name"`;
  if (!row || !process.env.TEST_DATABASE_URL) return null;
  const url = new URL(process.env.TEST_DATABASE_URL);
  url.pathname = `/${row.name}`;
  return url.toString();
}
