// Answers a real browser never sends, through the JSON API as Next.js calls it: each is refused with a clear
// status, stores nothing, and uses the caller's rate-limit budget.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type * as RouteModule from "@/app/api/v1/submissions/route";
import { seedDefaultQuestionSet } from "@/lib/db/question-sets/seed-default-question-set";
import {
  DATABASE_KINDS,
  answersFor,
  newIdempotencyKey,
  openTestDatabase,
  type TestDatabase,
} from "./helpers/test-database";

const LIMIT = 4;
process.env.RATE_LIMIT_SUBMISSIONS_PER_MINUTE = String(LIMIT);
process.env.AUTH_SECRET ??= "integration-tests-secret-integration-tests-secret";

let route: typeof RouteModule;
beforeAll(async () => {
  route = await import("@/app/api/v1/submissions/route");
});

async function clearOfMinuteBoundary() {
  const msLeft = 60_000 - (Date.now() % 60_000);
  if (msLeft < 3_000) await new Promise((resolve) => setTimeout(resolve, msLeft + 50));
}

let clientCounter = 0;
const post = (raw: string, address = `203.0.113.${++clientCounter}`) =>
  route.POST(
    new Request("http://localhost/api/v1/submissions", {
      method: "POST",
      headers: { "content-type": "application/json", "x-forwarded-for": address },
      body: raw,
    }),
  );
/** The body as JSON text, with `answers` spliced in verbatim so keys like "__proto__" survive. */
const withAnswersJson = (answersJson: string) => `{"idempotencyKey":"${newIdempotencyKey()}","answers":${answersJson}}`;

describe.each(DATABASE_KINDS)("answers a browser never sends (%s)", (kind) => {
  let testDb: TestDatabase;
  beforeAll(async () => {
    testDb = await openTestDatabase(kind);
    await seedDefaultQuestionSet();
  });
  afterAll(() => testDb.cleanup());

  it.each(["toString", "constructor", "valueOf", "hasOwnProperty", "__proto__"])(
    "refuses an answer keyed %s as an unknown question",
    async (key) => {
      const answers = JSON.stringify(answersFor()).replace(/^\{/, `{"${key}":"x",`);
      const response = await post(withAnswersJson(answers));
      expect(response.status).toBe(422);
      const body = (await response.json()) as { errors: { path: string; message: string }[] };
      expect(body.errors).toContainEqual({ path: `answers.${key}`, message: `Unknown question "${key}"` });
      expect(await testDb.db.submission.count()).toBe(0);
    },
  );

  it.each([
    ["a lone surrogate", "Alex \ud800"],
    ["a NUL byte", "Alex\u0000Example"],
  ])("refuses a name with %s with 422, storing nothing", async (_, name) => {
    const response = await post(withAnswersJson(JSON.stringify(answersFor({ full_name: name }))));
    expect(response.status).toBe(422);
    expect(await testDb.db.submission.count()).toBe(0);
  });

  it("refuses answers nested thousands deep with 400 before parsing them, not a crash", async () => {
    const deep = "[".repeat(20_000) + "]".repeat(20_000);
    const response = await post(withAnswersJson(JSON.stringify(answersFor()).replace(/^\{/, `{"notes":${deep},`)));
    expect(response.status).toBe(400);
    expect((await response.json()).error).toMatch(/more than 64 levels deep/);
  });

  it("counts malformed bodies, odd keys and bad idempotency keys against the rate limit", async () => {
    await clearOfMinuteBoundary();
    const address = "203.0.113.250";
    const refusals = [
      "not json",
      `{"answers":"all fine"}`,
      withAnswersJson(`{"toString":"x"}`),
      `{"idempotencyKey":"short","answers":{}}`,
    ];
    for (const raw of refusals) expect((await post(raw, address)).status).not.toBe(429);
    const valid = JSON.stringify({ idempotencyKey: newIdempotencyKey(), answers: answersFor() });
    expect((await post(valid, address)).status).toBe(429);
    expect(await testDb.db.submission.count()).toBe(0);
  });

  it("gives a known idempotency key's result only to a replay of the same answers", async () => {
    const idempotencyKey = newIdempotencyKey();
    const answers = answersFor({ fever: true });
    const first = await post(JSON.stringify({ idempotencyKey, answers }));
    expect(first.status).toBe(201);
    const { referenceCode } = (await first.json()) as { referenceCode: string };

    // The same answers in another key order are the same request.
    const reordered = Object.fromEntries(Object.entries(answers).reverse());
    const retry = await post(JSON.stringify({ idempotencyKey, answers: reordered }));
    expect(retry.status).toBe(200);
    expect(((await retry.json()) as { referenceCode: string }).referenceCode).toBe(referenceCode);

    for (const other of [{}, answersFor(), answersFor({ fever: true, pain_now: 2 })]) {
      const probe = await post(JSON.stringify({ idempotencyKey, answers: other }));
      expect(probe.status).toBe(409);
      const text = await probe.text();
      expect(text).not.toContain(referenceCode);
      expect(text).not.toMatch(/EMERGENT|URGENT|fever|infection|guidance/i);
    }
    expect(await testDb.db.submission.count()).toBe(1);
  });
});
