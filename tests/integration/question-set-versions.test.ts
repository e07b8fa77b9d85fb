// An admin rewords the published questionnaire through a draft: versions, optimistic concurrency,
// immutability of published versions and the audit trail — against PGlite and a real PostgreSQL server.
import { describe, expect, it } from "vitest";
import { createDraftFrom } from "@/lib/db/question-sets/create-draft";
import { getVersionForEditing } from "@/lib/db/question-sets/get-version-for-editing";
import { readVersion } from "@/lib/db/question-sets/read-version";
import { listVersions } from "@/lib/db/question-sets/list-versions";
import { publishVersion } from "@/lib/db/question-sets/publish-version";
import { seedDefaultQuestionSet } from "@/lib/db/question-sets/seed-default-question-set";
import { saveDraftDefinition } from "@/lib/db/question-sets/save-draft-definition";
import { updateDraftWording } from "@/lib/db/question-sets/update-draft-wording";
import { setTranslation } from "@/lib/domain/question-set/translations";
import { submitIntake } from "@/lib/db/submissions/submit-intake";
import { viewSubmission } from "@/lib/db/submissions/view-submission";
import type { Definition } from "@/lib/domain/question-set";
import {
  DATABASE_KINDS,
  answersFor,
  assertOk,
  newIdempotencyKey,
  seedStaff,
  useTestDatabase,
} from "./helpers/test-database";

const OLD_PAIN_QUESTION = "How bad is your back pain right now?";
const NEW_PAIN_QUESTION = "Right now, how much does your back hurt?";
const NEW_MALE_LABEL = "Male (as assigned at birth)";

function itemText(definition: Definition, itemId: string): string | undefined {
  const item = definition.sections.flatMap((s) => s.items).find((i) => i.id === itemId);
  return item?.text.en;
}

function optionLabel(definition: Definition, itemId: string, value: string): string | undefined {
  const item = definition.sections.flatMap((s) => s.items).find((i) => i.id === itemId);
  if (!item || !("options" in item)) return undefined;
  return item.options.find((o) => o.value === value)?.label.en;
}

describe.each(DATABASE_KINDS)("an admin rewording the questionnaire (%s)", (kind) => {
  const db = useTestDatabase(kind);

  it("publishes a reworded draft, retires the old version, and keeps old submissions in their original wording", async () => {
    await seedDefaultQuestionSet();
    const { actor: admin } = await seedStaff("ADMIN", { name: "Robin Lead" });
    const v1 = await readVersion({ published: true });
    if (!v1) throw new Error("No published version after seeding");
    expect(itemText(v1.definition, "pain_now")).toBe(OLD_PAIN_QUESTION);
    expect(optionLabel(v1.definition, "sex", "male")).toBe("Male");

    // A patient answers version 1 before anything changes.
    const before = await submitIntake({ versionId: v1.id, idempotencyKey: newIdempotencyKey(), answers: answersFor() });
    assertOk(before);
    const beforeRow = await db().submission.findUniqueOrThrow({ where: { referenceCode: before.referenceCode } });

    // Draft, with a second draft refused while it exists.
    const created = await createDraftFrom(v1.id, admin);
    assertOk(created);
    const draftId = created.versionId;
    expect(await createDraftFrom(v1.id, admin)).toEqual({ ok: false, code: "draft-exists", draftId });
    expect(await db().questionSetVersion.count()).toBe(2);
    const draft = await getVersionForEditing(draftId);
    expect(draft).toMatchObject({ status: "DRAFT", version: 2, rowVersion: 0 });

    // Reword a question and an option label.
    const saved = await updateDraftWording(
      draftId,
      0,
      [
        { itemId: "pain_now", text: NEW_PAIN_QUESTION },
        { itemId: "sex", options: [{ value: "male", label: NEW_MALE_LABEL }] },
      ],
      admin,
    );
    expect(saved).toEqual({ ok: true, rowVersion: 1 });

    // A save based on the older read (row version 0) is refused and changes nothing.
    expect(await updateDraftWording(draftId, 0, [{ itemId: "pain_now", text: "A stale edit" }], admin)).toEqual({
      ok: false,
      code: "stale",
    });
    const afterStale = await getVersionForEditing(draftId);
    expect(afterStale?.rowVersion).toBe(1);
    expect(itemText(afterStale!.definition, "pain_now")).toBe(NEW_PAIN_QUESTION);
    expect(optionLabel(afterStale!.definition, "sex", "male")).toBe(NEW_MALE_LABEL);
    // Structure is untouched: only wording changed.
    expect(afterStale!.definition.redFlagRules).toEqual(v1.definition.redFlagRules);

    // While it is a draft, patients still get version 1, also through the API's "whatever is published".
    expect((await readVersion({ published: true }))?.id).toBe(v1.id);
    const unversionedBefore = await submitIntake({ idempotencyKey: newIdempotencyKey(), answers: answersFor() });
    assertOk(unversionedBefore);

    // Spanish is offered to patients: the reworded texts' Spanish is now out of date, so publishing waits for it.
    const refused = await publishVersion(draftId, admin);
    expect(refused).toMatchObject({ ok: false, code: "invalid" });
    if (refused.ok || refused.code !== "invalid") throw new Error("expected invalid");
    expect(refused.problems.map((p) => [p.path.endsWith(".es"), /out of date/.test(p.message)])).toEqual([
      [true, true],
      [true, true],
    ]);
    expect((await readVersion({ published: true }))?.id).toBe(v1.id);
    // The translator brings both up to date.
    let translated = setTranslation(
      afterStale!.definition,
      "es",
      "item:pain_now.text",
      "Ahora mismo, ¿cuánto le duele la espalda?",
    );
    translated = setTranslation(translated, "es", "item:sex.option:male.label", "Hombre (sexo asignado al nacer)");
    assertOk(await saveDraftDefinition(draftId, 1, translated, admin));
    expect(await publishVersion(draftId, admin)).toEqual({ ok: true });

    const v2 = await readVersion({ published: true });
    expect(v2).toMatchObject({ id: draftId, version: 2 });
    expect(itemText(v2!.definition, "pain_now")).toBe(NEW_PAIN_QUESTION);
    expect(optionLabel(v2!.definition, "sex", "male")).toBe(NEW_MALE_LABEL);
    // The app remembered version 1 as the published one: the first patient after the publish still lands on 2.
    const unversionedAfter = await submitIntake({ idempotencyKey: newIdempotencyKey(), answers: answersFor() });
    assertOk(unversionedAfter);
    const versionsByCode = Object.fromEntries(
      (
        await db().submission.findMany({
          where: { referenceCode: { in: [unversionedBefore.referenceCode, unversionedAfter.referenceCode] } },
          select: { referenceCode: true, questionSetVersionId: true },
        })
      ).map((r) => [r.referenceCode, r.questionSetVersionId]),
    );
    expect(versionsByCode).toEqual({
      [unversionedBefore.referenceCode]: v1.id,
      [unversionedAfter.referenceCode]: draftId,
    });
    const retired = await db().questionSetVersion.findUniqueOrThrow({ where: { id: v1.id } });
    expect(retired.status).toBe("RETIRED");
    expect(retired.retiredAt).toBeInstanceOf(Date);
    const published = await db().questionSetVersion.findUniqueOrThrow({ where: { id: draftId } });
    expect(published).toMatchObject({ status: "PUBLISHED", publishedById: admin.id, createdById: admin.id });
    expect(await db().questionSetVersion.count({ where: { status: "PUBLISHED" } })).toBe(1);

    // The submission made before keeps the wording the patient saw.
    const viewed = await viewSubmission(beforeRow.id, admin);
    expect(viewed?.version).toBe(1);
    const answers = viewed!.answers.flatMap((s) => s.items);
    expect(answers.find((a) => a.itemId === "pain_now")?.question).toBe(OLD_PAIN_QUESTION);
    expect(answers.find((a) => a.itemId === "sex")?.answer).toBe("Male");

    // New patients answer version 2, and see its wording.
    expect(
      (await submitIntake({ versionId: v1.id, idempotencyKey: newIdempotencyKey(), answers: answersFor() })).ok,
    ).toBe(false);
    const after = await submitIntake({
      versionId: draftId,
      idempotencyKey: newIdempotencyKey(),
      answers: answersFor(),
    });
    assertOk(after);
    const afterRow = await db().submission.findUniqueOrThrow({ where: { referenceCode: after.referenceCode } });
    const viewedAfter = await viewSubmission(afterRow.id, admin);
    const answersAfter = viewedAfter!.answers.flatMap((s) => s.items);
    expect(answersAfter.find((a) => a.itemId === "pain_now")?.question).toBe(NEW_PAIN_QUESTION);
    expect(answersAfter.find((a) => a.itemId === "sex")?.answer).toBe(NEW_MALE_LABEL);

    const overview = await listVersions();
    expect(overview).toHaveLength(1);
    expect(overview[0]!.versions.map((v) => [v.version, v.status, v.submissions])).toEqual([
      [2, "PUBLISHED", 2],
      [1, "RETIRED", 2],
    ]);
    expect(overview[0]!.versions[0]!.publishedBy).toBe("Robin Lead");

    // Every change is in the audit log, by the admin, once; the stale save wrote nothing.
    const events = await db().auditEvent.findMany({
      where: { entityType: "QuestionSetVersion", entityId: draftId },
      orderBy: { at: "asc" },
    });
    // Two edits: the rewording and the translator's save.
    expect(events.map((e) => e.action).sort()).toEqual(
      [
        "question-set.draft-created",
        "question-set.draft-edited",
        "question-set.draft-edited",
        "question-set.published",
      ].sort(),
    );
    for (const event of events)
      expect(event).toMatchObject({ actorId: admin.id, actorEmail: admin.email, actorRole: "ADMIN" });
    expect(events.find((e) => e.action === "question-set.draft-edited")?.details).toEqual({
      items: ["pain_now", "sex"],
    });
    expect(await db().auditEvent.count({ where: { action: "submission.viewed", actorId: admin.id } })).toBe(2);
  });

  it("refuses to edit or republish a published or retired version, and changes nothing", async () => {
    await seedDefaultQuestionSet();
    const { actor: admin } = await seedStaff("ADMIN");
    const v1 = await readVersion({ published: true });
    if (!v1) throw new Error("No published version after seeding");
    const created = await createDraftFrom(v1.id, admin);
    assertOk(created);
    assertOk(await publishVersion(created.versionId, admin));
    const snapshot = await db().questionSetVersion.findMany({ orderBy: { version: "asc" } });
    const auditCount = await db().auditEvent.count();

    for (const id of [created.versionId, v1.id]) {
      expect(await updateDraftWording(id, 0, [{ itemId: "pain_now", text: "Edited after publishing" }], admin)).toEqual(
        {
          ok: false,
          code: "not-a-draft",
        },
      );
      expect(await publishVersion(id, admin)).toEqual({ ok: false, code: "not-a-draft" });
    }
    expect(await updateDraftWording("no-such-version", 0, [], admin)).toEqual({ ok: false, code: "not-found" });
    expect(await createDraftFrom("no-such-version", admin)).toEqual({ ok: false, code: "not-found" });

    expect(await db().questionSetVersion.findMany({ orderBy: { version: "asc" } })).toEqual(snapshot);
    expect(await db().auditEvent.count()).toBe(auditCount);
  });
});
