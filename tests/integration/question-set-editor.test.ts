// The structural editor's server side: autosave with optimistic concurrency, drafts that may hold
// problems but cannot be published with them, retiring, and refusals for staff without the permission
// — against PGlite and a real PostgreSQL server.
import { describe, expect, it } from "vitest";
import { createDraftFrom } from "@/lib/db/question-sets/create-draft";
import { readVersion } from "@/lib/db/question-sets/read-version";
import { importDraft } from "@/lib/db/question-sets/import-draft";
import { definitionToQuestionnaire } from "@/lib/domain/question-set/fhir/to-questionnaire";
import { getVersionForEditing } from "@/lib/db/question-sets/get-version-for-editing";
import { publishVersion } from "@/lib/db/question-sets/publish-version";
import { retireVersion } from "@/lib/db/question-sets/retire-version";
import { saveDraftDefinition, STALE_DRAFT_MESSAGE } from "@/lib/db/question-sets/save-draft-definition";
import { seedDefaultQuestionSet } from "@/lib/db/question-sets/seed-default-question-set";
import { setLanguageForPatients } from "@/lib/domain/question-set/translations";
import { updateDraftWording } from "@/lib/db/question-sets/update-draft-wording";
import { submitIntake } from "@/lib/db/submissions/submit-intake";
import type { Definition } from "@/lib/domain/question-set";
import { addItem, deleteItem, newItem } from "@/lib/domain/question-set/editor/items";
import { addRedFlagRule, newRedFlagRule } from "@/lib/domain/question-set/editor/rules";
import type { EditResult } from "@/lib/domain/question-set/editor/result";
import {
  DATABASE_KINDS,
  answersFor,
  assertOk,
  newIdempotencyKey,
  seedStaff,
  useTestDatabase,
} from "./helpers/test-database";

function applied(result: EditResult): Definition {
  if (!result.ok) throw new Error(result.message);
  return result.definition;
}

describe.each(DATABASE_KINDS)("the question-set editor (%s)", (kind) => {
  const db = useTestDatabase(kind);

  async function draftOfDefault() {
    await seedDefaultQuestionSet();
    const { actor: admin } = await seedStaff("ADMIN");
    const v1 = await readVersion({ published: true });
    if (!v1) throw new Error("nothing published");
    const draft = await createDraftFrom(v1.id, admin);
    assertOk(draft);
    // These edits add English words only: with Spanish offered to patients each would (rightly) also report its
    // missing translation (tests/integration/translations.test.ts), so the drafts here switch Spanish off.
    const englishOnly = setLanguageForPatients(v1.definition, "es", false);
    return { admin, v1: { ...v1, definition: englishOnly }, draftId: draft.versionId };
  }

  it("adds a conditional question with a red-flag rule, saves and publishes it; patients then trigger it", async () => {
    const { admin, v1, draftId } = await draftOfDefault();
    let def = applied(
      addItem(v1.definition, "red_flags", {
        ...newItem("numb_feet", "yesno", "Are both of your feet numb?"),
        enableWhen: { item: "both_legs", op: "equals", value: true },
      }),
    );
    def = applied(
      addRedFlagRule(def, {
        ...newRedFlagRule("numb-feet", { item: "numb_feet", op: "equals", value: true }),
        severity: "EMERGENT",
        clinicianText: { en: "Bilateral foot numbness" },
        patientText: { en: "Numb feet need checking now" },
        citation: "Test citation 2026",
      }),
    );
    const saved = await saveDraftDefinition(draftId, 0, def, admin);
    expect(saved).toEqual({ ok: true, rowVersion: 1, problems: [] });
    expect(await publishVersion(draftId, admin)).toEqual({ ok: true });
    const v2 = await readVersion({ published: true });
    expect(v2?.id).toBe(draftId);
    const submitted = await submitIntake({
      versionId: draftId,
      idempotencyKey: newIdempotencyKey(),
      answers: answersFor({ both_legs: true, numb_feet: true }),
    });
    assertOk(submitted);
    const row = await db().submission.findUniqueOrThrow({ where: { referenceCode: submitted.referenceCode } });
    expect(row.triageLevel).toBe("EMERGENT");
    expect(JSON.stringify(row.triage)).toContain("Test citation 2026");
  });

  it("refuses a stale save with a clear message and keeps the newer one", async () => {
    const { admin, v1, draftId } = await draftOfDefault();
    const first = applied(addItem(v1.definition, "causes", newItem("first_admin", "yesno", "First?")));
    const second = applied(addItem(v1.definition, "causes", newItem("second_admin", "yesno", "Second?")));
    expect((await saveDraftDefinition(draftId, 0, first, admin)).ok).toBe(true);
    expect(await saveDraftDefinition(draftId, 0, second, admin)).toEqual({
      ok: false,
      code: "stale",
      message: STALE_DRAFT_MESSAGE,
    });
    const stored = await getVersionForEditing(draftId);
    expect(stored?.rowVersion).toBe(1);
    expect(JSON.stringify(stored?.definition)).toContain("first_admin");
    expect(JSON.stringify(stored?.definition)).not.toContain("second_admin");
  });

  it("autosaves a half-finished draft with its problems, but refuses to publish it and lists them", async () => {
    const { admin, v1, draftId } = await draftOfDefault();
    const half = applied(
      addRedFlagRule(v1.definition, newRedFlagRule("unfinished", { item: "fever", op: "equals", value: true })),
    );
    const saved = await saveDraftDefinition(draftId, 0, half, admin);
    assertOk(saved);
    expect(saved.problems.map((p) => p.anchor)).toEqual([
      "editor-rule-unfinished",
      "editor-rule-unfinished",
      "editor-rule-unfinished",
    ]);
    const published = await publishVersion(draftId, admin);
    expect(published).toMatchObject({ ok: false, code: "invalid" });
    if (published.ok || published.code !== "invalid") throw new Error("expected invalid");
    // The new rule is the last one, after every rule of the default set.
    const added = v1.definition.redFlagRules.length;
    expect(published.problems.map((p) => p.path)).toEqual([
      `redFlagRules[${added}].clinicianText.en`,
      `redFlagRules[${added}].patientText.en`,
      `redFlagRules[${added}].citation`,
    ]);
    // Nothing changed: version 1 is still what patients answer, and the draft still opens in the editor.
    expect((await readVersion({ published: true }))?.id).toBe(v1.id);
    expect((await getVersionForEditing(draftId))?.status).toBe("DRAFT");
    // To patient-facing code an invalid draft simply does not exist (no crash).
    expect(await readVersion({ id: draftId })).toBeNull();
    expect(
      (await submitIntake({ versionId: draftId, idempotencyKey: newIdempotencyKey(), answers: answersFor() })).ok,
    ).toBe(false);
  });

  it("refuses to store something that is not a definition", async () => {
    const { admin, draftId } = await draftOfDefault();
    expect(await saveDraftDefinition(draftId, 0, { sections: "nope" }, admin)).toMatchObject({
      ok: false,
      code: "malformed",
    });
    expect((await db().questionSetVersion.findUniqueOrThrow({ where: { id: draftId } })).rowVersion).toBe(0);
  });

  it("refuses to delete a question that a rule uses, listing the rule", async () => {
    const { v1 } = await draftOfDefault();
    const refused = deleteItem(v1.definition, "saddle_numbness");
    expect(refused).toMatchObject({ ok: false, code: "in-use" });
    expect(refused.ok ? "" : refused.message).toContain("Saddle");
  });

  it("discards a draft and retires a published version; published versions cannot be saved over", async () => {
    const { admin, v1, draftId } = await draftOfDefault();
    expect(await saveDraftDefinition(v1.id, 0, v1.definition, admin)).toMatchObject({ ok: false, code: "not-a-draft" });
    expect(await retireVersion(draftId, admin)).toEqual({ ok: true, discarded: true });
    expect(await retireVersion(draftId, admin)).toEqual({ ok: false, code: "not-found" });
    expect(await retireVersion(v1.id, admin)).toEqual({ ok: true, discarded: false });
    expect(await retireVersion(v1.id, admin)).toEqual({ ok: false, code: "already-retired" });
    expect(await readVersion({ published: true })).toBeNull();
    expect(await db().auditEvent.count({ where: { action: "question-set.retired" } })).toBe(1);
    expect(await db().auditEvent.count({ where: { action: "question-set.draft-discarded" } })).toBe(1);
  });

  it("refuses a clinician every question-set operation and changes nothing", async () => {
    const { v1, draftId } = await draftOfDefault();
    const { actor: clinician } = await seedStaff("CLINICIAN");
    const before = await db().questionSetVersion.findMany({ orderBy: { version: "asc" } });
    const auditBefore = await db().auditEvent.count();
    expect(await saveDraftDefinition(draftId, 0, v1.definition, clinician)).toMatchObject({ code: "forbidden" });
    expect(await updateDraftWording(draftId, 0, [{ itemId: "pain_now", text: "x" }], clinician)).toMatchObject({
      code: "forbidden",
    });
    expect(await publishVersion(draftId, clinician)).toMatchObject({ code: "forbidden" });
    expect(await retireVersion(v1.id, clinician)).toMatchObject({ code: "forbidden" });
    expect(await createDraftFrom(v1.id, clinician)).toMatchObject({ code: "forbidden" });
    expect(await db().questionSetVersion.findMany({ orderBy: { version: "asc" } })).toEqual(before);
    expect(await db().auditEvent.count()).toBe(auditBefore);
  });

  it("imports the default set's FHIR export as a draft equal to the published version", async () => {
    await seedDefaultQuestionSet();
    const { actor: admin } = await seedStaff("ADMIN");
    const v1 = await readVersion({ published: true });
    if (!v1) throw new Error("nothing published");
    const set = await db().questionSet.findFirstOrThrow();
    const exported = JSON.parse(JSON.stringify(definitionToQuestionnaire(v1.definition, { version: 1 })));
    const imported = await importDraft(set.id, exported, admin);
    assertOk(imported);
    expect(imported).toMatchObject({ format: "fhir", notes: [], problems: 0 });
    const draft = await getVersionForEditing(imported.versionId);
    expect(draft).toMatchObject({ status: "DRAFT", version: 2 });
    expect(draft!.definition).toEqual(v1.definition);
    // One draft per set: a second import is refused and points at the first.
    expect(await importDraft(set.id, exported, admin)).toMatchObject({
      ok: false,
      code: "draft-exists",
      draftId: imported.versionId,
    });
    // A clinician cannot import.
    const { actor: clinician } = await seedStaff("CLINICIAN");
    expect(await importDraft(set.id, exported, clinician)).toMatchObject({ ok: false, code: "forbidden" });
    expect(await db().questionSetVersion.count()).toBe(2);
  });
});
