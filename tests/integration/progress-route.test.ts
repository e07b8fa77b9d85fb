// The intake form's autosave route: the one way a patient's progress is saved, as the patient answers and as the page closes.
// It refuses other sites, malformed and oversized saves with a 4xx JSON answer and stores nothing, counts every
// call against the address's budget, and keeps only answers that fit the questions.
import { beforeEach, describe, expect, it, vi } from "vitest";
import type * as ProgressRoute from "@/app/(patient)/intake/draft/route";
import { hashProgressToken } from "@/lib/db/progress/progress-token";
import { loadProgress } from "@/lib/db/progress/load-progress";
import { rotateProgressToken } from "@/lib/db/progress/rotate-progress-token";
import { seedDefaultQuestionSet } from "@/lib/db/question-sets/seed-default-question-set";
import { readVersion } from "@/lib/db/question-sets/read-version";
import { DATABASE_KINDS, useTestDatabase } from "./helpers/test-database";

const LIMIT = 8;
process.env.RATE_LIMIT_DRAFT_SAVES_PER_MINUTE = String(LIMIT);
process.env.AUTH_SECRET ??= "integration-tests-secret-integration-tests-secret";

const cookieJar = new Map<string, string>();
let address = "203.0.113.90";
vi.mock("next/headers", () => ({
  headers: async () => new Headers({ "x-forwarded-for": address, host: "clinic.test" }),
  cookies: async () => ({
    get: (name: string) => (cookieJar.has(name) ? { name, value: cookieJar.get(name) } : undefined),
    set: (name: string, value: string) => void cookieJar.set(name, value),
    delete: (cookie: string | { name: string }) =>
      void cookieJar.delete(typeof cookie === "string" ? cookie : cookie.name),
  }),
}));

const FORM_HEADERS = { "content-type": "application/json", "x-spine-patient-form": "1", host: "clinic.test" };

describe.each(DATABASE_KINDS)("the autosave route (%s)", (kind) => {
  const db = useTestDatabase(kind);
  let route: typeof ProgressRoute;
  let versionId: string;
  let addressCounter = 0;

  beforeEach(async () => {
    route = await import("@/app/(patient)/intake/draft/route");
    cookieJar.clear();
    address = `203.0.113.${++addressCounter}`;
    await seedDefaultQuestionSet();
    versionId = (await readVersion({ published: true }))!.id;
  });

  const post = (body: unknown, headers: Record<string, string> = FORM_HEADERS) =>
    route.POST(
      new Request("http://clinic.test/intake/draft", {
        method: "POST",
        headers,
        body: typeof body === "string" ? body : JSON.stringify(body),
      }),
    );

  it("saves the patient's answers at their step under this browser's own progress, and says when", async () => {
    const first = await post({ versionId, answers: { full_name: "Sam Saver" }, step: 2 });
    expect(first.status).toBe(200);
    const body = (await first.json()) as { ok: boolean; resumeUrl: string; savedAt: string; expiresAt: string };
    expect(body.ok).toBe(true);
    expect(Date.parse(body.savedAt)).toBeGreaterThan(Date.now() - 60_000);
    const token = cookieJar.get("intake_draft")!;
    expect(body.resumeUrl).toContain(`/intake/resume?token=${token}`);

    expect((await post({ versionId, answers: { full_name: "Sam Saver", pain_now: 6 }, step: 3 })).status).toBe(200);
    const rows = await db().intakeProgress.findMany();
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({
      tokenHash: hashProgressToken(token),
      step: 3,
      answers: { full_name: "Sam Saver", pain_now: 6 },
    });
  });

  it("never brings a dead resume token back: a browser whose progress moved on (a resume link) saves under a new one", async () => {
    await post({ versionId, answers: { full_name: "Mallory Maker" }, step: 2 });
    const old = cookieJar.get("intake_draft")!;
    expect(await rotateProgressToken(old)).not.toBeNull();
    const late = await post({ versionId, answers: { full_name: "Mallory Maker" }, step: 2 });
    expect(late.status).toBe(200);
    const fresh = cookieJar.get("intake_draft")!;
    expect(fresh).not.toBe(old);
    expect(((await late.json()) as { resumeUrl: string }).resumeUrl).toContain(fresh);
    expect(await loadProgress(old)).toBeNull();
  });

  it("keeps only answers that fit the questions", async () => {
    await post({ versionId, answers: { full_name: "Sam Saver", not_a_question: "x", pain_now: "eleven" }, step: 1 });
    const row = await db().intakeProgress.findFirstOrThrow();
    expect(row.answers).toEqual({ full_name: "Sam Saver" });
  });

  it("refuses a save sent from another site, or without the form's own header, and stores nothing", async () => {
    const progress = { versionId, answers: { full_name: "Cross Site" }, step: 1 };
    const refusals = [
      await post(progress, { ...FORM_HEADERS, origin: "https://elsewhere.example" }),
      await post(progress, { ...FORM_HEADERS, "sec-fetch-site": "cross-site" }),
      await post(progress, { "content-type": "application/json", host: "clinic.test" }),
    ];
    expect(refusals.map((r) => r.status)).toEqual([403, 403, 403]);
    expect(await refusals[0]!.json()).toMatchObject({ ok: false, code: "forbidden" });
    expect(await db().intakeProgress.count()).toBe(0);
    expect(cookieJar.size).toBe(0);
    // The same save from the portal's own page goes through.
    expect(
      (await post(progress, { ...FORM_HEADERS, origin: "http://clinic.test", "sec-fetch-site": "same-origin" })).status,
    ).toBe(200);
  });

  it("answers bad input with a clear 4xx in JSON and stores nothing", async () => {
    const cases: [unknown, Record<string, string> | undefined, number, string][] = [
      ["{not json", undefined, 400, "bad-request"],
      [{ versionId, answers: [], step: 1 }, undefined, 400, "bad-request"],
      [{ versionId, answers: {}, step: 101 }, undefined, 400, "bad-request"],
      [{ versionId, answers: { full_name: "x".repeat(70_000) }, step: 1 }, undefined, 413, "too-large"],
      [{ versionId, answers: {}, step: 1 }, { ...FORM_HEADERS, "content-type": "text/plain" }, 415, "unsupported-type"],
      [{ versionId: "no-such-version", answers: {}, step: 1 }, undefined, 409, "version-not-published"],
    ];
    for (const [body, headers, status, code] of cases) {
      const response = await post(body, headers);
      expect(response.status, code).toBe(status);
      expect(response.headers.get("content-type")).toContain("application/json");
      expect(await response.json()).toMatchObject({ ok: false, code });
    }
    expect(await db().intakeProgress.count()).toBe(0);
  });

  it("counts every save, refused or not, and past the address's budget answers 429 with Retry-After", async () => {
    for (let i = 0; i < LIMIT; i++) await post(i % 2 ? "{not json" : { versionId, answers: {}, step: 1 });
    const over = await post({ versionId, answers: { full_name: "Over Budget" }, step: 1 });
    expect(over.status).toBe(429);
    expect(Number(over.headers.get("retry-after"))).toBeGreaterThan(0);
    expect(
      await db().intakeProgress.findMany({ where: { answers: { path: ["full_name"], equals: "Over Budget" } } }),
    ).toEqual([]);
  });
});
