// A publish reaches every app instance at once: two instances (separate module state, so separate per-process
// caches, and separate clients) on one PostgreSQL. New patients without a versionId get the new version on both,
// while a patient's saved progress started on the old version still submits against it.
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type * as RouteModule from "@/app/api/v1/submissions/route";
import { createDbClient, type Db } from "@/lib/db/create-client";
import { setDbForProcess } from "@/lib/db/client";
import { createDraftFrom } from "@/lib/db/question-sets/create-draft";
import { readVersion } from "@/lib/db/question-sets/read-version";
import { setTranslation } from "@/lib/domain/question-set/translations";
import { publishVersion } from "@/lib/db/question-sets/publish-version";
import { saveDraftDefinition } from "@/lib/db/question-sets/save-draft-definition";
import { seedDefaultQuestionSet } from "@/lib/db/question-sets/seed-default-question-set";
import { submitIntake } from "@/lib/db/submissions/submit-intake";
import {
  answersFor,
  assertOk,
  newIdempotencyKey,
  openTestDatabase,
  seedStaff,
  urlForDatabase,
  type TestDatabase,
} from "./helpers/test-database";

process.env.AUTH_SECRET ??= "integration-tests-secret-integration-tests-secret";
process.env.RATE_LIMIT_SUBMISSIONS_PER_MINUTE = "1000";

type Instance = { db: Db; route: typeof RouteModule };

let address = 0;
async function postOn(instance: Instance, body: unknown) {
  setDbForProcess(Promise.resolve(instance.db));
  const response = await instance.route.POST(
    new Request("http://localhost/api/v1/submissions", {
      method: "POST",
      headers: { "content-type": "application/json", "x-forwarded-for": `198.51.100.${++address}` },
      body: JSON.stringify(body),
    }),
  );
  return { status: response.status, body: (await response.json()) as { referenceCode?: string } };
}

describe("publishing with two app instances on one PostgreSQL", () => {
  let testDb: TestDatabase;
  let a: Instance;
  let b: Instance;

  beforeAll(async () => {
    testDb = await openTestDatabase("postgres");
    await seedDefaultQuestionSet();
    const [row] = await testDb.db.$queryRaw<{ name: string }[]>`SELECT current_database()::text AS name`;
    const name = row!.name;
    const second = await createDbClient({
      kind: "postgres",
      url: urlForDatabase(process.env.TEST_DATABASE_URL!, name),
    });
    // Each instance imports the app afresh: its own module state, as in its own process.
    vi.resetModules();
    a = { db: testDb.db, route: await import("@/app/api/v1/submissions/route") };
    vi.resetModules();
    b = { db: second, route: await import("@/app/api/v1/submissions/route") };
  });
  afterAll(async () => {
    await b?.db.$disconnect();
    await testDb?.cleanup();
  });

  const versionOf = async (referenceCode: string | undefined) =>
    (await testDb.db.submission.findUniqueOrThrow({ where: { referenceCode }, include: { questionSetVersion: true } }))
      .questionSetVersion.version;

  it("gives new patients the new version on every instance at once, and keeps saved progress on the old one", async () => {
    // Both instances have served a patient, so both remember version 1 as the one new patients get.
    for (const instance of [a, b]) {
      const first = await postOn(instance, { idempotencyKey: newIdempotencyKey(), answers: answersFor() });
      expect(first.status).toBe(201);
      expect(await versionOf(first.body.referenceCode)).toBe(1);
    }
    setDbForProcess(Promise.resolve(a.db));
    const v1 = await readVersion({ published: true });
    if (!v1) throw new Error("nothing published");

    // An admin on instance A adds a question and publishes version 2.
    const { actor: admin } = await seedStaff("ADMIN");
    const draft = await createDraftFrom(v1.id, admin);
    assertOk(draft);
    const added = structuredClone(v1.definition);
    added.sections[0]!.items.push({
      id: "hours_sitting",
      type: "number",
      text: { en: "How many hours a day do you sit?" },
      required: true,
      integer: true,
    });
    // Spanish is offered to patients, so the new question needs its Spanish before it can be published.
    const definition = setTranslation(added, "es", "item:hours_sitting.text", "¿Cuántas horas al día pasa sentado?");
    assertOk(await saveDraftDefinition(draft.versionId, 0, definition, admin));
    assertOk(await publishVersion(draft.versionId, admin));

    // The next patient on either instance answers version 2, including its new question.
    for (const instance of [b, a]) {
      const withNewQuestion = await postOn(instance, {
        idempotencyKey: newIdempotencyKey(),
        answers: answersFor({ hours_sitting: 6 }),
      });
      expect(withNewQuestion.status).toBe(201);
      expect(await versionOf(withNewQuestion.body.referenceCode)).toBe(2);
      // Answers that only fit version 1 are now refused for the missing question, not stored against version 1.
      const withoutIt = await postOn(instance, { idempotencyKey: newIdempotencyKey(), answers: answersFor() });
      expect(withoutIt.status).toBe(422);
    }

    // A patient who started on version 1 before the publish still submits against it.
    setDbForProcess(Promise.resolve(b.db));
    const resumed = await submitIntake({
      versionId: v1.id,
      progressVersionId: v1.id,
      idempotencyKey: newIdempotencyKey(),
      answers: answersFor(),
    });
    assertOk(resumed);
    expect(await versionOf(resumed.referenceCode)).toBe(1);
    setDbForProcess(Promise.resolve(a.db));
  });
});
