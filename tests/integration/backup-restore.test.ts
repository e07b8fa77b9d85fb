// Backup → restore into a fresh database of either kind: same counts, same audit head, the chain verifies, and a
// database that is not empty is refused. The same path is `npm run db:move` (embedded → PostgreSQL).
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { verifyStoredAuditChain } from "@/lib/db/audit/verify-audit-chain";
import { createDbClient } from "@/lib/db/create-client";
import { writeBackup } from "@/lib/ops/backup";
import { restoreBackup, RestoreRefused } from "@/lib/ops/restore";
import { openSqlConnection, type SqlConnection } from "@/lib/ops/sql-connection";
import { seedDefaultQuestionSet } from "@/lib/db/question-sets/seed-default-question-set";
import { submitIntake } from "@/lib/db/submissions/submit-intake";
import { migrateDeploy } from "./helpers/migrate-deploy";
import { answersFor, createEmptyPostgresDatabase, newIdempotencyKey, seedStaff } from "./helpers/test-database";
import { setDbForProcess } from "@/lib/db/client";

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "spine-it-backup-"));
const drops: (() => Promise<void>)[] = [];
afterAll(async () => {
  setDbForProcess(undefined);
  for (const drop of drops) await drop();
  fs.rmSync(dir, { recursive: true, force: true });
});

type Target = { kind: "pglite"; dataDir: string } | { kind: "postgres"; url: string };
async function freshTarget(kind: "pglite" | "postgres"): Promise<Target> {
  if (kind === "pglite") return { kind, dataDir: fs.mkdtempSync(path.join(dir, "pglite-")) };
  const database = await createEmptyPostgresDatabase();
  drops.push(database.drop);
  return { kind, url: database.url };
}
const urlOf = (t: Target) => (t.kind === "pglite" ? `pglite:${t.dataDir}` : t.url);

/** A database as a clinic has it: migrated by Prisma, with staff, routine and red-flag submissions, audit events. */
async function seededDatabase(kind: "pglite" | "postgres"): Promise<Target> {
  const target = await freshTarget(kind);
  const migrated = await migrateDeploy(urlOf(target));
  if (migrated.code !== 0) throw new Error(migrated.output);
  const db = await createDbClient(target);
  setDbForProcess(Promise.resolve(db));
  await seedDefaultQuestionSet();
  await seedStaff("CLINICIAN");
  for (let i = 0; i < 6; i++) {
    const answers = answersFor(
      i % 3 === 0 ? { saddle_numbness: true, full_name: `Pat ${i}` } : { full_name: `Pat ${i}` },
    );
    const result = await submitIntake({ idempotencyKey: newIdempotencyKey(), answers });
    if (!result.ok) throw new Error(`seed submission failed: ${result.code}`);
  }
  setDbForProcess(undefined);
  await db.$disconnect();
  return target;
}

async function withConnection<T>(target: Target, fn: (conn: SqlConnection) => Promise<T>): Promise<T> {
  const conn = await openSqlConnection(target);
  try {
    return await fn(conn);
  } finally {
    await conn.close();
  }
}

describe.each([
  ["pglite", "pglite"],
  ["postgres", "postgres"],
  ["pglite", "postgres"],
] as const)("backup from %s, restore into %s", (from, to) => {
  it("restores every row into a fresh database: same counts, same audit head, the chain verifies, new submissions are taken", async () => {
    const source = await seededDatabase(from);
    const file = path.join(dir, `${from}-${to}-${Date.now()}.jsonl.gz`);
    const header = await withConnection(source, (conn) => writeBackup(conn, file, "test"));
    expect(header.counts.Submission).toBe(6);
    expect(header.counts.AuditEvent).toBeGreaterThan(6);
    expect(header.auditHeadHash).toMatch(/^[0-9a-f]{64}$/);

    const target = await freshTarget(to);
    const restored = await withConnection(target, (conn) => restoreBackup(conn, file));
    expect(restored.counts).toEqual(header.counts);
    expect(restored.auditHeadHash).toBe(header.auditHeadHash);

    const db = await createDbClient(target);
    setDbForProcess(Promise.resolve(db));
    try {
      const chain = await verifyStoredAuditChain(db);
      expect(chain.breaks).toEqual([]);
      expect(chain.checked).toBe(header.counts.AuditEvent);
      // The sequences continue after the restored rows: a new submission (and its audit event) is stored.
      const next = await submitIntake({ idempotencyKey: newIdempotencyKey(), answers: answersFor() });
      expect(next.ok).toBe(true);
      expect((await verifyStoredAuditChain(db)).breaks).toEqual([]);

      // A second restore into the same (now non-empty) database is refused, and changes nothing.
      await db.$disconnect();
      setDbForProcess(undefined);
      await expect(withConnection(target, (conn) => restoreBackup(conn, file))).rejects.toThrow(RestoreRefused);
      const again = await createDbClient(target);
      expect(await again.submission.count()).toBe(7);
      await again.$disconnect();
    } finally {
      setDbForProcess(undefined);
      await db.$disconnect();
    }
  }, 300_000);
});
