// Two app instances share one PostgreSQL: their alert workers run side by side and every alert still reaches
// its recipient exactly once (claims use FOR UPDATE SKIP LOCKED). PostgreSQL only: PGlite is single-process.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { setDbForProcess, type Db } from "@/lib/db/client";
import { createDbClient } from "@/lib/db/create-client";
import { DELIVERY_HEADER } from "@/lib/alerts/webhook-signature";
import { startWebhookReceiver, type WebhookReceiver } from "../fixtures/alert-sinks";
import {
  EMERGENT_ANSWERS,
  addChannel,
  handClock,
  publishedVersionId,
  submitPatient,
  testWorker,
} from "./helpers/alerts";
import { createEmptyPostgresDatabase, migrationSql } from "./helpers/test-database";

describe("two app instances against one PostgreSQL", () => {
  let instanceA: Db;
  let instanceB: Db;
  let drop: () => Promise<void>;
  let hooks: WebhookReceiver;

  beforeAll(async () => {
    const database = await createEmptyPostgresDatabase();
    drop = database.drop;
    const migrate = await createDbClient({ kind: "postgres", url: database.url });
    for (const m of migrationSql()) await migrate.$executeRawUnsafe(m.sql);
    await migrate.$disconnect();
    instanceA = await createDbClient({ kind: "postgres", url: database.url });
    instanceB = await createDbClient({ kind: "postgres", url: database.url });
    setDbForProcess(Promise.resolve(instanceA));
    // A little latency per call makes the two workers' passes overlap.
    hooks = await startWebhookReceiver({ delayMs: () => Math.floor(Math.random() * 15) });
  });
  afterAll(async () => {
    setDbForProcess(undefined);
    await hooks?.close();
    await instanceA?.$disconnect();
    await instanceB?.$disconnect();
    await drop?.();
  });

  it("delivers each of 100 EMERGENT alerts exactly once when two workers run at the same time", async () => {
    const versionId = await publishedVersionId();
    await addChannel({ kind: "WEBHOOK", recipients: [hooks.url] });
    for (let i = 0; i < 100; i += 10) {
      await Promise.all(Array.from({ length: 10 }, () => submitPatient(versionId, EMERGENT_ANSWERS)));
    }
    expect(await instanceA.alertDelivery.count({ where: { state: "QUEUED" } })).toBe(100);

    const clock = handClock();
    const workerA = testWorker(clock.now, { db: async () => instanceA, batchSize: 7 });
    const workerB = testWorker(clock.now, { db: async () => instanceB, batchSize: 7 });
    const [a, b] = await Promise.all([workerA.drain(), workerB.drain()]);

    expect(a.sent + b.sent).toBe(100);
    expect(a.claimed).toBeGreaterThan(0);
    expect(b.claimed).toBeGreaterThan(0);
    expect(hooks.calls).toHaveLength(100);
    const ids = hooks.calls.map((call) => call.headers[DELIVERY_HEADER]);
    expect(new Set(ids).size).toBe(100);
    const references = hooks.calls.map((call) => (JSON.parse(call.body) as { referenceCode: string }).referenceCode);
    expect(new Set(references).size).toBe(100);
    expect(await instanceB.alertDelivery.count({ where: { state: "SENT", attempts: 1 } })).toBe(100);
  });
});
