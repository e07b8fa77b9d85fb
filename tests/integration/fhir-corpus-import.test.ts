// The FHIR corpus through the database, as an admin and a patient meet it: each real Questionnaire imported as a
// draft (every difference named), given the questions a clinic files under, published, answered by a patient, the response exported and checked against the
// exported Questionnaire, and that Questionnaire imported again without a new difference — against PGlite and a
// real PostgreSQL server.
import { describe, expect, it } from "vitest";
import { importDraft } from "@/lib/db/question-sets/import-draft";
import { getVersionForEditing } from "@/lib/db/question-sets/get-version-for-editing";
import { publishVersion } from "@/lib/db/question-sets/publish-version";
import { saveDraftDefinition } from "@/lib/db/question-sets/save-draft-definition";
import { seedDefaultQuestionSet } from "@/lib/db/question-sets/seed-default-question-set";
import { submitIntake } from "@/lib/db/submissions/submit-intake";
import { exportSubmissionFhir } from "@/lib/db/submissions/export-submission-fhir";
import { parseDefinition } from "@/lib/domain/question-set";
import { checkResponse } from "@/lib/domain/question-set/fhir/check-response";
import { questionnaireToDefinition } from "@/lib/domain/question-set/fhir/from-questionnaire";
import { definitionToQuestionnaire } from "@/lib/domain/question-set/fhir/to-questionnaire";
import { corpusFiles, readCorpus, sampleAnswers } from "../unit/fixtures/fhir-corpus";
import { fhirIssues } from "../unit/fixtures/fhir-validator";
import { DATABASE_KINDS, assertOk, newIdempotencyKey, seedStaff, useTestDatabase } from "./helpers/test-database";

const BASE = "https://clinic.example/fhir";

describe.each(DATABASE_KINDS)("a corpus of real FHIR R4 Questionnaires, imported by an admin (%s)", (kind) => {
  const db = useTestDatabase(kind);

  it.each(corpusFiles())(
    "%s: imported, published, answered and exported, and imported again unchanged",
    async (file) => {
      await seedDefaultQuestionSet();
      const { actor: admin } = await seedStaff("ADMIN");
      const { actor: clinician } = await seedStaff("CLINICIAN");
      const set = await db().questionSet.findFirstOrThrow();

      // The import names, item by item, the same differences the domain reading finds: nothing is changed silently.
      const original = readCorpus(file);
      const read = questionnaireToDefinition(original, set.key);
      if (!read.ok) throw new Error(read.message);
      const imported = await importDraft(set.id, original, admin);
      assertOk(imported);
      expect(imported.format).toBe("fhir");
      expect(imported.notes).toEqual(expect.arrayContaining(read.notes));
      expect(imported.counts).toEqual(read.counts);
      expect(imported.problems).toBe(0);

      // Publishing needs what the clinic files a submission under (the patient's name and date of birth), which no
      // corpus file marks; the admin adds those questions in the editor. An import carries none of our red-flag rules
      // either: publishing then takes the explicit yes.
      expect(await publishVersion(imported.versionId, admin, { confirmNoRedFlagRules: true })).toMatchObject({
        ok: false,
        code: "invalid",
        problems: [
          { message: expect.stringContaining("the patient's name") },
          { message: expect.stringContaining("the date of birth") },
        ],
      });
      const draft = (await getVersionForEditing(imported.versionId))!.definition;
      const aboutYou = {
        id: "about_you",
        title: { en: "About you" },
        items: [
          { id: "full_name", type: "text", text: { en: "Your full name" }, required: true, role: "patientName" },
          { id: "born", type: "date", text: { en: "Your date of birth" }, required: true, role: "dateOfBirth" },
        ],
      };
      assertOk(
        await saveDraftDefinition(imported.versionId, 0, { ...draft, sections: [aboutYou, ...draft.sections] }, admin),
      );
      expect(await publishVersion(imported.versionId, admin)).toMatchObject({ ok: false });
      assertOk(await publishVersion(imported.versionId, admin, { confirmNoRedFlagRules: true }));
      const published = await getVersionForEditing(imported.versionId);
      if (!published) throw new Error("the imported version is gone");
      const parsed = parseDefinition(published.definition);
      if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));

      const submitted = await submitIntake({
        versionId: published.id,
        idempotencyKey: newIdempotencyKey(),
        answers: sampleAnswers(parsed.definition),
      });
      assertOk(submitted);
      const submission = await db().submission.findFirstOrThrow({ where: { referenceCode: submitted.referenceCode } });

      const questionnaire = definitionToQuestionnaire(parsed.definition, {
        version: published.version,
        status: "PUBLISHED",
        canonicalBase: BASE,
      });
      expect(fhirIssues(questionnaire)).toEqual([]);
      const exported = await exportSubmissionFhir(submission.id, clinician, BASE);
      if (!exported) throw new Error("the submission was not exported");
      expect(fhirIssues(exported.resource)).toEqual([]);
      expect(checkResponse(questionnaire, exported.resource)).toEqual([]);
      const bundle = await exportSubmissionFhir(submission.id, clinician, BASE, null, "bundle");
      expect(fhirIssues(bundle!.resource)).toEqual([]);

      // Our own export, imported again, is the published version with nothing to report.
      const again = await importDraft(set.id, JSON.parse(JSON.stringify(questionnaire)), admin);
      assertOk(again);
      expect(again).toMatchObject({ notes: [], problems: 0 });
      expect((await getVersionForEditing(again.versionId))!.definition).toEqual(published.definition);
    },
  );
});
