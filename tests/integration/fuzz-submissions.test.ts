// Property-based fuzzing of the JSON intake API: generated bad submissions (odd keys, odd values, lone surrogates,
// control characters, wrong types, deep nesting) are each refused with a 4xx, store nothing, and are counted by
// the rate limit. The default run is small; `FUZZ_RUNS=10000 npx vitest run --project integration
// tests/integration/fuzz-submissions.test.ts` is the long run (README, "Tests"). The intake form's submit action and
// its autosave route get the same treatment, run as themselves with next/headers standing in for a request (the one
// part of Next that only exists inside a running server). Both parts share one PostgreSQL database
// and send their requests several at a time (as a busy clinic would), each checked on its own answer.
import { AsyncLocalStorage } from "node:async_hooks";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type * as RouteModule from "@/app/api/v1/submissions/route";
import type * as IntakeActions from "@/lib/actions/intake/submit-intake";
import type * as ProgressRoute from "@/app/(patient)/intake/draft/route";
import { seedDefaultQuestionSet } from "@/lib/db/question-sets/seed-default-question-set";
import { answersFor, newIdempotencyKey, openTestDatabase, type TestDatabase } from "./helpers/test-database";

/** Requests in flight at once: the server's work per request overlaps, while every answer is still checked. */
const IN_FLIGHT = 8;

const RUNS = Number(process.env.FUZZ_RUNS ?? 150);
const ACTION_RUNS = Number(process.env.FUZZ_RUNS ?? 60);
process.env.RATE_LIMIT_SUBMISSIONS_PER_MINUTE = String(1_000_000);
process.env.RATE_LIMIT_DRAFT_SAVES_PER_MINUTE = String(1_000_000);
process.env.AUTH_SECRET ??= "integration-tests-secret-integration-tests-secret";
const SEEDED_NAME = "Zebedee Fuzzington";

// Each generated patient has their own cookies, though several are served at once.
const cookieJars = new AsyncLocalStorage<Map<string, string>>();
const jar = () => cookieJars.getStore() ?? new Map<string, string>();
vi.mock("next/headers", () => ({
  headers: async () => new Headers({ "x-forwarded-for": "203.0.113.78", host: "clinic.test" }),
  cookies: async () => ({
    get: (name: string) => (jar().has(name) ? { name, value: jar().get(name) } : undefined),
    set: (name: string, value: string) => void jar().set(name, value),
    delete: (cookie: string | { name: string }) => void jar().delete(typeof cookie === "string" ? cookie : cookie.name),
  }),
}));

let route: typeof RouteModule;
let intake: typeof IntakeActions;
let progress: typeof ProgressRoute;
let testDb: TestDatabase;
let versionId: string;
beforeAll(async () => {
  route = await import("@/app/api/v1/submissions/route");
  intake = await import("@/lib/actions/intake/submit-intake");
  progress = await import("@/app/(patient)/intake/draft/route");
  testDb = await openTestDatabase("postgres");
  await seedDefaultQuestionSet();
  versionId = (await testDb.db.questionSetVersion.findFirstOrThrow({ where: { status: "PUBLISHED" } })).id;
});
afterAll(() => testDb.cleanup());

/** Runs `check` on `runs` generated values, `IN_FLIGHT` at a time; a failure names the value that caused it. */
async function fuzz<T>(arbitrary: fc.Arbitrary<T>, runs: number, check: (value: T) => Promise<void>): Promise<void> {
  const values = fc.sample(arbitrary, runs);
  let next = 0;
  const worker = async () => {
    while (next < values.length) {
      const value = values[next++]!;
      try {
        await check(value);
      } catch (error) {
        throw new Error(`Failed for ${JSON.stringify(value)}: ${(error as Error).message}`, { cause: error });
      }
    }
  };
  await Promise.all(Array.from({ length: IN_FLIGHT }, worker));
}

/** Everything written to stdout, stderr and console.error while `run` runs, to check no patient name leaks. */
async function capturingOutput(run: () => Promise<void>): Promise<string> {
  const output: string[] = [];
  const capture = (chunk: unknown) => void output.push(String(chunk));
  const original = { out: process.stdout.write, err: process.stderr.write, error: console.error };
  process.stdout.write = ((c: unknown) => (capture(c), true)) as typeof process.stdout.write;
  process.stderr.write = ((c: unknown) => (capture(c), true)) as typeof process.stderr.write;
  console.error = (...args: unknown[]) => capture(args.map(String).join(" "));
  try {
    await run();
  } finally {
    process.stdout.write = original.out;
    process.stderr.write = original.err;
    console.error = original.error;
  }
  return output.join("");
}

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
  it(`refuses each of ${RUNS} with a 4xx, stores nothing invalid, and counts every one`, async () => {
    let sent = 0;
    let accepted = 0;
    const output = await capturingOutput(() =>
      fuzz(badBody, RUNS, async (raw) => {
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
    );
    expect(sent).toBe(RUNS);
    expect(await testDb.db.submission.count()).toBe(accepted);
    const stored = await testDb.db.submission.findMany({ select: { answers: true } });
    for (const { answers } of stored) expect(JSON.stringify(answers)).not.toMatch(/\\u0000|\\ud8|toString|__proto__/);
    const counted = await testDb.db.rateLimitBucket.aggregate({
      where: { key: { startsWith: "intake-submit:" } },
      _sum: { count: true },
    });
    expect(counted._sum.count).toBe(sent);
    expect(output).not.toContain(SEEDED_NAME);
  });
});

/** The same odd answers as an object, as the form's action receives them (own "__proto__" key kept via JSON.parse). */
const badAnswers = badBody.map((raw) => (JSON.parse(raw) as { answers: unknown }).answers);

describe("fuzzing the intake form's submit action and autosave route with generated bad answers", () => {
  // Starts from the API part's rows and counters: only what this part adds is its own.
  let before: { submissions: number; submitCount: number };
  beforeAll(async () => {
    const buckets = await testDb.db.rateLimitBucket.findMany({ select: { key: true, count: true } });
    before = {
      submissions: await testDb.db.submission.count(),
      submitCount: buckets.filter((b) => b.key.startsWith("intake-submit:")).reduce((t, b) => t + b.count, 0),
    };
  });

  it(`answers each of ${ACTION_RUNS} submits and autosaves without an error, stores nothing invalid, and counts every one`, async () => {
    let submits = 0;
    let accepted = 0;
    let saves = 0;
    const output = await capturingOutput(() =>
      fuzz(fc.tuple(badAnswers, fc.integer({ min: -1, max: 101 })), ACTION_RUNS, ([answers, step]) =>
        cookieJars.run(new Map(), async () => {
          const saved = await progress.POST(
            new Request("http://clinic.test/intake/draft", {
              method: "POST",
              headers: { "content-type": "application/json", "x-spine-patient-form": "1" },
              body: JSON.stringify({ versionId, answers, step }),
            }),
          );
          saves++;
          expect([200, 400]).toContain(saved.status);

          const result = await intake.submitIntakeAction({
            versionId,
            idempotencyKey: newIdempotencyKey(),
            answers,
            consent: true,
          });
          submits++;
          if (result.ok) accepted++;
          else expect(["invalid", "bad-request"]).toContain(result.code);
        }),
      ),
    );
    expect(saves).toBe(ACTION_RUNS);
    expect(await testDb.db.submission.count()).toBe(before.submissions + accepted);
    const stored = [
      ...(await testDb.db.submission.findMany({ select: { answers: true } })),
      ...(await testDb.db.intakeProgress.findMany({ select: { answers: true } })),
    ];
    for (const { answers } of stored) expect(JSON.stringify(answers)).not.toMatch(/\\u0000|\\ud8|toString|__proto__/);
    const buckets = await testDb.db.rateLimitBucket.findMany({ select: { key: true, count: true } });
    const sum = (prefix: string) =>
      buckets.filter((b) => b.key.startsWith(prefix)).reduce((total, b) => total + b.count, 0);
    expect(sum("intake-submit:")).toBe(before.submitCount + submits);
    expect(sum("intake-draft:")).toBe(saves);
    expect(output).not.toContain(SEEDED_NAME);
  });
});
