import "server-only";
import type { Prisma } from "../generated/prisma/client";
import { getDb } from "../client";
import { hashDraftToken } from "./progress-token";

export type SaveDraftResult =
  | { ok: true; expiresAt: Date; created: boolean }
  | { ok: false; code: "version-not-published" | "version-mismatch" | "gone" };

/**
 * Stores a patient's unfinished answers under their resume token. A new draft starts on the published version;
 * an existing draft keeps the version it started on, even after a newer one is published.
 */
export async function saveDraft(input: {
  token: string;
  versionId: string;
  answers: Prisma.InputJsonValue;
  step: number;
  /** The language the patient chose (checked by the caller against the version's patient languages). */
  language?: string;
  ttlDays: number;
  now?: Date;
  /**
   * False for a token this browser already had: if its draft is gone (expired, or moved to a new token by a resume
   * link), the answer is "gone" and the caller starts a new token, so a dead resume link never works again.
   */
  mayCreate?: boolean;
}): Promise<SaveDraftResult> {
  const now = input.now ?? new Date();
  const expiresAt = new Date(now.getTime() + input.ttlDays * 86_400_000);
  const tokenHash = hashDraftToken(input.token);
  const language = input.language ?? "en";
  const db = await getDb();
  const existing = await db.intakeDraft.findUnique({
    where: { tokenHash },
    select: { questionSetVersionId: true, expiresAt: true },
  });
  if (existing && existing.expiresAt > now) {
    if (existing.questionSetVersionId !== input.versionId) return { ok: false, code: "version-mismatch" };
    await db.intakeDraft.update({
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
  await db.intakeDraft.upsert({
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
