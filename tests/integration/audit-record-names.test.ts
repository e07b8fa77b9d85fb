// The audit log names its records as staff know them: a submission by reference code, a version by number, a
// colleague by name — on PGlite and PostgreSQL.
import { describe, expect, it } from "vitest";
import { recordNames } from "@/lib/db/audit/record-names";
import { readVersion } from "@/lib/db/question-sets/read-version";
import { seedDefaultQuestionSet } from "@/lib/db/question-sets/seed-default-question-set";
import { submitIntake } from "@/lib/db/submissions/submit-intake";
import {
  DATABASE_KINDS,
  answersFor,
  assertOk,
  newIdempotencyKey,
  seedStaff,
  useTestDatabase,
} from "./helpers/test-database";

describe.each(DATABASE_KINDS)("audit records in words (%s)", (kind) => {
  const db = useTestDatabase(kind);

  it("names a submission, a version and a staff member, and leaves a deleted record unnamed", async () => {
    await seedDefaultQuestionSet();
    const { actor } = await seedStaff("ADMIN", { name: "Robin Lead" });
    const version = (await readVersion({ published: true }))!;
    const submitted = await submitIntake({
      versionId: version.id,
      idempotencyKey: newIdempotencyKey(),
      answers: answersFor(),
    });
    assertOk(submitted);
    const { id: submissionId } = await db().submission.findUniqueOrThrow({
      where: { referenceCode: submitted.referenceCode },
    });
    const names = await recordNames([
      { entityType: "Submission", entityId: submissionId },
      { entityType: "QuestionSetVersion", entityId: version.id },
      { entityType: "User", entityId: actor.id },
      { entityType: "QuestionSetVersion", entityId: "a-discarded-draft" },
      { entityType: "ClinicSettings", entityId: "clinic" },
    ]);
    expect(names.get(`Submission:${submissionId}`)).toEqual({
      label: `Submission ${submitted.referenceCode}`,
      href: `/dashboard/submissions/${submissionId}`,
    });
    expect(names.get(`QuestionSetVersion:${version.id}`)?.label).toBe("Back spasm intake, version 1");
    expect(names.get(`User:${actor.id}`)?.label).toBe("Robin Lead");
    expect(names.has("QuestionSetVersion:a-discarded-draft")).toBe(false);
    expect(names.size).toBe(3);
  });
});
