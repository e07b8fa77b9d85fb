// POST /api/v1/submissions, the intake for kiosks and partner systems, called as Next.js calls it: with a Request.
// The rate limit lives in the database, so two app instances (two clients on one PostgreSQL) share it.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type * as RouteModule from "@/app/api/v1/submissions/route";
import { createDbClient, type Db } from "@/lib/db/create-client";
import { setDbForProcess } from "@/lib/db/client";
import { seedDefaultQuestionSet } from "@/lib/db/question-sets/seed-default-question-set";
import {
  DATABASE_KINDS,
  answersFor,
  newIdempotencyKey,
  openTestDatabase,
  type TestDatabase,
} from "./helpers/test-database";

const LIMIT = 3;
process.env.RATE_LIMIT_SUBMISSIONS_PER_MINUTE = String(LIMIT);
process.env.AUTH_SECRET ??= "integration-tests-secret-integration-tests-secret";

let route: typeof RouteModule;
beforeAll(async () => {
  // Imported after the environment is set: configuration is read once, at import.
  route = await import("@/app/api/v1/submissions/route");
});

/**
 * The limit counts per calendar minute: a test that makes its requests just before a minute ends would see the
 * count start again mid-test. Waiting out the last two seconds of a minute keeps each test inside one window.
 */
async function clearOfMinuteBoundary() {
  const msLeft = 60_000 - (Date.now() % 60_000);
  if (msLeft < 2_000) await new Promise((resolve) => setTimeout(resolve, msLeft + 50));
}

let clientCounter = 0;
function post(
  body: unknown,
  { address = `198.51.100.${++clientCounter}`, raw }: { address?: string; raw?: string } = {},
) {
  return route.POST(
    new Request("http://localhost/api/v1/submissions", {
      method: "POST",
      headers: { "content-type": "application/json", "x-forwarded-for": address },
      body: raw ?? JSON.stringify(body),
    }),
  );
}

describe.each(DATABASE_KINDS)("the submissions API (%s)", (kind) => {
  let testDb: TestDatabase;
  beforeAll(async () => {
    testDb = await openTestDatabase(kind);
    await seedDefaultQuestionSet();
  });
  afterAll(() => testDb.cleanup());
  const count = () => testDb.db.submission.count();

  it("stores a valid submission and answers with the reference code and patient guidance", async () => {
    const idempotencyKey = newIdempotencyKey();
    const response = await post({ idempotencyKey, answers: answersFor({ fever: true }) });
    expect(response.status).toBe(201);
    const body = await response.json();
    expect(body).toMatchObject({ ok: true, duplicate: false, guidance: { level: "URGENT" } });
    expect(body.referenceCode).toMatch(/^[2-9A-Z]{4}-[2-9A-Z]{4}$/);
    expect(JSON.stringify(body)).not.toContain("Alex Example");

    const retry = await post({ idempotencyKey, answers: answersFor({ fever: true }) });
    expect(retry.status).toBe(200);
    expect(await retry.json()).toMatchObject({ referenceCode: body.referenceCode, duplicate: true });
  });

  it("refuses invalid answers with JSON errors naming each field, storing nothing", async () => {
    const before = await count();
    const response = await post({
      idempotencyKey: newIdempotencyKey(),
      answers: answersFor({ pain_now: 11, favourite_colour: "blue", saddle_numbness: "perhaps" }),
    });
    expect(response.status).toBe(422);
    const body = await response.json();
    const paths = body.errors.map((e: { path: string }) => e.path);
    expect(paths).toEqual(
      expect.arrayContaining(["answers.pain_now", "answers.favourite_colour", "answers.saddle_numbness"]),
    );
    expect(await count()).toBe(before);
  });

  it("refuses malformed, shapeless, keyless and unpublished-version requests", async () => {
    const before = await count();
    expect((await post(null, { raw: "{not json" })).status).toBe(400);
    expect((await post({ answers: "all fine" })).status).toBe(400);
    expect((await post({ answers: answersFor() })).status).toBe(400);
    expect(
      (await post({ versionId: "no-such-version", idempotencyKey: newIdempotencyKey(), answers: answersFor() })).status,
    ).toBe(409);
    expect(await count()).toBe(before);
  });

  it("refuses a body over the size limit with 413 before parsing it", async () => {
    const before = await count();
    const response = await post(null, { raw: JSON.stringify({ answers: { notes: "x".repeat(70 * 1024) } }) });
    expect(response.status).toBe(413);
    expect(await count()).toBe(before);
  });

  it("limits submissions per client address with 429 and Retry-After, storing nothing over the limit", async () => {
    await clearOfMinuteBoundary();
    const address = "203.0.113.50";
    for (let i = 0; i < LIMIT; i++) {
      expect((await post({ idempotencyKey: newIdempotencyKey(), answers: answersFor() }, { address })).status).toBe(
        201,
      );
    }
    const before = await count();
    const refused = await post({ idempotencyKey: newIdempotencyKey(), answers: answersFor() }, { address });
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get("retry-after"))).toBeGreaterThan(0);
    expect(await count()).toBe(before);
    // Another address is not affected.
    expect((await post({ idempotencyKey: newIdempotencyKey(), answers: answersFor() })).status).toBe(201);
  });

  it("counts refused and repeated requests against the limit too, not only stored ones", async () => {
    await clearOfMinuteBoundary();
    const address = "203.0.113.51";
    const stored = { idempotencyKey: newIdempotencyKey(), answers: answersFor() };
    expect((await post(stored, { address })).status).toBe(201);
    expect(
      (await post({ idempotencyKey: newIdempotencyKey(), answers: answersFor({ pain_now: 11 }) }, { address })).status,
    ).toBe(422);
    expect((await post(stored, { address })).status).toBe(200); // a replay: the same reference code, counted
    const before = await count();
    const refused = await post({ idempotencyKey: newIdempotencyKey(), answers: answersFor() }, { address });
    expect(refused.status).toBe(429);
    expect(await count()).toBe(before);
    // Over the limit, invalid answers and replays are refused the same way.
    expect(
      (await post({ idempotencyKey: newIdempotencyKey(), answers: answersFor({ pain_now: 11 }) }, { address })).status,
    ).toBe(429);
    expect((await post(stored, { address })).status).toBe(429);
  });

  it("counts red-flag submissions, which are stored with their alerts, against the same limit", async () => {
    await clearOfMinuteBoundary();
    const address = "203.0.113.52";
    for (let i = 0; i < LIMIT; i++) {
      expect(
        (await post({ idempotencyKey: newIdempotencyKey(), answers: answersFor({ fever: true }) }, { address })).status,
      ).toBe(201);
    }
    const before = { submissions: await count(), alerts: await testDb.db.alertDelivery.count() };
    const refused = await post(
      { idempotencyKey: newIdempotencyKey(), answers: answersFor({ fever: true }) },
      { address },
    );
    expect(refused.status).toBe(429);
    expect({ submissions: await count(), alerts: await testDb.db.alertDelivery.count() }).toEqual(before);
  });
});

describe("the rate limit across two app instances on one PostgreSQL", () => {
  let testDb: TestDatabase;
  let second: Db;
  beforeAll(async () => {
    testDb = await openTestDatabase("postgres");
    await seedDefaultQuestionSet();
    const url = (await testDb.db.$queryRaw<{ db: string }[]>`SELECT current_database()::text AS db`)[0]!.db;
    const server = new URL(process.env.TEST_DATABASE_URL!);
    server.pathname = `/${url}`;
    second = await createDbClient({ kind: "postgres", url: server.toString() });
  });
  afterAll(async () => {
    await second.$disconnect();
    await testDb.cleanup();
  });

  it("counts one client's requests on both instances together", async () => {
    await clearOfMinuteBoundary();
    const address = "203.0.113.99";
    const instances = [Promise.resolve(testDb.db), Promise.resolve(second)];
    const statuses: number[] = [];
    for (let i = 0; i < LIMIT + 1; i++) {
      setDbForProcess(instances[i % 2]); // alternate instances, as a load balancer would
      statuses.push((await post({ idempotencyKey: newIdempotencyKey(), answers: answersFor() }, { address })).status);
    }
    setDbForProcess(instances[0]);
    expect(statuses).toEqual([201, 201, 201, 429]);
    expect(await testDb.db.submission.count()).toBe(LIMIT);
  });
});
