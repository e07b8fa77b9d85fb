// Property-based fuzzing of the JSON intake API: generated bad submissions (odd keys, odd values, lone surrogates,
// control characters, wrong types, deep nesting) are each refused with a 4xx, store nothing, and are counted by
// the rate limit. The default run is small; `FUZZ_RUNS=10000 npx vitest run --project integration
// tests/integration/fuzz-submissions.test.ts` is the long run (README, "Tests").
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type * as RouteModule from "@/app/api/v1/submissions/route";
import { seedDefaultQuestionSet } from "@/lib/db/question-sets/seed-default-question-set";
import { answersFor, newIdempotencyKey, openTestDatabase, type TestDatabase } from "./helpers/test-database";

const RUNS = Number(process.env.FUZZ_RUNS ?? 150);
process.env.RATE_LIMIT_SUBMISSIONS_PER_MINUTE = String(1_000_000);
process.env.AUTH_SECRET ??= "integration-tests-secret-integration-tests-secret";
const SEEDED_NAME = "Zebedee Fuzzington";

let route: typeof RouteModule;
beforeAll(async () => {
  route = await import("@/app/api/v1/submissions/route");
});

const oddText = fc.oneof(
  fc.string(),
  fc.constantFrom("\ud800", "\udfff", "a\u0000b", "\u001b[2J", "\u0085", "=1+1", "＝1+1", "x".repeat(6000)),
);
const oddValue = fc.oneof(
  oddText,
  fc.integer(),
  fc.double(),
  fc.boolean(),
  fc.constant(null),
  fc.array(oddText, { maxLength: 4 }),
  fc.dictionary(fc.string(), fc.string(), { maxKeys: 3 }),
);
const oddKey = fc.oneof(
  fc.constantFrom("toString", "constructor", "valueOf", "hasOwnProperty", "__proto__", "full_name", "pain_now"),
  fc.string({ maxLength: 12 }),
);
/** A known-valid set of answers with one to three answers replaced by odd ones, as JSON text (keeps "__proto__"). */
const badBody = fc.array(fc.tuple(oddKey, oddValue), { minLength: 1, maxLength: 3 }).map((pairs) => {
  const base = JSON.stringify(answersFor({ full_name: SEEDED_NAME }));
  const extra = pairs.map(([k, v]) => `${JSON.stringify(k)}:${JSON.stringify(v) ?? "null"}`).join(",");
  return `{"idempotencyKey":"${newIdempotencyKey()}","answers":{${extra},${base.slice(1)}}`;
});

describe("fuzzing the intake API with generated bad submissions", () => {
  let testDb: TestDatabase;
  beforeAll(async () => {
    testDb = await openTestDatabase("pglite");
    await seedDefaultQuestionSet();
  });
  afterAll(() => testDb.cleanup());

  it(`refuses each of ${RUNS} with a 4xx, stores nothing invalid, and counts every one`, async () => {
    const output: string[] = [];
    const capture = (chunk: unknown) => void output.push(String(chunk));
    const original = { out: process.stdout.write, err: process.stderr.write, error: console.error };
    process.stdout.write = ((c: unknown) => (capture(c), true)) as typeof process.stdout.write;
    process.stderr.write = ((c: unknown) => (capture(c), true)) as typeof process.stderr.write;
    console.error = (...args: unknown[]) => capture(args.map(String).join(" "));
    let sent = 0;
    let accepted = 0;
    try {
      await fc.assert(
        fc.asyncProperty(badBody, async (raw) => {
          const response = await route.POST(
            new Request("http://localhost/api/v1/submissions", {
              method: "POST",
              headers: { "content-type": "application/json", "x-forwarded-for": "203.0.113.77" },
              body: raw,
            }),
          );
          sent++;
          expect(response.status).toBeLessThan(500);
          // A generated pair may happen to be a valid answer; then it is stored like any valid submission.
          if (response.status === 201) accepted++;
          else expect(response.status).toBeGreaterThanOrEqual(400);
        }),
        { numRuns: RUNS },
      );
    } finally {
      process.stdout.write = original.out;
      process.stderr.write = original.err;
      console.error = original.error;
    }
    expect(await testDb.db.submission.count()).toBe(accepted);
    const stored = await testDb.db.submission.findMany({ select: { answers: true } });
    for (const { answers } of stored) expect(JSON.stringify(answers)).not.toMatch(/\\u0000|\\ud8|toString|__proto__/);
    const counted = await testDb.db.rateLimitBucket.aggregate({ _sum: { count: true } });
    expect(counted._sum.count).toBe(sent);
    expect(output.join("")).not.toContain(SEEDED_NAME);
  });
});
