// A patient's intake, end to end through lib/db: validation, triage, storage, idempotency and the
// clinician's queue — against PGlite and against a real PostgreSQL server.
import { describe, expect, it } from "vitest";
import defaultDefinition from "@/prisma/default-question-set.json";
import { DEFAULT_QUESTION_SET_KEY, readVersion } from "@/lib/db/question-sets/read-version";
import { seedDefaultQuestionSet } from "@/lib/db/question-sets/seed-default-question-set";
import { verifyStoredAuditChain } from "@/lib/db/audit/verify-audit-chain";
import { listQueue } from "@/lib/db/submissions/list-queue";
import { submitIntake } from "@/lib/db/submissions/submit-intake";
import { REQUIRED_MESSAGE } from "@/lib/domain/question-set/answer-schema";
import { REFERENCE_CODE_PATTERN } from "@/lib/domain/submission/reference-code";
import type { TriageResult } from "@/lib/domain/triage";
import {
  rowsAsText,
  DATABASE_KINDS,
  answersFor,
  assertOk,
  newIdempotencyKey,
  useTestDatabase,
  type RawAnswers,
} from "./helpers/test-database";

const saddleRule = defaultDefinition.redFlagRules.find(
  (rule) => "item" in rule.when && rule.when.item === "saddle_numbness",
);
if (!saddleRule) throw new Error("The default question set has no rule on saddle_numbness");

describe.each(DATABASE_KINDS)("a patient's intake (%s)", (kind) => {
  const db = useTestDatabase(kind);

  async function publishedVersionId(): Promise<string> {
    await seedDefaultQuestionSet();
    const version = await readVersion({ published: true });
    if (!version) throw new Error("No published version after seeding");
    return version.id;
  }

  async function submit(versionId: string, answers: RawAnswers, idempotencyKey = newIdempotencyKey()) {
    return submitIntake({ versionId, idempotencyKey, answers });
  }

  async function rowCounts() {
    const [submissions, auditEvents] = await Promise.all([db().submission.count(), db().auditEvent.count()]);
    return { submissions, auditEvents };
  }

  it("seeds the default question set once, published, and a second seed reports it exists", async () => {
    expect(await readVersion({ published: true })).toBeNull();

    expect(await seedDefaultQuestionSet()).toBe("created");
    const published = await readVersion({ published: true });
    expect(published).not.toBeNull();
    expect(published?.version).toBe(1);
    expect(published?.definition.key).toBe(DEFAULT_QUESTION_SET_KEY);
    expect(published?.definition.redFlagRules.map((r) => r.id)).toEqual(
      defaultDefinition.redFlagRules.map((r) => r.id),
    );

    expect(await seedDefaultQuestionSet()).toBe("exists");
    expect(await db().questionSet.count()).toBe(1);
    const versions = await db().questionSetVersion.findMany({ select: { id: true, status: true, version: true } });
    expect(versions).toEqual([{ id: published?.id, status: "PUBLISHED", version: 1 }]);
    expect(await db().auditEvent.count({ where: { action: "question-set.seeded" } })).toBe(1);
  });

  it("stores a patient with no red flags as ROUTINE with a reference code and one audit event free of patient data", async () => {
    const versionId = await publishedVersionId();

    const result = await submit(versionId, answersFor());
    assertOk(result);
    expect(result.referenceCode).toMatch(/^[A-Z0-9]{4}-[A-Z0-9]{4}$/);
    expect(result.referenceCode).toMatch(REFERENCE_CODE_PATTERN);
    expect(result.duplicate).toBe(false);
    expect(result.guidance.level).toBe("ROUTINE");
    expect(result.guidance.flags).toEqual([]);

    const rows = await db().submission.findMany();
    expect(rows).toHaveLength(1);
    const row = rows[0]!;
    expect(row).toMatchObject({
      referenceCode: result.referenceCode,
      triageLevel: "ROUTINE",
      status: "NEW",
      patientName: "Alex Example",
      questionSetVersionId: versionId,
      rowVersion: 0,
    });
    expect((row.triage as TriageResult).level).toBe("ROUTINE");
    expect((row.answers as RawAnswers).pain_now).toBe(4);

    const events = await db().auditEvent.findMany({ where: { entityType: "Submission" } });
    expect(events).toHaveLength(1);
    const event = events[0]!;
    expect(event).toMatchObject({ action: "submission.created", entityId: row.id, actorId: null });
    expect(event.details).toEqual({ referenceCode: result.referenceCode, level: "ROUTINE" });
    const eventText = rowsAsText(event);
    for (const patientData of ["Alex Example", "07700 900123", "1980-05-17", "lower-back-left", "pain_now"]) {
      expect(eventText).not.toContain(patientData);
    }
  });

  it("stores a patient reporting saddle numbness as EMERGENT with the cauda-equina flag and its citation", async () => {
    const versionId = await publishedVersionId();

    const result = await submit(versionId, answersFor({ saddle_numbness: true }));
    assertOk(result);
    expect(result.guidance.level).toBe("EMERGENT");
    expect(result.guidance.flags).toHaveLength(1);
    expect(result.guidance.flags[0]!.patientText).toBe(saddleRule.patientText.en);

    const row = await db().submission.findUniqueOrThrow({ where: { referenceCode: result.referenceCode } });
    expect(row.triageLevel).toBe("EMERGENT");
    const triage = row.triage as TriageResult;
    expect(triage.level).toBe("EMERGENT");
    expect(triage.flags.map((f) => f.ruleId)).toEqual([saddleRule.id]);
    const flag = triage.flags[0]!;
    expect(flag.severity).toBe("EMERGENT");
    expect(flag.citation).toBe(saddleRule.citation);
    expect(flag.citation).toMatch(/cauda equina/i);
    expect(flag.clinicianText).toBe(saddleRule.clinicianText.en);
    expect(flag.firedBy.map((e) => e.itemId)).toEqual(["saddle_numbness"]);
  });

  const tamperedAnswers: { story: string; answers: RawAnswers; field: string; message?: string }[] = [
    {
      story: "an answer to a question that does not exist",
      answers: answersFor({ favourite_colour: "blue" }),
      field: "favourite_colour",
    },
    { story: "a pain score of 11 on a 0–10 scale", answers: answersFor({ pain_now: 11 }), field: "pain_now" },
    {
      story: "'maybe' to a yes/no question",
      answers: answersFor({ saddle_numbness: "maybe" }),
      field: "saddle_numbness",
    },
    { story: "a number to a yes/no question", answers: answersFor({ fever: 42 }), field: "fever" },
    {
      story: "a safety question left unanswered",
      answers: answersFor({ bowel_control: undefined }),
      field: "bowel_control",
      message: REQUIRED_MESSAGE,
    },
  ];

  it.each(tamperedAnswers)(
    "refuses $story with a field error and stores nothing",
    async ({ answers, field, message }) => {
      const versionId = await publishedVersionId();
      const before = await rowCounts();

      const result = await submit(versionId, answers);

      expect(result.ok).toBe(false);
      if (result.ok || result.code !== "invalid") throw new Error(`Expected "invalid", got ${JSON.stringify(result)}`);
      expect(Object.keys(result.fieldErrors)).toEqual([field]);
      expect(result.fieldErrors[field]!.length).toBeGreaterThan(0);
      if (message) expect(result.fieldErrors[field]).toContain(message);
      expect(await rowCounts()).toEqual(before);
    },
  );

  it("refuses answers to a version that is not published (a draft) and stores nothing", async () => {
    const publishedId = await publishedVersionId();
    const published = await db().questionSetVersion.findUniqueOrThrow({ where: { id: publishedId } });
    const draft = await db().questionSetVersion.create({
      data: {
        questionSetId: published.questionSetId,
        version: 2,
        status: "DRAFT",
        definition: published.definition ?? {},
      },
    });
    const before = await rowCounts();

    expect(await submit(draft.id, answersFor())).toEqual({ ok: false, code: "version-not-published" });
    expect(await submit("no-such-version", answersFor())).toEqual({ ok: false, code: "version-not-published" });
    expect(await submitIntake({ versionId: publishedId, idempotencyKey: "short", answers: answersFor() })).toEqual({
      ok: false,
      code: "invalid-key",
    });
    expect(await rowCounts()).toEqual(before);
  });

  it("drops answers to questions the patient was not shown (pregnancy questions when sex is male)", async () => {
    const versionId = await publishedVersionId();

    const male = await submit(versionId, answersFor({ sex: "male", pregnant: true, pregnancy_weeks: 20 }));
    assertOk(male);
    const maleRow = await db().submission.findUniqueOrThrow({ where: { referenceCode: male.referenceCode } });
    const maleAnswers = maleRow.answers as RawAnswers;
    expect(maleAnswers.sex).toBe("male");
    expect(maleAnswers).not.toHaveProperty("pregnant");
    expect(maleAnswers).not.toHaveProperty("pregnancy_weeks");
    expect(male.guidance.causes).not.toContain("pregnancy");

    // The same answers are kept when the questions were shown.
    const female = await submit(versionId, answersFor({ sex: "female", pregnant: true, pregnancy_weeks: 20 }));
    assertOk(female);
    const femaleRow = await db().submission.findUniqueOrThrow({ where: { referenceCode: female.referenceCode } });
    expect(femaleRow.answers).toMatchObject({ sex: "female", pregnant: true, pregnancy_weeks: 20 });
    expect(female.guidance.causes).toContain("pregnancy");
  });

  it("stores one submission when the same form is submitted twice at once, and answers both with its reference code", async () => {
    const versionId = await publishedVersionId();
    const key = newIdempotencyKey();

    const [first, second] = await Promise.all([
      submit(versionId, answersFor(), key),
      submit(versionId, answersFor(), key),
    ]);
    assertOk(first);
    assertOk(second);
    expect(second.referenceCode).toBe(first.referenceCode);
    expect([first.duplicate, second.duplicate].sort()).toEqual([false, true]);
    expect(await db().submission.count()).toBe(1);
    expect(await db().auditEvent.count({ where: { action: "submission.created" } })).toBe(1);

    // A later retry of the same form with the same key finds the same submission too...
    const retry = await submit(versionId, answersFor(), key);
    assertOk(retry);
    expect(retry).toMatchObject({ referenceCode: first.referenceCode, duplicate: true });
    // ...but the key alone, with other answers, learns nothing about it.
    expect(await submit(versionId, answersFor({ pain_now: 9 }), key)).toEqual({ ok: false, code: "key-reused" });
    expect(await db().submission.count()).toBe(1);
  });

  // 100 requests in flight: every one takes the audit chain's lock in turn, and on a busy 2-core machine hundreds
  // more outlast the bounded statement and pool times (lib/db/create-client.ts) and are answered "unavailable".
  it("stores exactly 50 submissions for 50 forms each submitted twice at once", async () => {
    const versionId = await publishedVersionId();
    const keys = Array.from({ length: 50 }, () => newIdempotencyKey());

    const results = await Promise.all(
      keys.flatMap((key) => [submit(versionId, answersFor(), key), submit(versionId, answersFor(), key)]),
    );

    const codes = results.map((r) => {
      assertOk(r);
      return r.referenceCode;
    });
    for (let i = 0; i < keys.length; i++) expect(codes[2 * i + 1]).toBe(codes[2 * i]);
    expect(new Set(codes).size).toBe(50);
    expect(await db().submission.count()).toBe(50);
    const stored = await db().submission.findMany({ select: { idempotencyKey: true, referenceCode: true } });
    expect(new Map(stored.map((s) => [s.idempotencyKey, s.referenceCode]))).toEqual(
      new Map(keys.map((key, i) => [key, codes[2 * i]])),
    );
    expect(await db().auditEvent.count({ where: { action: "submission.created" } })).toBe(50);
    // 100 concurrent writers, one unbroken audit chain.
    expect((await verifyStoredAuditChain(db())).breaks).toEqual([]);
  });

  it("lists the queue EMERGENT first, then URGENT, then ROUTINE, oldest first within a level", async () => {
    const versionId = await publishedVersionId();
    const base = Date.UTC(2026, 0, 15, 9, 0, 0);
    const minutes = (n: number) => new Date(base + n * 60_000);
    const emergent = { saddle_numbness: true };
    const urgent = { fever: true };
    // Inserted in an order that matches neither the queue order nor the age order.
    const patients: { name: string; patch: RawAnswers; arrived: Date }[] = [
      { name: "Routine newer", patch: {}, arrived: minutes(50) },
      { name: "Emergent newer", patch: emergent, arrived: minutes(40) },
      { name: "Urgent older", patch: urgent, arrived: minutes(10) },
      { name: "Routine older", patch: {}, arrived: minutes(0) },
      { name: "Emergent older", patch: emergent, arrived: minutes(20) },
      { name: "Urgent newer", patch: urgent, arrived: minutes(30) },
    ];
    for (const patient of patients) {
      const result = await submit(versionId, answersFor({ ...patient.patch, full_name: patient.name }));
      assertOk(result);
      await db().submission.update({
        where: { referenceCode: result.referenceCode },
        data: { createdAt: patient.arrived },
      });
    }

    const { rows: queue } = await listQueue({}, "no-viewer");

    expect(queue.map((s) => s.patientName)).toEqual([
      "Emergent older",
      "Emergent newer",
      "Urgent older",
      "Urgent newer",
      "Routine older",
      "Routine newer",
    ]);
    expect(queue.map((s) => s.triageLevel)).toEqual(["EMERGENT", "EMERGENT", "URGENT", "URGENT", "ROUTINE", "ROUTINE"]);
    expect(queue[0]!.flagTitles).toEqual([saddleRule.title.en]);
    expect(queue[4]!.flagTitles).toEqual([]);
    expect(queue.every((s) => s.status === "NEW")).toBe(true);
  });
});
