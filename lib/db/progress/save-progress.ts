import "server-only";
import type { Prisma } from "../generated/prisma/client";
import { getDb } from "../client";
import { hashProgressToken } from "./progress-token";

export type SaveProgressResult =
  | { ok: true; expiresAt: Date; created: boolean }
  | { ok: false; code: "version-not-published" | "version-mismatch" | "gone" };

/**
 * Stores a patient's unfinished answers under their resume token. New progress starts on the published version;
 * existing progress keeps the version it started on, even after a newer one is published.
 */
export async function saveProgress(input: {
  token: string;
  versionId: string;
  answers: Prisma.InputJsonValue;
  step: number;
  /** The language the patient chose (checked by the caller against the version's patient languages). */
  language?: string;
  ttlDays: number;
  now?: Date;
  /**
   * False for a token this browser already had: if its progress is gone (expired, or moved to a new token by a resume
   * link), the answer is "gone" and the caller starts a new token, so a dead resume link never works again.
   */
  mayCreate?: boolean;
}): Promise<SaveProgressResult> {
  const now = input.now ?? new Date();
  const expiresAt = new Date(now.getTime() + input.ttlDays * 86_400_000);
  const tokenHash = hashProgressToken(input.token);
  const language = input.language ?? "en";
  const db = await getDb();
  const existing = await db.intakeProgress.findUnique({
    where: { tokenHash },
    select: { questionSetVersionId: true, expiresAt: true },
  });
  if (existing && existing.expiresAt > now) {
    if (existing.questionSetVersionId !== input.versionId) return { ok: false, code: "version-mismatch" };
    await db.intakeProgress.update({
      where: { tokenHash },
      data: { answers: input.answers, step: input.step, language, expiresAt },
    });
    return { ok: true, expiresAt, created: false };
  }
  if (input.mayCreate === false) return { ok: false, code: "gone" };
  const published = await db.questionSetVersion.findFirst({
    where: { id: input.versionId, status: "PUBLISHED" },
    select: { id: true },
  });
  if (!published) return { ok: false, code: "version-not-published" };
  await db.intakeProgress.upsert({
    where: { tokenHash },
    create: {
      tokenHash,
      questionSetVersionId: input.versionId,
      answers: input.answers,
      step: input.step,
      language,
      expiresAt,
    },
    update: { questionSetVersionId: input.versionId, answers: input.answers, step: input.step, language, expiresAt },
  });
  return { ok: true, expiresAt, created: true };
}
