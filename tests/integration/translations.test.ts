// Translations as versioned data on the server: a published version's translations are as fixed as its wording,
// publishing refuses a language switched on for patients while its texts are missing, and a submission (and a
// patient's saved progress) keeps the language the patient answered in — against PGlite and a real PostgreSQL server.
import { describe, expect, it } from "vitest";
import { createDraftFrom } from "@/lib/db/question-sets/create-draft";
import { readVersion } from "@/lib/db/question-sets/read-version";
import { publishVersion } from "@/lib/db/question-sets/publish-version";
import { saveDraftDefinition } from "@/lib/db/question-sets/save-draft-definition";
import { seedDefaultQuestionSet } from "@/lib/db/question-sets/seed-default-question-set";
import { submitIntake } from "@/lib/db/submissions/submit-intake";
import { saveProgress } from "@/lib/db/progress/save-progress";
import { loadProgress } from "@/lib/db/progress/load-progress";
import { newProgressToken } from "@/lib/db/progress/progress-token";
import type { Definition } from "@/lib/domain/question-set";
import { addLanguage, listTexts, setLanguageForPatients, setTranslation } from "@/lib/domain/question-set/translations";
import { licenceLockOfText, licenceLocks } from "@/lib/domain/question-set/licensed-instruments";
import {
  DATABASE_KINDS,
  answersFor,
  assertOk,
  newIdempotencyKey,
  seedStaff,
  useTestDatabase,
} from "./helpers/test-database";

/** A fixture language every patient text is translated into, so these tests do not depend on the shipped Spanish. */
function withCompleteLanguage(definition: Definition, code: string): Definition {
  let d = addLanguage(
    { ...definition, languages: (definition.languages ?? []).filter((l) => l.code !== code) },
    code,
    `Fixture ${code}`,
  );
  // A licensed instrument's registered English is never translated here (the validation refuses it).
  const locks = licenceLocks(d);
  for (const text of listTexts(d)) {
    if (text.patient && !licenceLockOfText(locks, text.key))
      d = setTranslation(d, code, text.key, `[${code}] ${text.text.en}`);
  }
  return setLanguageForPatients(d, code, true);
}

describe.each(DATABASE_KINDS)("translations of a question set (%s)", (kind) => {
  const db = useTestDatabase(kind);

  async function draftOfDefault() {
    await seedDefaultQuestionSet();
    const { actor: admin } = await seedStaff("ADMIN");
    const published = await readVersion({ published: true });
    if (!published) throw new Error("nothing published");
    const draft = await createDraftFrom(published.id, admin);
    assertOk(draft);
    return { admin, published, draftId: draft.versionId };
  }

  const storedDefinition = async (id: string) =>
    JSON.stringify((await db().questionSetVersion.findUniqueOrThrow({ where: { id } })).definition);

  it("a published version's translations cannot be changed, like its wording", async () => {
    const { admin, published, draftId } = await draftOfDefault();
    const translated = withCompleteLanguage(published.definition, "xx");
    assertOk(await saveDraftDefinition(draftId, 0, translated, admin));
    expect(await publishVersion(draftId, admin)).toEqual({ ok: true });
    const before = await storedDefinition(draftId);

    const retranslated = setTranslation(translated, "xx", "item:saddle_numbness.text", "[xx] something else");
    const refused = await saveDraftDefinition(draftId, 1, retranslated, admin);
    expect(refused).toMatchObject({ ok: false, code: "not-a-draft" });
    expect(await storedDefinition(draftId)).toBe(before);
    expect(before).toContain("[xx] Do you have numbness or tingling between your legs");
  });

  it("refuses to publish a language switched on for patients with a text missing, until it is switched off", async () => {
    const { admin, published, draftId } = await draftOfDefault();
    const gap = setTranslation(withCompleteLanguage(published.definition, "xx"), "xx", "item:bowel_control.text", "");
    const saved = await saveDraftDefinition(draftId, 0, gap, admin);
    assertOk(saved);
    expect(saved.problems).toEqual([
      expect.objectContaining({
        anchor: "editor-item-bowel_control",
        message: expect.stringMatching(/: Fixture xx: no translation of question/),
      }),
    ]);
    const refused = await publishVersion(draftId, admin);
    expect(refused).toMatchObject({ ok: false, code: "invalid" });
    expect((await db().questionSetVersion.findUniqueOrThrow({ where: { id: draftId } })).status).toBe("DRAFT");

    assertOk(await saveDraftDefinition(draftId, 1, setLanguageForPatients(gap, "xx", false), admin));
    expect(await publishVersion(draftId, admin)).toEqual({ ok: true });
  });

  it("a submission stores the language the patient answered in; one the version does not offer is stored as English", async () => {
    const { admin, published, draftId } = await draftOfDefault();
    assertOk(await saveDraftDefinition(draftId, 0, withCompleteLanguage(published.definition, "xx"), admin));
    assertOk(await publishVersion(draftId, admin));

    const inFixture = await submitIntake({
      versionId: draftId,
      idempotencyKey: newIdempotencyKey(),
      answers: answersFor(),
      language: "xx",
    });
    const notOffered = await submitIntake({
      versionId: draftId,
      idempotencyKey: newIdempotencyKey(),
      answers: answersFor(),
      language: "fr",
    });
    const unsaid = await submitIntake({
      versionId: draftId,
      idempotencyKey: newIdempotencyKey(),
      answers: answersFor(),
    });
    assertOk(inFixture);
    assertOk(notOffered);
    assertOk(unsaid);
    const languageOf = async (referenceCode: string) =>
      (await db().submission.findUniqueOrThrow({ where: { referenceCode } })).language;
    expect(await languageOf(inFixture.referenceCode)).toBe("xx");
    expect(await languageOf(notOffered.referenceCode)).toBe("en");
    expect(await languageOf(unsaid.referenceCode)).toBe("en");
  });

  it("a patient's saved progress keeps the language they chose, and opens in it when resumed", async () => {
    const { admin, published, draftId } = await draftOfDefault();
    assertOk(await saveDraftDefinition(draftId, 0, withCompleteLanguage(published.definition, "xx"), admin));
    assertOk(await publishVersion(draftId, admin));
    const token = newProgressToken();
    assertOk(
      await saveProgress({
        token,
        versionId: draftId,
        answers: { full_name: "Dee" },
        step: 1,
        language: "xx",
        ttlDays: 7,
      }),
    );
    expect(await loadProgress(token)).toMatchObject({ language: "xx", step: 1 });
  });
});
