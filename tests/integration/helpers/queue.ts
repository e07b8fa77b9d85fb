// Factories for the dashboard tests: real submissions through submitIntake, then moved in time or state.
import { readVersion } from "@/lib/db/question-sets/read-version";
import { seedDefaultQuestionSet } from "@/lib/db/question-sets/seed-default-question-set";
import { submitIntake } from "@/lib/db/submissions/submit-intake";
import type { Db } from "@/lib/db/client";
import { answersFor, assertOk, newIdempotencyKey, type RawAnswers } from "./test-database";

export const EMERGENT_ANSWERS: RawAnswers = { saddle_numbness: true };
export const URGENT_ANSWERS: RawAnswers = { fever: true };

export async function publishedVersionId(): Promise<string> {
  await seedDefaultQuestionSet();
  const version = await readVersion({ published: true });
  if (!version) throw new Error("No published version after seeding");
  return version.id;
}

export type SeedSubmission = {
  name?: string;
  answers?: RawAnswers;
  arrived?: Date;
  status?: "NEW" | "IN_REVIEW" | "CONTACTED" | "CLOSED";
  assigneeId?: string | null;
};

/** Stores a submission as a patient would, then sets its arrival time, status and assignee directly. */
export async function seedSubmission(db: Db, versionId: string, input: SeedSubmission = {}) {
  const result = await submitIntake({
    versionId,
    idempotencyKey: newIdempotencyKey(),
    answers: answersFor({ ...input.answers, full_name: input.name ?? "Pat Patient" }),
  });
  assertOk(result);
  return db.submission.update({
    where: { referenceCode: result.referenceCode },
    data: {
      ...(input.arrived ? { createdAt: input.arrived } : {}),
      ...(input.status ? { status: input.status } : {}),
      ...(input.assigneeId !== undefined ? { assigneeId: input.assigneeId } : {}),
    },
    select: { id: true, referenceCode: true, rowVersion: true, triageLevel: true, createdAt: true },
  });
}
